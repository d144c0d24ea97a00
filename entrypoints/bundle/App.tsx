import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadFile } from '@/components/download';
import { toBase64 } from '@/utils/base64';
import { BlobSink } from '@/utils/bundle/blob-sink';
import { FileSink } from '@/utils/bundle/file-sink';
import { exportBundle } from '@/utils/bundle/export';
import { hashBlobsInWorkers } from '@/utils/bundle/hash-blobs-in-workers';
import { layOutInWorkers } from '@/utils/bundle/lay-out-in-workers';
import { layOutFromStore } from '@/utils/bundle/lay-out';
import { fileSource, planImport, verifyInBrowser } from '@/utils/bundle/import';
import { sendEvidence } from '@/utils/bundle/import-evidence';
import { formatFingerprint, normaliseExpectedKey } from '@/utils/bundle/signing';
import { tsaOriginPattern } from '@/utils/bundle/tsa-origin';
import { phase } from '@/utils/bundle/phase.js';
import type { Verdict } from '@/utils/bundle/verify-core.js';
import { VerdictView } from './VerdictView';
import { WithCode } from '@/components/WithCode';
import type { CaseRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { importedCaseTitle } from '@/utils/cases/imported-title';
import { bundleExportedSetting } from '@/utils/cases/progress';
import { formatBytes } from '@/utils/format';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';

const store = new Store();

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
  const [importedCases, setImportedCases] = useState<{ id: string; title: string }[]>([]);
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
      // The ZIP goes straight to a file on disk (OPFS) where the browser offers one, so the page never holds
      // the bundle; elsewhere into Blobs every 16 MB (the browser keeps Blob bytes out of the page's heap).
      const fileName = `reinstate-bundle-${new Date().toISOString().slice(0, 10)}.zip`;
      const toFile = await FileSink.open(fileName);
      const parts = toFile ? undefined : new BlobSink();
      // Stored evidence Blobs go into the download by reference; Workers hash them meanwhile (the page never reads them).
      const hashing = hashBlobsInWorkers();
      // Batches of evidence files are read, hashed and laid out as ZIP entries by Workers, written to files beside the
      // bundle's own and spliced into it by reference; the page reads only the records.
      const laying = layOutInWorkers(layOutFromStore(store));
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
          writeBlob: (blob) => (toFile ? toFile.writeBlob(blob) : parts!.writeBlob(blob)),
          hashBlob: hashing.hash,
          // The big JSON and CSV files: their chunks as one Blob, hashed by WebCrypto in a Worker.
          hashChunks: async (chunks) => (await hashing.hash(new Blob(chunks as Uint8Array<ArrayBuffer>[]), false)).sha256,
          layOut: laying.layOut,
          ...(toFile ? { partName: (n: number) => toFile.partName(n) } : {}),
        },
        (chunk) => (toFile ? toFile.write(chunk) : parts!.write(chunk)),
      )
        .catch(async (e: unknown) => {
          await toFile?.abort();
          throw e;
        })
        .finally(() => {
          hashing.close();
          laying.close();
          phase('export:lay-out', laying.tally());
        });
      const data = toFile ? await toFile.endParts() : parts!.end();
      phase(toFile ? 'export:file-closed' : 'export:blob-parts');
      downloadFile(fileName, data, 'application/zip');
      phase('export:download-started');
      setExported({ ...result, bytes: result.bytes });
      // The case home ticks "evidence file exported" from this setting.
      const at = new Date().toISOString();
      const exportedIds = scope === 'case' && current ? [current.id] : (await store.listCases()).flatMap((c) => (c.ok ? [c.record.id] : []));
      await Promise.all(exportedIds.map((id) => store.setSetting(bundleExportedSetting(id), at)));
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
    setImportedCases([]);
    try {
      // The same trust settings as "Check a bundle": an expected key, and whether unsigned bundles are accepted.
      const expected = expectedKey.trim() ? normaliseExpectedKey(expectedKey) : undefined;
      if (expected === null) return setError(t('bundleExpectedKeyBad'));
      phase('import:start');
      const plan = await planImport(fileSource(file), { allowUnsigned, ...(expected ? { expectedKey: expected } : {}) });
      const { evidence, inventories = [], ...bundled } = plan.records;
      // A case new to this browser is named from the bundle, never a second unexplained "My case".
      const here = await store.listCases();
      const known = new Set(here.map((c) => (c.ok ? c.record.id : c.id)));
      const titles = here.flatMap((c) => (c.ok ? [c.record.title] : []));
      const cases = bundled.cases.map((c) => {
        if (known.has(c.id)) return c;
        const title = importedCaseTitle(c, titles);
        titles.push(title);
        return { ...c, title };
      });
      const records = { ...bundled, cases };
      phase('import:planned');
      const result = await send('ui→bg:import-records', { records });
      phase('import:records');
      let added = result.added;
      let skipped = result.skipped;
      const sent = await sendEvidence(evidence, plan.evidenceBytes, {
        batch: (items) => send('ui→bg:import-evidence-batch', { items }),
        chunk: (input) => send('ui→bg:import-evidence', input),
      });
      phase('import:evidence');
      added += sent.added;
      skipped += sent.skipped;
      for (const { run, boards, pins } of inventories) {
        // Under the 64 MiB message limit for 50,000 pins; one run at a time.
        const answer = await send('ui→bg:import-inventory', { run, boards, pins });
        if (answer.state === 'added') added++;
        else skipped++;
      }
      phase('import:inventories');
      const signer = plan.verdict.fingerprint ? t('bundleSignedBy', formatFingerprint(plan.verdict.fingerprint)) : t('bundleNotSigned', plan.verdict.unsignedReason ?? '—');
      setImported(`${t('bundleImported', [String(added), String(skipped)])} ${signer}`);
      setImportedCases(cases.filter((c) => !known.has(c.id)).map(({ id, title }) => ({ id, title })));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const caseLink = current ? browser.runtime.getURL(`/locker.html#/case/${current.id}`) : undefined;
  return (
    <main class="bundle">
      <header>
        {current && caseLink && <p class="back"><a href={caseLink} data-testid="back-to-case">{t('bundleBackToCase', current.title)}</a></p>}
        <h1>{t('bundleTitle')}</h1>
        <p class="muted">{t('bundleIntro')}</p>
      </header>
      {error && <p class="error" role="alert" data-testid="bundle-error">{error}</p>}
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('bundleExport')}</h2>
        <fieldset class="choices">
          <legend class="visually-hidden">{t('bundleExport')}</legend>
          <label class="inline"><input type="radio" name="scope" checked={scope === 'case'} onChange={() => setScope('case')} /> {t('bundleThisCase', current?.title ?? '…')}</label>
          <label class="inline"><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('bundleEverything')}</label>
        </fieldset>
        <label class="inline"><input type="checkbox" checked={sign} onChange={(e) => setSign((e.target as HTMLInputElement).checked)} data-testid="sign" /> {t('bundleSign')}</label>
        {sign && key && <p data-testid="evidence-key"><WithCode k="bundleSignedWith" code={formatFingerprint(key.fingerprint)} /></p>}
        {!sign && <p class="error" data-testid="unsigned-warning">{t('bundleUnsignedWarning')}</p>}
        <label class="inline"><input type="checkbox" checked={stamp} onChange={(e) => setStamp((e.target as HTMLInputElement).checked)} data-testid="timestamp" /> {t('bundleTimestampAsk')}</label>
        {stamp && (
          <label class="field">
            {t('bundleTimestampUrl')}
            <input id="tsa-url" type="url" placeholder="https://" value={tsaUrl} onInput={(e) => setTsaUrl((e.target as HTMLInputElement).value)} data-testid="tsa-url" />
          </label>
        )}
        <button class="primary big" onClick={doExport} disabled={!!progress} data-testid="export">{t('bundleExport')}</button>
        {progress && <p role="status">{progress}</p>}
        {exported && (
          <div data-testid="exported" role="status">
            <p class="success"><strong>{t('bundleDone', [String(exported.files), formatBytes(exported.bytes)])}</strong></p>
            <p class="mono" data-testid="manifest-sha256">{exported.manifestSha256}</p>
            <p class={exported.fingerprint ? '' : 'error'} data-testid="export-signature">
              {exported.fingerprint ? <WithCode k="bundleSignedWith" code={formatFingerprint(exported.fingerprint)} /> : t('bundleNotSigned', exported.unsignedReason ?? '')}
            </p>
            {exported.problems.map((p) => <p class="error" key={p}>{p}</p>)}
          </div>
        )}
      </section>
      <section class="card" aria-labelledby="verify-title">
        <h2 id="verify-title">{t('bundleVerify')}</h2>
        <p class="muted">{t('bundleVerifyIntro')}</p>
        <label class="field" for="expected-key">
          {t('bundleExpectedKey')}
          <input id="expected-key" class="mono" type="text" spellcheck={false} autocomplete="off" placeholder="0000 0000 0000 …" value={expectedKey} onInput={(e) => setExpectedKey((e.target as HTMLInputElement).value)} data-testid="expected-key" />
        </label>
        <label class="inline"><input type="checkbox" checked={allowUnsigned} onChange={(e) => setAllowUnsigned((e.target as HTMLInputElement).checked)} data-testid="allow-unsigned" /> {t('bundleAllowUnsigned')}</label>
        <div class="file-pick">
          <label for="verify-file"><strong>{t('bundleFileToVerify')}</strong></label>
          <input id="verify-file" type="file" accept=".zip" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void doVerify(f); }} data-testid="verify-file" />
        </div>
        {verifyError && <p class="error" role="alert">{verifyError}</p>}
        {checked && <VerdictView verdict={checked} />}
      </section>
      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">{t('bundleImport')}</h2>
        <p class="muted">{t('bundleImportIntro')}</p>
        <div class="file-pick">
          <label for="import-file"><strong>{t('bundleFileToImport')}</strong></label>
          <input id="import-file" type="file" accept=".zip" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void doImport(f); }} data-testid="import-file" />
        </div>
        {imported && <p class="success" role="status" data-testid="import-result">{imported}</p>}
        {importedCases.map((c) => (
          <p key={c.id}>
            <a class="button primary" href={browser.runtime.getURL(`/locker.html#/case/${c.id}`)} data-testid="open-imported">{t('bundleOpenImported', c.title)}</a>
          </p>
        ))}
      </section>
    </main>
  );
}
