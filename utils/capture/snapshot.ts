import type { EvidenceRecord } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { t } from '../i18n';
import { capturable } from './capturable';
import { serializePage } from './page-scripts';
import { provenanceFor } from './provenance';
import type { TabInfo } from './visible';

export interface SnapshotDeps {
  store: Store;
  getTab(tabId: number): Promise<TabInfo>;
  /** Chrome only; undefined where the browser has no MHTML. */
  saveAsMHTML?(tabId: number): Promise<Blob | undefined>;
  runInTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>>;
  userAgent: string;
  extensionVersion: string;
  sleep?(ms: number): Promise<void>;
}

/**
 * The page itself: MHTML where the browser makes it (Chrome), else the DOM as
 * HTML without scripts. Chrome's first MHTML read right after a page change
 * sometimes fails with NotFoundError; a retry reads it.
 */
export async function captureSnapshot(deps: SnapshotDeps, request: { tabId: number; caseId?: string; noticeId?: string }): Promise<EvidenceRecord> {
  const tab = await deps.getTab(request.tabId).catch(() => {
    throw new ReinstateError('tab-gone', t('errorTabGone'));
  });
  if (!capturable(tab.url).ok && tab.url) throw new ReinstateError('capture-forbidden', t('errorCaptureBrowserPage'));
  const capturedAt = new Date();
  let bytes: ArrayBuffer | undefined;
  let mime = 'multipart/related';
  let kind: 'mhtml' | 'html' = 'mhtml';
  if (deps.saveAsMHTML) {
    for (let attempt = 0; attempt < 3 && !bytes; attempt++) {
      try {
        const blob = await deps.saveAsMHTML(request.tabId);
        if (blob) bytes = await blob.arrayBuffer();
      } catch {
        await (deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(300 * (attempt + 1));
      }
    }
  }
  if (!bytes) {
    try {
      const html = await deps.runInTab(request.tabId, serializePage, []);
      bytes = new TextEncoder().encode(html).buffer as ArrayBuffer;
      mime = 'text/html; charset=utf-8';
      kind = 'html';
    } catch {
      throw new ReinstateError('capture-forbidden', t('errorCapturePermission'));
    }
  }
  const caseId = await deps.store.caseIdOrCurrent(request.caseId);
  return deps.store.addEvidence({
    caseId,
    kind,
    mime,
    bytes,
    url: tab.url ?? '',
    title: tab.title ?? '',
    capturedAt,
    noticeId: request.noticeId,
    provenance: provenanceFor({ userAgent: deps.userAgent, extensionVersion: deps.extensionVersion, tab: { id: tab.id, width: tab.width, height: tab.height } }),
  });
}
