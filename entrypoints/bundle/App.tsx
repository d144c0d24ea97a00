import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadFile } from '@/components/download';
import { toBase64 } from '@/utils/base64';
import { exportBundle } from '@/utils/bundle/export';
import { evidenceRecordOf, fileSource, planImport, verifyInBrowser } from '@/utils/bundle/import';
import { formatFingerprint, normaliseExpectedKey } from '@/utils/bundle/signing';
import { tsaOriginPattern } from '@/utils/bundle/tsa-origin';
import type { Verdict } from '@/utils/bundle/verify-core.js';
import { VerdictView } from './VerdictView';
import type { CaseRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { formatBytes } from '@/utils/format';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';

const store = new Store();
const CHUNK = 8 * 1024 * 1024;

/**
 * Export, check and import run here, in a full extension page: the service
 * worker cannot make object URLs, and Firefox closes a popup (and its blob
 * URLs) when the save dialog opens.
 */
export function App() {
  const [current, setCurrent] = useState<CaseRecord>();
  const [scope, setScope] = useState<'case' | 'all'>('case');
  const [sign, setSign] = useState(true);
  const [progress, setProgress] = useState<string>();
  const [exported, setExported] = useState<{ files: number; bytes: number; manifestSha256: string; problems: string[]; fingerprint?: string; unsignedReason?: string }>();
  const [checked, setChecked] = useState<Verdict>();
  const [key, setKey] = useState<{ fingerprint: string; keyId: string }>();
  const [expectedKey, setExpectedKey] = useState('');
  const [allowUnsigned, setAllowUnsigned] = useState(false);
  const [verifyError, setVerifyError] = useState<string>();
  const [stamp, setStamp] = useState(false);
  const [tsaUrl, setTsaUrl] = useState('');
  const [imported, setImported] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const caseId = new URLSearchParams(location.search).get('case');
    (async () => setCurrent(await store.getCase(caseId ?? (await send('ui→bg:current-case', {})).id)))().catch((e: Error) => setError(e.message));
    send('ui→bg:evidence-key', {}).then(setKey, (e: Error) => setError(e.message));
  }, []);

  async function doExport() {
    setError(undefined);
    setExported(undefined);
    // The authority's origin is asked for here, in the click, and only when the user turned timestamps on.
    const pattern = stamp ? tsaOriginPattern(tsaUrl.trim()) : undefined;
    if (stamp && !pattern) return setError(t('bundleTimestampUrlBad'));
    if (pattern && !(await browser.permissions.request({ origins: [pattern] }))) return setError(t('bundleTimestampDenied', pattern));
    try {
      const parts: Uint8Array[] = [];
      const result = await exportBundle(
        store,
        {
          caseIds: scope === 'case' && current ? [current.id] : undefined,
          generator: `Reinstate ${browser.runtime.getManifest().version}`,
          ...(sign
            ? { sign: (bytes: Uint8Array) => send('ui→bg:sign-manifest', { base64: toBase64(bytes) }), keyFingerprint: key?.fingerprint }
            : { unsignedReason: t('bundleUnsignedChosen') }),
          ...(stamp
            ? { timestamp: async (sha: string) => ({ tsa: tsaUrl.trim(), token: await (await import('@/utils/bundle/timestamp')).requestTimestamp(tsaUrl.trim(), sha) }) }
            : {}),
          onProgress: (done, total) => setProgress(t('bundleExporting', [String(done), String(total)])),
        },
        (chunk) => void parts.push(chunk),
      );
      downloadFile(`reinstate-bundle-${new Date().toISOString().slice(0, 10)}.zip`, parts as BlobPart[], 'application/zip');
      setExported({ ...result, bytes: result.bytes });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(undefined);
    }
  }

  async function doVerify(file: File) {
    setChecked(undefined);
    setVerifyError(undefined);
    const expected = expectedKey.trim() ? normaliseExpectedKey(expectedKey) : undefined;
    if (expected === null) {
      setVerifyError(t('bundleExpectedKeyBad'));
      return;
    }
    try {
      setChecked(await verifyInBrowser(fileSource(file), { allowUnsigned, ...(expected ? { expectedKey: expected } : {}) }));
    } catch (e) {
      // verifyBundle turns every bad bundle into a verdict; this is for a file the browser cannot read at all.
      setChecked({ status: 'unreadable', intact: false, changed: [], missing: [], extra: [], unsafe: [], problems: [(e as Error).message], digest: 'absent', signature: 'absent', keyMatch: 'not-checked' });
    }
  }

  async function doImport(file: File) {
    setError(undefined);
    setImported(undefined);
    try {
      // The same trust settings as "Check a bundle": an expected key, and whether unsigned bundles are accepted.
      const expected = expectedKey.trim() ? normaliseExpectedKey(expectedKey) : undefined;
      if (expected === null) return setError(t('bundleExpectedKeyBad'));
      const plan = await planImport(fileSource(file), { allowUnsigned, ...(expected ? { expectedKey: expected } : {}) });
      const { evidence, inventories = [], ...records } = plan.records;
      const result = await send('ui→bg:import-records', { records });
      let added = result.added;
      let skipped = result.skipped;
      for (const item of evidence) {
        const bytes = await plan.evidenceBytes(item.path);
        const thumb = item.thumbPath ? toBase64(await plan.evidenceBytes(item.thumbPath)) : undefined;
        const { thumb: _thumb, ...record } = evidenceRecordOf(item);
        const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK));
        for (let i = 0; i < chunks; i++) {
          const answer = await send('ui→bg:import-evidence', { record, ...(thumb ? { thumbBase64: thumb } : {}), index: i, last: i === chunks - 1, base64: toBase64(bytes.subarray(i * CHUNK, (i + 1) * CHUNK)) });
          if (answer.state === 'added') added++;
          if (answer.state === 'skipped') skipped++;
        }
      }
      for (const { run, boards, pins } of inventories) {
        // Under the 64 MiB message limit for 50,000 pins; one run at a time.
        const answer = await send('ui→bg:import-inventory', { run, boards, pins });
        if (answer.state === 'added') added++;
        else skipped++;
      }
      const signer = plan.verdict.fingerprint ? t('bundleSignedBy', formatFingerprint(plan.verdict.fingerprint)) : t('bundleNotSigned', plan.verdict.unsignedReason ?? '—');
      setImported(`${t('bundleImported', [String(added), String(skipped)])} ${signer}`);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <main style="max-width: 900px; margin: 0 auto; padding: 24px; display: grid; gap: 24px">
      <header>
        <h1>{t('bundleTitle')}</h1>
        <p class="muted">{t('bundleIntro')}</p>
      </header>
      {error && <p class="error" role="alert" data-testid="bundle-error">{error}</p>}
      <section class="card">
        <h2>{t('bundleExport')}</h2>
        <p>
          <label><input type="radio" checked={scope === 'case'} onChange={() => setScope('case')} /> {t('bundleThisCase', current?.title ?? '…')}</label>{' '}
          <label><input type="radio" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('bundleEverything')}</label>
        </p>
        <p><label><input type="checkbox" checked={sign} onChange={(e) => setSign((e.target as HTMLInputElement).checked)} data-testid="sign" /> {t('bundleSign')}</label></p>
        {sign && key && <p class="mono" data-testid="evidence-key">{t('bundleSignedWith', formatFingerprint(key.fingerprint))}</p>}
        {!sign && <p class="error" data-testid="unsigned-warning">{t('bundleUnsignedWarning')}</p>}
        <p><label><input type="checkbox" checked={stamp} onChange={(e) => setStamp((e.target as HTMLInputElement).checked)} data-testid="timestamp" /> {t('bundleTimestampAsk')}</label></p>
        {stamp && (
          <p>
            <label for="tsa-url">{t('bundleTimestampUrl')}</label>
            <input id="tsa-url" type="url" placeholder="https://" value={tsaUrl} onInput={(e) => setTsaUrl((e.target as HTMLInputElement).value)} data-testid="tsa-url" style="width: 100%" />
          </p>
        )}
        <button class="primary" onClick={doExport} disabled={!!progress} data-testid="export">{t('bundleExport')}</button>
        {progress && <p role="status">{progress}</p>}
        {exported && (
          <div data-testid="exported">
            <p class="success">{t('bundleDone', [String(exported.files), formatBytes(exported.bytes)])}</p>
            <p class="mono" data-testid="manifest-sha256">{exported.manifestSha256}</p>
            <p class={exported.fingerprint ? 'mono' : 'error'} data-testid="export-signature">
              {exported.fingerprint ? t('bundleSignedWith', formatFingerprint(exported.fingerprint)) : t('bundleNotSigned', exported.unsignedReason ?? '')}
            </p>
            {exported.problems.map((p) => <p class="error" key={p}>{p}</p>)}
          </div>
        )}
      </section>
      <section class="card">
        <h2>{t('bundleVerify')}</h2>
        <p class="muted">{t('bundleVerifyIntro')}</p>
        <p>
          <label for="expected-key">{t('bundleExpectedKey')}</label>
          <input id="expected-key" class="mono" type="text" spellcheck={false} autocomplete="off" value={expectedKey} onInput={(e) => setExpectedKey((e.target as HTMLInputElement).value)} data-testid="expected-key" style="width: 100%" />
        </p>
        <p><label><input type="checkbox" checked={allowUnsigned} onChange={(e) => setAllowUnsigned((e.target as HTMLInputElement).checked)} data-testid="allow-unsigned" /> {t('bundleAllowUnsigned')}</label></p>
        <p>
          <label for="verify-file">{t('bundleFileToVerify')}</label>{' '}
          <input id="verify-file" type="file" accept=".zip,application/zip" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void doVerify(f); }} data-testid="verify-file" />
        </p>
        {verifyError && <p class="error" role="alert">{verifyError}</p>}
        {checked && <VerdictView verdict={checked} />}
      </section>
      <section class="card">
        <h2>{t('bundleImport')}</h2>
        <p class="muted">{t('bundleImportIntro')}</p>
        <p>
          <label for="import-file">{t('bundleFileToImport')}</label>{' '}
          <input id="import-file" type="file" accept=".zip,application/zip" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void doImport(f); }} data-testid="import-file" />
        </p>
        {imported && <p class="success" role="status" data-testid="import-result">{imported}</p>}
      </section>
    </main>
  );
}
