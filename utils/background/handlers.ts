import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { CapturePacer } from '../capture/pacer';
import { captureVisible, type VisibleCaptureDeps } from '../capture/visible';
import { DEFAULT_CASE_SETTING, Store } from '../db/store';
import { ReinstateError } from '../errors';
import { validateCaseChanges, validateCorrespondence } from '../cases/validate';
import { t } from '../i18n';
import { CAPTURE_PROGRESS, sendToTab, type Handlers } from '../messages';
import { inventoryPace } from '../inventory/pace';
import { saveThumbnails, THUMBNAILS_SETTING } from '../inventory/thumbnails';
import { captureFullPage, STAMP_SETTING, type FullPageDeps } from '../capture/fullpage';
import { captureSnapshot, type SnapshotDeps } from '../capture/snapshot';
import { cropToElement, makeThumbnail } from '../capture/image';
import { autoCaptureSetting, recordNotice, type RecordNoticeDeps } from '../notices/record';
import { REMINDER_SETTING } from './reminders';
import { NOTICE_BADGE_COLOR, setBadge } from './toolbar';
import { EvidenceImporter, evidenceKey, signManifest } from './bundle';
import { fromBase64 } from '../base64';
import { recordPastedNotice } from '../detection/paste-record';
import { classifyTexts } from '../detection/classify-texts';

/**
 * What the background answers. Built from the browser API it is given, so a
 * test can pass WXT's fake browser and a fake capture.
 */
