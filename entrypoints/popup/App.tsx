import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EvidenceThumb } from '@/components/EvidenceThumb';
import { StorageStatus } from '@/components/StorageStatus';
import type { EvidenceRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { formatUtc } from '@/utils/format';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { targetTabId } from '@/utils/tabs';

const store = new Store();
const RECENT = 6;

export function App() {
  const [caseTitle, setCaseTitle] = useState<string>();
  const [recent, setRecent] = useState<EvidenceRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string }>();

  async function refresh() {
    const current = await send('ui→bg:current-case', {});
    setCaseTitle(current.title);
    const listed = await store.listEvidence({ caseId: current.id, limit: RECENT });
    setRecent(listed.flatMap((l) => (l.ok ? [l.record] : [])));
  }

  useEffect(() => {
    refresh().catch((error: Error) => setStatus({ kind: 'error', text: error.message }));
  }, []);

  async function capture() {
    setBusy(true);
    setStatus(undefined);
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) throw new Error(t('popupNoTab'));
      await send('ui→bg:capture-visible', { tabId });
      setStatus({ kind: 'success', text: t('popupCaptured') });
      await refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <a href={browser.runtime.getURL('/locker.html')} target="_blank" data-testid="open-locker">
          {t('popupOpenLocker')}
        </a>
      </header>
      <div class="case" data-testid="current-case">
        {t('popupCurrentCase')}: <strong>{caseTitle ?? '…'}</strong>
      </div>
      <button class="primary capture" onClick={capture} disabled={busy} data-testid="capture">
        {busy ? t('popupCapturing') : t('popupCapture')}
      </button>
      <a class="button" href={browser.runtime.getURL('/appeal.html')} target="_blank" data-testid="draft-appeal">
        {t('popupDraftAppeal')}
      </a>
      {status && (
        <p class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="status">
          {status.text}
        </p>
      )}
      <section>
        <h2>{t('popupRecent')}</h2>
        {recent.length === 0 ? (
          <p class="muted">{t('popupNoCaptures')}</p>
        ) : (
          <ul class="recent" data-testid="recent">
            {recent.map((record) => (
              <li key={record.id} title={`${record.url}\n${formatUtc(record.capturedAt)}`}>
                <EvidenceThumb record={record} store={store} alt={record.title || record.url} />
                <div>{formatUtc(record.capturedAt).slice(11)}</div>
                <div class="url">{hostOf(record.url)}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StorageStatus />
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
