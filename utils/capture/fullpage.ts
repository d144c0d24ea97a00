import type { EvidenceRecord } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { t } from '../i18n';
import { capturable } from './capturable';
import { dataUrlToBytes, makeThumbnail } from './image';
import type { CapturePacer } from './pacer';
import { measurePage, restorePage, scrollForTile, type PageMetrics } from './page-scripts';
import { provenanceFor } from './provenance';
import { planTiles } from './tiling';
import type { TabInfo } from './visible';

export interface FullPageDeps {
  store: Store;
  pacer: CapturePacer;
  getTab(tabId: number): Promise<TabInfo>;
  captureVisibleTab(windowId: number): Promise<string>;
  runInTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>>;
  userAgent: string;
  extensionVersion: string;
  onProgress?(done: number, total: number): void;
  /** CSS px; an infinite feed stops here and the capture is marked partial. */
  maxPageHeight?: number;
}

const MAX_PAGE_HEIGHT = 60_000;

/**
 * Scrolls through the page one window at a time at the capture quota, then
 * stitches the tiles on an OffscreenCanvas. Fixed and sticky elements show
 * in the first tile only; the user's scroll position is put back. If the tab
 * closes or navigates midway, what was captured is kept and labelled partial.
 */
export async function captureFullPage(deps: FullPageDeps, request: { tabId: number; caseId?: string }): Promise<EvidenceRecord[]> {
  const tab = await deps.getTab(request.tabId).catch(() => {
    throw new ReinstateError('tab-gone', t('errorTabGone'));
  });
  const verdict = capturable(tab.url);
  if (!verdict.ok && tab.url) throw new ReinstateError('capture-forbidden', t('errorCaptureBrowserPage'));
  let metrics: PageMetrics;
  try {
    metrics = await deps.runInTab(request.tabId, measurePage, []);
  } catch {
    throw new ReinstateError('capture-forbidden', t('errorCapturePermission'));
  }
  const capturedAt = new Date();
  const plan = planTiles({ pageHeight: metrics.scrollHeight, viewportHeight: metrics.innerHeight, dpr: metrics.dpr, maxPageHeight: deps.maxPageHeight ?? MAX_PAGE_HEIGHT });
  const shots: { bytes: ArrayBuffer; tile: (typeof plan.tiles)[number] }[] = [];
  let stoppedEarly = false;
  try {
    for (const [i, tile] of plan.tiles.entries()) {
      const now = await deps.getTab(request.tabId).catch(() => undefined);
      if (!now || (now.url && now.url !== metrics.url)) {
        stoppedEarly = true;
        break;
      }
      const settled = await deps.runInTab(request.tabId, scrollForTile, [tile.scrollY, i > 0]);
      // A page that grows while scrolling keeps the height it had at the start.
      const actualTile = settled.scrollY === tile.scrollY ? tile : { ...tile, cropTop: tile.cropTop + Math.round((tile.scrollY - settled.scrollY) * metrics.dpr) };
      const dataUrl = await deps.pacer.run(() => deps.captureVisibleTab(tab.windowId!));
      shots.push({ bytes: dataUrlToBytes(dataUrl).bytes, tile: actualTile });
      deps.onProgress?.(i + 1, plan.tiles.length);
    }
  } catch (error) {
    if (!shots.length) throw new ReinstateError('capture-failed', t('errorCaptureFailed', String((error as Error)?.message ?? error)));
    stoppedEarly = true;
  } finally {
    await deps.runInTab(request.tabId, restorePage, [metrics.scrollX, metrics.scrollY]).catch(() => undefined);
  }
  if (!shots.length) throw new ReinstateError('tab-gone', t('errorTabGone'));

  const partial = plan.partial || stoppedEarly;
  const capturedHeight = shots.reduce((max, s) => Math.max(max, s.tile.destY + s.tile.cropHeight), 0);
  const images = stoppedEarly ? planTiles({ pageHeight: capturedHeight / metrics.dpr, viewportHeight: metrics.innerHeight, dpr: metrics.dpr }).images.filter((p) => p.top < capturedHeight) : plan.images;
  const caseId = request.caseId ?? (await deps.store.currentCase(t('defaultCaseTitle'))).id;
  const records: EvidenceRecord[] = [];
  for (const [index, part] of images.entries()) {
    const png = await stitch(shots, part, metrics);
    const suffix = images.length > 1 ? ` (part ${index + 1} of ${images.length})` : '';
    records.push(
      await deps.store.addEvidence({
        caseId,
        kind: 'fullpage',
        mime: 'image/png',
        bytes: png,
        url: metrics.url,
        title: `${tab.title ?? ''}${suffix}`,
        capturedAt,
        thumb: await makeThumbnail(png, 'image/png'),
        provenance: {
          ...provenanceFor({ userAgent: deps.userAgent, extensionVersion: deps.extensionVersion, tab: { id: tab.id, width: metrics.innerWidth, height: metrics.innerHeight }, tiles: shots.length, partial }),
          dpr: metrics.dpr,
        },
      }),
    );
  }
  return records;
}

async function stitch(shots: { bytes: ArrayBuffer; tile: { cropTop: number; cropHeight: number; destY: number } }[], part: { top: number; height: number }, metrics: PageMetrics): Promise<ArrayBuffer> {
  let canvas: OffscreenCanvas | undefined;
  let context: OffscreenCanvasRenderingContext2D | undefined;
  for (const { bytes, tile } of shots) {
    const from = Math.max(tile.destY, part.top);
    const to = Math.min(tile.destY + tile.cropHeight, part.top + part.height);
    if (to <= from) continue;
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    if (!canvas) {
      canvas = new OffscreenCanvas(bitmap.width || Math.round(metrics.innerWidth * metrics.dpr), part.height);
      context = canvas.getContext('2d')!;
    }
    const sy = tile.cropTop + (from - tile.destY);
    context!.drawImage(bitmap, 0, sy, bitmap.width, to - from, 0, from - part.top, bitmap.width, to - from);
    bitmap.close();
  }
  if (!canvas) throw new ReinstateError('capture-failed', t('errorCaptureFailed', 'no tile'));
  return (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
}