export function createBackgroundHandlers(browser: Browser, store = new Store(), pacer = new CapturePacer(), onCaseChanged: () => void = () => undefined): Handlers {
  const captureDeps: VisibleCaptureDeps = {
    store,
    pacer,
    getTab: (id) => browser.tabs.get(id),
    getWindow: (id) => browser.windows.get(id),
    captureVisibleTab: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    userAgent: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version,
  };
  const runInTab = async <A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>> => {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: func as never, args: args as never });
    return result?.result as Awaited<R>;
  };
  const pageCapture = (browser as unknown as { pageCapture?: { saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined> } }).pageCapture;
  const snapshotDeps: SnapshotDeps = {
    store,
    getTab: captureDeps.getTab,
    saveAsMHTML: pageCapture ? (tabId) => pageCapture.saveAsMHTML({ tabId }) : undefined,
    runInTab,
    userAgent: captureDeps.userAgent,
    extensionVersion: captureDeps.extensionVersion,
  };
  const captureTab = (browser.tabs as unknown as { captureTab?(tabId: number, options: object): Promise<string> }).captureTab;
  const fullPageDeps = async (): Promise<FullPageDeps> => ({
    ...captureDeps,
    // Firefox only: any rectangle of the page, no scrolling.
    ...(captureTab ? { captureTabRect: (tabId: number, rect: { x: number; y: number; width: number; height: number }, scale: number) => captureTab(tabId, { format: 'png', rect, scale }) } : {}),
    stamp: (await store.getSetting<boolean>(STAMP_SETTING)) === true,
    runInTab,
    onProgress: (done, total) => void browser.runtime.sendMessage({ type: CAPTURE_PROGRESS, payload: { done, total } }).catch(() => undefined),
  });
  const noticeDeps: RecordNoticeDeps = {
    store,
    captureTab: (tabId, noticeId, caseId) => captureVisible(captureDeps, { tabId, noticeId, caseId }),
    setBadge: async (tabId) => void (await setBadge(tabId, '!', NOTICE_BADGE_COLOR, { title: t('badgeNoticeSaved'), browser })),
    userAgent: captureDeps.userAgent,
    extensionVersion: captureDeps.extensionVersion,
    snapshotTab: (tabId, noticeId, caseId) => captureSnapshot(snapshotDeps, { tabId, noticeId, caseId }),
    cropNotice: async (screenshotId, rect, dpr, noticeId, caseId) => {
      const shot = await store.getEvidence(screenshotId);
      const cropped = await cropToElement(await store.getEvidenceBytes(screenshotId), rect, dpr);
      if (!shot || !cropped) return undefined;
      return store.addEvidence({ caseId, noticeId, kind: 'element', mime: 'image/png', bytes: cropped, url: shot.url, title: shot.title, provenance: shot.provenance, thumb: await makeThumbnail(cropped, 'image/png') });
    },
  };
  const importer = new EvidenceImporter(store);
  // Image URLs already saved per case; saveThumbnails adds to it as it goes.
  const savedThumbnails = new Map<string, Set<string>>();
  // Notices are handled one at a time, so two reports of one notice cannot both pass the duplicate check.
  let noticeQueue: Promise<unknown> = Promise.resolve();
  return {
    'cs→bg:notice-seen': (seen, sender) => {
      const next = noticeQueue.then(() => recordNotice(noticeDeps, seen, sender.tabId));
      noticeQueue = next.catch(() => undefined);
      return next;
    },
    'ui→bg:notice-paste': async (paste) => {
      const saved = await recordPastedNotice({ store, userAgent: captureDeps.userAgent, extensionVersion: captureDeps.extensionVersion, fromBase64 }, paste);
      await store.setSetting(DEFAULT_CASE_SETTING, saved.caseId);
      onCaseChanged();
      return saved;
    },
    'cs→bg:classify-texts': async (request) => classifyTexts(request),
    'cs→bg:open-locker': async ({ noticeId }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/locker.html${noticeId ? `#notice=${noticeId}` : ''}`) });
      return { opened: true };
    },
    'ui→bg:case-create': async (input) => {
      const created = await store.addCase(input);
      await store.setSetting(DEFAULT_CASE_SETTING, created.id);
      return created;
    },
    'ui→bg:case-update': async ({ id, changes }) => {
      const updated = await store.updateCase(id, validateCaseChanges(changes));
      onCaseChanged();
      return updated;
    },
    'ui→bg:case-select': async ({ id }) => {
      if (!(await store.getCase(id))) throw new ReinstateError('not-found', `No case ${id}.`);
      await store.setSetting(DEFAULT_CASE_SETTING, id);
      return { id };
    },
    'ui→bg:letter-save': (letter) => store.addLetter(letter),
    'ui→bg:correspondence-add': async (entry) => {
      const saved = await store.addCorrespondence(validateCorrespondence(entry));
      onCaseChanged();
      return saved;
    },
    'ui→bg:sign-manifest': ({ base64 }) => signManifest(store, base64),
    'ui→bg:evidence-key': () => evidenceKey(store),
    'ui→bg:import-records': async ({ records }) => {
      const result = await store.importRecords(records);
      onCaseChanged();
      return result;
    },
    'ui→bg:import-evidence': (input) => importer.accept(input),
    'ui→bg:import-evidence-batch': (input) => importer.acceptBatch(input),
    'ui→bg:import-inventory': async ({ run, boards, pins }) => ({ state: await store.importInventory(run, boards, pins) }),
    'ui→bg:attachment-add': async ({ caseId, name, mime, base64 }) => {
      const { thumb: _thumb, ...saved } = await store.addEvidence({
        caseId, kind: 'attachment', mime: mime || 'application/octet-stream', bytes: fromBase64(base64).slice().buffer, url: '', title: name,
        provenance: { browser: captureDeps.userAgent, extensionVersion: captureDeps.extensionVersion },
      });
      return saved;
    },
    'ui→bg:evidence-move': ({ id, toCaseId }) => store.moveEvidence(id, toCaseId),
    'ui→bg:move-to-case': async ({ kind, id, toCaseId }) => {
      await store.moveToCase(kind, id, toCaseId);
      onCaseChanged();
      return { id };
    },
    'ui→bg:reminders-set': async (settings) => {
      await store.setSetting(REMINDER_SETTING, settings);
      onCaseChanged();
      return settings;
    },
    'ui→bg:inventory-start': async ({ tabId, caseId }) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab?.url || !/^https:\/\/([a-z0-9-]+\.)*pinterest\.[a-z.]+\//.test(tab.url)) {
        throw new ReinstateError('bad-request', t('errorInventoryNotPinterest'));
      }
      const target = await store.caseIdOrCurrent(caseId);
      return sendToTab(tabId, 'bg→cs:inventory-start', { caseId: target, paceMs: await inventoryPace(store) }).catch((error: Error) => {
        throw error instanceof ReinstateError ? error : new ReinstateError('bad-request', t('errorInventoryReload'));
      });
    },
    'ui→bg:inventory-cancel': async ({ id }) => {
      await store.cancelInventory(id);
      return { id };
    },
    'cs→bg:inventory-create': async ({ caseId, state }) => {
      await store.startInventory(await store.caseIdOrCurrent(caseId), state);
      return { paceMs: await inventoryPace(store), thumbnails: (await store.getSetting<boolean>(THUMBNAILS_SETTING)) === true };
    },
    'cs→bg:inventory-thumbnails': async ({ inventoryId, pins }) => {
      const run = await store.getInventory(inventoryId);
      if (!run || (await store.getSetting<boolean>(THUMBNAILS_SETTING)) !== true) return { saved: 0, skipped: pins.length, failed: 0 };
      let already = savedThumbnails.get(run.caseId);
      if (!already) {
        already = new Set((await store.listEvidence({ caseId: run.caseId, includePinImages: true })).flatMap((l) => (l.ok && l.record.kind === 'thumbnail' ? [l.record.url] : [])));
        savedThumbnails.set(run.caseId, already);
      }
      return saveThumbnails({ store, fetch: (...a) => fetch(...a), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), paceMs: await inventoryPace(store), userAgent: captureDeps.userAgent, extensionVersion: captureDeps.extensionVersion }, run.caseId, pins, already);
    },
    'ui→bg:thumbnails-set': async ({ on }) => {
      await store.setSetting(THUMBNAILS_SETTING, on);
      return { on };
    },
    'cs→bg:inventory-batch': async (batch) => ({ status: await store.saveInventoryBatch(batch) }),
    'cs→bg:inventory-resume': async ({ username }) => {
      const running = (await store.listInventories()).find((r) => r.state.status === 'running' && r.state.username === username);
      return running ? { state: running.state, paceMs: await inventoryPace(store), thumbnails: (await store.getSetting<boolean>(THUMBNAILS_SETTING)) === true } : null;
    },
    'ui→bg:capture-stamp-set': async ({ on }) => {
      await store.setSetting(STAMP_SETTING, on);
      return { on };
    },
    'ui→bg:auto-capture-set': async ({ platform, on }) => {
      await store.setSetting(autoCaptureSetting(platform), on);
      return { platform, on };
    },
    'ui→bg:capture-visible': async ({ tabId, caseId }) => {
      const { thumb: _thumb, ...summary } = await captureVisible(captureDeps, { tabId, caseId });
      return summary;
    },
    'ui→bg:capture-fullpage': async ({ tabId, caseId }) => (await captureFullPage(await fullPageDeps(), { tabId, caseId })).map(({ thumb: _t, ...rest }) => rest),
    'ui→bg:capture-snapshot': async ({ tabId, caseId }) => {
      const { thumb: _t, ...rest } = await captureSnapshot(snapshotDeps, { tabId, caseId });
      return rest;
    },
    'ui→bg:evidence-delete': ({ id, reason }) => store.deleteEvidence(id, reason),
    'ui→bg:current-case': async () => {
      const current = await store.currentCase(t('defaultCaseTitle'));
      return { id: current.id, title: current.title };
    },
  };
}
