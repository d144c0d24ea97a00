import { formatFingerprint } from '@/utils/bundle/signing';
import type { Verdict } from '@/utils/bundle/verify-core.js';
import { t } from '@/utils/i18n';
import { WithCode } from '@/components/WithCode';

const HEADLINE = { intact: 'bundleIntact', invalid: 'bundleVerdictInvalid', unsafe: 'bundleVerdictUnsafe', unreadable: 'bundleVerdictUnreadable' } as const;

/** One verdict in words: the headline first, then the key, then every finding. */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  return (
    <div data-testid="verify-result" data-status={verdict.status} role="status">
      <p class={verdict.status === 'intact' ? 'success' : 'error'}><strong>{t(HEADLINE[verdict.status])}</strong></p>
      {verdict.fingerprint ? (
        <p data-testid="verify-key">
          <WithCode k="bundleSignedBy" code={formatFingerprint(verdict.fingerprint)} />
          {verdict.keyMatch === 'match' && <> · {t('bundleKeyExpected')}</>}
          {verdict.keyMatch === 'mismatch' && <strong> · {t('bundleKeyOther')}</strong>}
        </p>
      ) : (
        verdict.status !== 'unreadable' && <p class="error" data-testid="verify-key">{t('bundleNotSigned', verdict.unsignedReason ?? '—')}</p>
      )}
      {verdict.timestamp?.ok && <p>{t('bundleTimestampOk', [verdict.timestamp.time ?? '', verdict.timestamp.authority ?? ''])}</p>}
      {verdict.manifestSha256 && <p><WithCode k="bundleManifestHash" code={verdict.manifestSha256} /></p>}
      <ul>
        {verdict.problems.map((p) => <li key={p}>{p}</li>)}
        {verdict.unsafe.map((u) => <li key={u.path}>{t('bundleUnsafeName', [u.path, u.reason])}</li>)}
        {verdict.changed.map((p) => <li key={p}>{t('bundleChanged', p)}</li>)}
        {verdict.missing.map((p) => <li key={p}>{t('bundleMissing', p)}</li>)}
        {verdict.extra.map((p) => <li key={p}>{t('bundleExtra', p)}</li>)}
      </ul>
    </div>
  );
}
