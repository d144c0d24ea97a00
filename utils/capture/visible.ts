import type { EvidenceRecord } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { t } from '../i18n';
import { capturable } from './capturable';
import { dataUrlToBytes, makeThumbnail, pngSize } from './image';
import type { CapturePacer } from './pacer';
import { provenanceFor } from './provenance';

export interface TabInfo {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
  width?: number;
  height?: number;
  active?: boolean;
}

export interface VisibleCaptureDeps {
  store: Store;
  pacer: CapturePacer;
  getTab(tabId: number): Promise<TabInfo>;
  getWindow?(windowId: number): Promise<{ width?: number; height?: number }>;
  captureVisibleTab(windowId: number): Promise<string>;
  userAgent: string;
  extensionVersion: string;
}

const REASON_KEYS = {
  'browser-page': 'errorCaptureBrowserPage',
  'store-page': 'errorCaptureStorePage',
  'pdf-viewer': 'errorCapturePdf',
  'no-url': 'errorCaptureNoUrl',
} as const;

/** Screenshot of what the tab shows now, hashed and stored as evidence of the case. */
export async function captureVisible(
  deps: VisibleCaptureDeps,
  request: { tabId: number; caseId?: string; noticeId?: string },
): Promise<EvidenceRecord> {
  const tab = await deps.getTab(request.tabId).catch(() => {
    throw new ReinstateError('tab-gone', t('errorTabGone'));
  });
  const verdict = capturable(tab.url);
  // Without activeTab or <all_urls> the tab's URL is hidden from us; the capture
  // call itself then says whether it is allowed.
  if (!verdict.ok && tab.url) throw new ReinstateError('capture-forbidden', t(REASON_KEYS[verdict.reason]));

  // captureVisibleTab shows whatever tab is in front of the window: never file that under another page.
  if (tab.active === false) throw new ReinstateError('capture-failed', t('errorTabNotVisible'));
  const capturedAt = new Date();
  let dataUrl: string;
  try {
    dataUrl = await deps.pacer.run(() => deps.captureVisibleTab(tab.windowId!));
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (/permission|cannot access|cannot be scripted|activeTab/i.test(message)) {
      throw new ReinstateError('capture-forbidden', t('errorCapturePermission'));
    }
    throw new ReinstateError('capture-failed', t('errorCaptureFailed', message));
  }
  const { mime, bytes } = dataUrlToBytes(dataUrl);
  const caseId = await deps.store.caseIdOrCurrent(request.caseId);
  const windowSize = tab.windowId !== undefined && deps.getWindow ? await deps.getWindow(tab.windowId).catch(() => undefined) : undefined;
  return deps.store.addEvidence({
    caseId,
    kind: 'screenshot',
    mime,
    bytes,
    url: tab.url ?? '',
    title: tab.title ?? '',
    capturedAt,
    noticeId: request.noticeId,
    thumb: await makeThumbnail(bytes, mime),
    provenance: provenanceFor({
      userAgent: deps.userAgent,
      extensionVersion: deps.extensionVersion,
      tab: { id: tab.id, width: tab.width, height: tab.height },
      window: windowSize,
      imageWidth: pngSize(bytes)?.width,
    }),
  });
}
