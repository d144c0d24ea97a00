import { EvidenceThumb } from '@/components/EvidenceThumb';
import { evidenceKindLabel } from '@/utils/cases/labels';
import type { CaseRecord, EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { formatBytes, formatLocal, formatUtc } from '@/utils/format';
import { t, uiLocale } from '@/utils/i18n';
import { downloadEvidence } from './dialogs';

/** One saved item in words (what, where, when); hashes, MIME type and IDs behind "Technical details". */
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
  const what = evidenceKindLabel(record.kind);
  let site = record.title;
  try {
    site = record.url ? new URL(record.url).host : record.title;
  } catch {
    site = record.url;
  }
  return (
    <li class="card" data-testid="evidence-card" data-id={record.id}>
      {/* A click on the picture opens it too; for keyboards and screen readers the "Open" button below does it, once. */}
      <div class="thumb-button" onClick={props.onOpen} aria-hidden="true">
        <EvidenceThumb record={record} store={props.store} alt="" />
      </div>
      <strong>{what}</strong>
      <p class="evidence-where">
        {site}
        <br />
        <time dateTime={record.capturedAt} title={formatUtc(record.capturedAt)}>{formatLocal(record.capturedAt, undefined, uiLocale())}</time>
      </p>
      {props.verified !== undefined && (
        <p class={props.verified ? 'success' : 'error'} role="status">
          {t(props.verified ? 'lockerVerified' : 'lockerVerifyFailed')}
        </p>
      )}
      <div class="actions">
        <button onClick={props.onOpen}>{t('lockerOpenFull')}</button>
        <button onClick={() => void downloadEvidence(record, props.store)}>{t('lockerDownload')}</button>
        <button onClick={props.onVerify}>{t('lockerVerify')}</button>
        <button onClick={props.onDelete} data-testid="delete">{t('lockerDelete')}</button>
        {props.cases && props.cases.length > 1 && props.onMove && (
          <select aria-label={t('lockerMoveTo')} value="" onChange={(e) => props.onMove!((e.target as HTMLSelectElement).value)}>
            <option value="">{t('lockerMoveTo')}…</option>
            {props.cases.filter((c) => c.id !== record.caseId).map((c) => <option value={c.id} key={c.id}>{c.title}</option>)}
          </select>
        )}
      </div>
      <details class="technical">
        <summary>{t('technicalDetails')}</summary>
        <dl class="facts">
          <dt>{t('fieldUrl')}</dt>
          <dd class="mono" data-testid="evidence-url">{record.url}</dd>
          <dt>{t('fieldUtc')}</dt>
          <dd data-testid="evidence-utc">{formatUtc(record.capturedAt)}</dd>
          <dt>{t('fieldLocal')}</dt>
          <dd>{formatLocal(record.capturedAt, record.timeZone)}</dd>
          <dt>{t('fieldKind')}</dt>
          <dd class="mono">{record.kind} · {record.mime} · {formatBytes(record.size)}</dd>
          <dt>{t('fieldSha256')}</dt>
          <dd class="mono" data-testid="evidence-sha256">{record.sha256}</dd>
          <dt>ID</dt>
          <dd class="mono">{record.id}</dd>
        </dl>
      </details>
    </li>
  );
}
