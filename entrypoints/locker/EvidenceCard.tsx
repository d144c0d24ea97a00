import { EvidenceThumb } from '@/components/EvidenceThumb';
import type { CaseRecord, EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { formatBytes, formatLocal, formatUtc } from '@/utils/format';
import { t } from '@/utils/i18n';

export function EvidenceCard(props: {
  record: EvidenceRecord;
  store: Store;
  onOpen(): void;
  onDelete(): void;
  onVerify(): void;
  verified?: boolean;
  cases?: CaseRecord[];
  onMove?(toCaseId: string): void;
}) {
  const { record } = props;
  return (
    <li class="card" data-testid="evidence-card" data-id={record.id}>
      <button class="thumb-button" onClick={props.onOpen} title={t('lockerOpenFull')}>
        <EvidenceThumb record={record} store={props.store} alt={record.title || record.url} />
      </button>
      <strong>{record.title || record.url}</strong>
      <dl class="facts">
        <dt>{t('fieldUrl')}</dt>
        <dd class="mono" data-testid="evidence-url">{record.url}</dd>
        <dt>{t('fieldUtc')}</dt>
        <dd data-testid="evidence-utc">{formatUtc(record.capturedAt)}</dd>
        <dt>{t('fieldLocal')}</dt>
        <dd>{formatLocal(record.capturedAt, record.timeZone)}</dd>
        <dt>{t('fieldKind')}</dt>
        <dd>{record.kind} · {formatBytes(record.size)}</dd>
        <dt>{t('fieldSha256')}</dt>
        <dd class="mono" data-testid="evidence-sha256">{record.sha256}</dd>
      </dl>
      {props.verified !== undefined && (
        <p class={props.verified ? 'success' : 'error'} role="status">
          {t(props.verified ? 'lockerVerified' : 'lockerVerifyFailed')}
        </p>
      )}
      <div class="actions">
        <button onClick={props.onOpen}>{t('lockerOpenFull')}</button>
        <button onClick={props.onVerify}>{t('lockerVerify')}</button>
        <button onClick={props.onDelete} data-testid="delete">{t('lockerDelete')}</button>
        {props.cases && props.cases.length > 1 && props.onMove && (
          <select aria-label={t('lockerMoveTo')} value="" onChange={(e) => props.onMove!((e.target as HTMLSelectElement).value)}>
            <option value="">{t('lockerMoveTo')}…</option>
            {props.cases.filter((c) => c.id !== record.caseId).map((c) => <option value={c.id} key={c.id}>{c.title}</option>)}
          </select>
        )}
      </div>
    </li>
  );
}
