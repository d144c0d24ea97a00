import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DeadlineBar } from '@/components/DeadlineBar';
import { EvidenceThumb } from '@/components/EvidenceThumb';
import { InventoryProgress } from '@/components/InventoryProgress';
import { LazyPasteNotice } from '@/components/LazyPasteNotice';
import { StorageStatus } from '@/components/StorageStatus';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines, type Deadline } from '@/utils/cases/deadlines';
import { noticeHeadline } from '@/utils/cases/labels';
import { referenceIdsToAdd } from '@/utils/cases/reference-ids';
import type { CaseRecord, EvidenceRecord, InventoryRecord, NoticeRecord } from '@/utils/db/schema';
import type { CaseHeading } from '@/utils/db/early-read';
import { DEFAULT_CASE_SETTING, Store } from '@/utils/db/store';
import { formatDay, formatLocal, formatTime, formatUtc } from '@/utils/format';
import { t, uiLocale } from '@/utils/i18n';
import { CAPTURE_PROGRESS, send } from '@/utils/messages';
import { targetTabId } from '@/utils/tabs';

const store = new Store();
const FIRST_CASE_MARK = 'reinstate:popup:first-case';
const RECENT = 6;
const PICTURES = new Set(['screenshot', 'fullpage', 'element']);

interface CaseView {
  record: CaseRecord;
  notice?: NoticeRecord;
  noticeHasPicture: boolean;
  next?: Deadline;
}

/** What the current case needs shown first: its newest notice, whether it has a picture, the next deadline. */
async function loadCase(id: string): Promise<CaseView | undefined> {
  const record = await store.getCase(id);
  if (!record) return undefined;
  const notices = await store.listNotices(id);
  const notice = [...notices].sort((a, b) => b.seenAt.localeCompare(a.seenAt))[0];
  // An Enforcement ID in a notice belongs on the case, so the letter quotes it even if the Locker was never opened.
  const ids = referenceIdsToAdd(record.referenceIds, notices.map((n) => n.text));
  if (ids) await send('ui→bg:case-update', { id, changes: { referenceIds: ids } }).catch(() => undefined);
  let noticeHasPicture = false;
  if (notice) {
    for (const evidenceId of notice.evidenceIds) {
      const e = await store.getEvidence(evidenceId).catch(() => undefined);
      if (e && PICTURES.has(e.kind)) noticeHasPicture = true;
    }
  }
  let next: Deadline | undefined;
  try {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    next = computeDeadlines(clockOf(record, notices, await store.listCorrespondence(id)), timeZone).find((d) => Date.parse(d.due) > Date.now());
  } catch {
    next = undefined;
  }
  return { record, notice, noticeHasPicture, next };
}

/**
 * The current case read here, in the page: the title shows without waiting
 * for a round trip through the service worker (which may be asleep). Only
 * when there is none yet does the background make one.
 */
async function currentCase(): Promise<CaseHeading> {
  const id = await store.getSetting<string>(DEFAULT_CASE_SETTING).catch(() => undefined);
  const found = typeof id === 'string' ? await store.getCase(id).catch(() => undefined) : undefined;
  return found ? { id: found.id, title: found.title } : send('ui→bg:current-case', {});
}

performance.mark('reinstate:popup:module');
let firstCase: Promise<CaseHeading | undefined> | undefined;

/**
 * The entry module's early read of the current case (started before these
 * scripts loaded); the first refresh takes it. When it found none (no
 * database yet, a damaged setting), the store and the background decide.
 */
export function takeCaseHeading(early: Promise<CaseHeading | undefined>): void {
  firstCase = early.then((found) => found ?? currentCase()).catch(() => undefined);
  void firstCase.then(() => performance.mark('reinstate:popup:case-read'));
}

