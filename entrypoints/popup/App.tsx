import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EvidenceThumb } from '@/components/EvidenceThumb';
import { StorageStatus } from '@/components/StorageStatus';
import { InventoryProgress } from '@/components/InventoryProgress';
import { PasteNotice } from '@/components/PasteNotice';
import type { EvidenceRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { formatUtc } from '@/utils/format';
import { t } from '@/utils/i18n';
import { CAPTURE_PROGRESS, send } from '@/utils/messages';
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

  useEffect(() => {
    const onProgress = (message: unknown) => {
      const m = message as { type?: string; payload?: { done: number; total: number } };
      if (m?.type === CAPTURE_PROGRESS && m.payload) setStatus({ kind: 'success', text: t('popupFullProgress', [String(m.payload.done), String(m.payload.total)]) });
    };
    browser.runtime.onMessage.addListener(onProgress);
    return () => browser.runtime.onMessage.removeListener(onProgress);
  }, []);

  async function capture(what: 'visible' | 'full' | 'snapshot') {
    setBusy(true);
    setStatus(undefined);
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) throw new Error(t('popupNoTab'));
      if (what === 'visible') {
        await send('ui→bg:capture-visible', { tabId });
        setStatus({ kind: 'success', text: t('popupCaptured') });
      } else if (what === 'full') {
        const parts = await send('ui→bg:capture-fullpage', { tabId });
        setStatus({ kind: 'success', text: parts.some((p) => p.provenance.partial) ? t('popupCapturedPartial') : t('popupCapturedFull', String(parts.length)) });
      } else {
        await send('ui→bg:capture-snapshot', { tabId });
        setStatus({ kind: 'success', text: t('popupCapturedSnapshot') });
      }
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
      <button class="primary capture" onClick={() => capture('visible')} disabled={busy} data-testid="capture">
        {busy ? t('popupCapturing') : t('popupCapture')}
      </button>
      <div class="more-captures">
        <button onClick={() => capture('full')} disabled={busy} data-testid="capture-full">{t('popupCaptureFull')}</button>
        <button onClick={() => capture('snapshot')} disabled={busy} data-testid="capture-snapshot">{t('popupCaptureSnapshot')}</button>
      </div>
      <button
        onClick={async () => {
          setStatus(undefined);
          try {
            const tabId = await targetTabId();
            if (tabId === undefined) throw new Error(t('popupNoTab'));
            await send('ui→bg:inventory-start', { tabId });
          } catch (error) {
            setStatus({ kind: 'error', text: (error as Error).message });
          }
        }}
        data-testid="inventory-start"
      >
        {t('popupInventory')}
      </button>
      <InventoryProgress store={store} />
      <a class="button" href={browser.runtime.getURL('/appeal.html')} target="_blank" data-testid="draft-appeal">
        {t('popupDraftAppeal')}
      </a>
      <details class="paste" data-testid="paste-open">
        <summary>{t('pasteTitle')}</summary>
        <PasteNotice onCase={() => void refresh()} />
      </details>
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