/** `initialTitle`: the current case's title when the early read answered before the first render. */
export function App({ initialTitle }: { initialTitle?: string } = {}) {
  const lang = uiLocale();
  const [caseTitle, setCaseTitle] = useState<string | undefined>(initialTitle);
  const [view, setView] = useState<CaseView>();
  const [recent, setRecent] = useState<EvidenceRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<InventoryRecord>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string }>();

  async function refresh() {
    const early = firstCase;
    firstCase = undefined;
    const current = (early && (await early)) || (await currentCase());
    setCaseTitle(current.title);
    setView(await loadCase(current.id));
    const listed = await store.listEvidence({ caseId: current.id, limit: RECENT });
    setRecent(listed.flatMap((l) => (l.ok ? [l.record] : [])));
  }

  useEffect(() => {
    // bench:scale reads when the case first showed, counted from the page's navigation.
    if (caseTitle !== undefined && !performance.getEntriesByName(FIRST_CASE_MARK).length) performance.mark(FIRST_CASE_MARK);
  }, [caseTitle]);

  useEffect(() => {
    // The welcome page's "Paste a message I received" opens the popup as a tab at #paste.
    if (location.hash === '#paste') document.getElementById('paste')?.focus();
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

  async function startInventory() {
    setStatus(undefined);
    // One run per account: while one is going, the button shows it instead of starting another.
    if (run?.state.status === 'running') {
      document.querySelector<HTMLElement>('[data-testid=inventory-progress]')?.focus();
      return;
    }
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) throw new Error(t('popupNoTab'));
      await send('ui→bg:inventory-start', { tabId });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  }

  const notice = view?.notice;
  const appealUrl = browser.runtime.getURL(notice ? `/appeal.html?notice=${notice.id}` : '/appeal.html');
  const inventoryRunning = run?.state.status === 'running';
  const captureButtons = (
    <div class="more-captures">
      <button onClick={() => capture('full')} disabled={busy} data-testid="capture-full">{t('popupCaptureFull')}</button>
      <button onClick={() => capture('snapshot')} disabled={busy} data-testid="capture-snapshot">{t('popupCaptureSnapshot')}</button>
    </div>
  );

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <a href={browser.runtime.getURL(view ? `/locker.html#/case/${view.record.id}` : '/locker.html')} target="_blank" data-testid="open-locker">
          {t('popupOpenCase')}
        </a>
      </header>
      <div class="case" data-testid="current-case">
        {t('popupCurrentCase')}: <strong>{caseTitle ?? '…'}</strong>
      </div>

      {notice ? (
        <section class="notice-lead" aria-labelledby="notice-lead-title" data-testid="notice-lead">
          {/* No-break spaces inside the date: "26. Nov." never splits across two lines. */}
          <h2 id="notice-lead-title">{noticeHeadline({ ...notice, account: notice.account ?? view?.record.account ?? run?.state.username }, formatDay(notice.seenAt, lang).replace(/ /g, '\u00a0'))}</h2>
          <p class="saved" title={formatUtc(notice.seenAt)}>
            <span class="ok">{t('popupNoticeSaved')} ✓</span> <span class="muted">{formatLocal(notice.seenAt, undefined, lang)}</span>
          </p>
          {view?.next && <DeadlineBar deadline={view.next} compact />}
          <a class="button primary big" href={appealUrl} target="_blank" data-testid="draft-appeal">
            {t('popupWriteAppeal')}
          </a>
          {!view?.noticeHasPicture && (
            <button onClick={() => capture('visible')} disabled={busy} data-testid="capture">
              {busy ? t('popupCapturing') : t('popupAddScreenshot')}
            </button>
          )}
          <details class="more">
            <summary>{t('popupMoreCaptures')}</summary>
            {view?.noticeHasPicture && (
              <button onClick={() => capture('visible')} disabled={busy} data-testid="capture">
                {busy ? t('popupCapturing') : t('popupCapture')}
              </button>
            )}
            {captureButtons}
          </details>
        </section>
      ) : (
        <>
          <p class="muted">{t('popupNoNoticeYet')}</p>
          <button class="primary capture" onClick={() => capture('visible')} disabled={busy} data-testid="capture">
            {busy ? t('popupCapturing') : t('popupCapture')}
          </button>
          {captureButtons}
          <a class="button" href={appealUrl} target="_blank" data-testid="draft-appeal">
            {t('popupDraftAppeal')}
          </a>
        </>
      )}

      <details id="paste" class="paste paste-slot" tabIndex={-1} data-testid="paste-open" open={location.hash === '#paste'}>
        <summary>{t('pasteTitle')}</summary>
        <LazyPasteNotice onCase={() => void refresh()} />
      </details>
      <button onClick={startInventory} aria-disabled={inventoryRunning} class={inventoryRunning ? 'is-running' : ''} data-testid="inventory-start">
        {inventoryRunning ? t('popupInventoryGoing') : t('popupInventory')}
      </button>
      {view && <InventoryProgress store={store} caseId={view.record.id} onRun={setRun} />}
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
                <div>
                  <time dateTime={record.capturedAt}>{formatDay(record.capturedAt, lang)} {formatTime(record.capturedAt, lang)}</time>
                </div>
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
