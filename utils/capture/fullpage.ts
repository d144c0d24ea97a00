import type { EvidenceRecord } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { t } from '../i18n';
import { capturable } from './capturable';
import { dataUrlToBytes, makeThumbnail } from './image';
import type { CapturePacer } from './pacer';
import { measurePage, restorePage, scrollForTile, type PageMetrics } from './page-scripts';
import { provenanceFor } from './provenance';
import { runTilePipeline, type TileRun } from './tile-pipeline';
import { canEncodePngRows, PngRowEncoder } from './png-rows';
import { planRects, planTiles } from './tiling';
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
  /** Firefox: capture a rectangle of the page directly (tabs.captureTab), no scrolling and no quota. */
  captureTabRect?(tabId: number, rect: { x: number; y: number; width: number; height: number }, scale: number): Promise<string>;
  /** Adds a band under the last image with the URL and the UTC time, so a printout still says where and when. */
  stamp?: boolean;
}

export const STAMP_SETTING = 'captureStamp';

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
  if (tab.active === false) throw new ReinstateError('capture-failed', t('errorTabNotVisible'));
  let metrics: PageMetrics;
  try {
    metrics = await deps.runInTab(request.tabId, measurePage, []);
  } catch {
    throw new ReinstateError('capture-forbidden', t('errorCapturePermission'));
  }
  const capturedAt = new Date();
  if (deps.captureTabRect) return captureByRects(deps, request, tab, metrics, capturedAt);
  const plan = planTiles({ pageHeight: metrics.scrollHeight, viewportHeight: metrics.innerHeight, dpr: metrics.dpr, maxPageHeight: deps.maxPageHeight ?? MAX_PAGE_HEIGHT });
  // Tiles are drawn as they arrive, while the quota makes us wait anyway.
  const stitcher = new Stitcher(plan.images);
  let capturedHeight = 0;
  let thumb: ReturnType<typeof makeThumbnail> | undefined;
  let restored = false;
  const restore = async () => {
    if (restored) return;
    restored = true;
    await deps.runInTab(request.tabId, restorePage, [metrics.scrollX, metrics.scrollY]).catch(() => undefined);
  };
  let run: TileRun;
  try {
    run = await runTilePipeline(plan.tiles.length, {
      prepare: async (i) => {
        // The tab was read just above for the first tile; later ones check it has not navigated or gone.
        if (i > 0) {
          const now = await deps.getTab(request.tabId).catch(() => undefined);
          if (!now || (now.url && now.url !== metrics.url) || now.active === false) return undefined;
        }
        const tile = plan.tiles[i]!;
        const settled = await deps.runInTab(request.tabId, scrollForTile, [tile.scrollY, i > 0]);
        // A page that grows while scrolling keeps the height it had at the start.
        return settled.scrollY === tile.scrollY ? tile : { ...tile, cropTop: tile.cropTop + Math.round((tile.scrollY - settled.scrollY) * metrics.dpr) };
      },
      capture: () => deps.pacer.run(() => deps.captureVisibleTab(tab.windowId!)),
      consume: async (i, tile, dataUrl) => {
        const tileBytes = dataUrlToBytes(dataUrl).bytes;
        // The list thumbnail shows the top of the page: made from the first tile (while the quota waits), not from the huge stitched image.
        if (i === 0) thumb = makeThumbnail(tileBytes, 'image/png');
        await stitcher.add(tileBytes, tile);
        capturedHeight = tile.destY + tile.cropHeight;
        deps.onProgress?.(i + 1, plan.tiles.length);
      },
      // The user's page comes back as soon as the last tile is taken, not after it is drawn,
      // and the last rows are encoded without pausing for timers no capture waits on.
      afterCaptures: () => (stitcher.capturesDone(), restore()),
    });
  } finally {
    await restore();
  }
  if (!run.done) {
    if (run.error !== undefined) throw new ReinstateError('capture-failed', t('errorCaptureFailed', String((run.error as Error)?.message ?? run.error)));
    throw new ReinstateError('tab-gone', t('errorTabGone'));
  }

  const partial = plan.partial || run.stoppedEarly;
  return storeStitched(deps, request, tab, metrics, capturedAt, { stitcher, height: capturedHeight, thumb, tiles: run.done, partial });
}

/**
 * Firefox draws any rectangle of the page without scrolling, but draws it as
 * the page is laid out now: a page scrolled down has its sticky header at the
 * scrolled position. So the page is scrolled to the top first, and fixed and
 * sticky elements are hidden after the first slice, as the scrolling path
 * does; the user's scroll position is put back whatever happens.
 */
async function captureByRects(deps: FullPageDeps, request: { tabId: number; caseId?: string }, tab: TabInfo, metrics: PageMetrics, capturedAt: Date): Promise<EvidenceRecord[]> {
  const { rects, partial, totalHeight } = planRects(metrics.scrollHeight, metrics.innerWidth, metrics.dpr, 4096, deps.maxPageHeight ?? MAX_PAGE_HEIGHT);
  const images = planTiles({ pageHeight: totalHeight / metrics.dpr, viewportHeight: metrics.innerHeight, dpr: metrics.dpr }).images;
  const stitcher = new Stitcher(images);
  let firstTile: ArrayBuffer | undefined;
  try {
    for (const [i, { rect, tile }] of rects.entries()) {
      // The first call scrolls to the top; later ones only hide what is fixed or sticky.
      if (i < 2) await deps.runInTab(request.tabId, scrollForTile, [0, i > 0]);
      const bytes = dataUrlToBytes(await deps.captureTabRect!(request.tabId, rect, metrics.dpr)).bytes;
      if (i === 0) firstTile = bytes;
      await stitcher.add(bytes, tile);
      deps.onProgress?.(i + 1, rects.length);
    }
  } catch (error) {
    throw new ReinstateError('capture-failed', t('errorCaptureFailed', String((error as Error)?.message ?? error)));
  } finally {
    await deps.runInTab(request.tabId, restorePage, [metrics.scrollX, metrics.scrollY]).catch(() => undefined);
  }
  return storeStitched(deps, request, tab, metrics, capturedAt, { stitcher, height: totalHeight, firstTile, tiles: rects.length, partial });
}

/** Encodes the stitched parts and stores each as a full-page evidence item, numbered when there are several. */
async function storeStitched(
  deps: FullPageDeps,
  request: { caseId?: string },
  tab: TabInfo,
  metrics: PageMetrics,
  capturedAt: Date,
  run: { stitcher: Stitcher; height: number; firstTile?: ArrayBuffer; thumb?: Promise<{ mime: string; bytes: ArrayBuffer } | undefined>; tiles: number; partial: boolean },
): Promise<EvidenceRecord[]> {
  const caseId = await deps.store.caseIdOrCurrent(request.caseId);
  const stamp = deps.stamp ? `${metrics.url} · captured ${capturedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC${run.partial ? ' · partial' : ''}` : undefined;
  const pngs = await run.stitcher.finish(run.height, stamp, metrics.dpr);
  const thumb = run.thumb ?? (run.firstTile ? makeThumbnail(run.firstTile, 'image/png') : undefined);
  const records: EvidenceRecord[] = [];
  for (const [index, png] of pngs.entries()) {
    records.push(
      await deps.store.addEvidence({
        caseId,
        kind: 'fullpage',
        mime: 'image/png',
        bytes: png,
        url: metrics.url,
        title: `${tab.title ?? ''}${pngs.length > 1 ? ` (part ${index + 1} of ${pngs.length})` : ''}`,
        capturedAt,
        thumb: index === 0 ? await thumb : undefined,
        provenance: {
          ...provenanceFor({ userAgent: deps.userAgent, extensionVersion: deps.extensionVersion, tab: { id: tab.id, width: metrics.innerWidth, height: metrics.innerHeight }, tiles: run.tiles, partial: run.partial }),
          dpr: metrics.dpr,
        },
      }),
    );
  }
  return records;
}

/**
 * One canvas per image part, filled tile by tile; parts past a stop are
 * dropped, the last one cut to size. Each part is also encoded as PNG rows as
 * soon as a tile has made them final (PngRowEncoder), so the work left after
 * the last tile is its own rows; where that cannot run (no CompressionStream,
 * no pixel read-back) the part is encoded whole at the end, as before.
 */
class Stitcher {
  private canvases: (OffscreenCanvas | undefined)[];
  private contexts: (OffscreenCanvasRenderingContext2D | undefined)[];
  private encoders: (PngRowEncoder | undefined | null)[];

  constructor(private readonly parts: { top: number; height: number }[]) {
    this.canvases = parts.map(() => undefined);
    this.contexts = parts.map(() => undefined);
    this.encoders = parts.map(() => undefined);
  }

  private urgent = false;

  /** No capture is waiting any more: encode without yielding to timers. */
  capturesDone(): void {
    this.urgent = true;
    for (const encoder of this.encoders) if (encoder) encoder.yieldBetweenBands = false;
  }

  async add(bytes: ArrayBuffer, tile: { cropTop: number; cropHeight: number; destY: number }): Promise<void> {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    for (const [i, part] of this.parts.entries()) {
      const from = Math.max(tile.destY, part.top);
      const to = Math.min(tile.destY + tile.cropHeight, part.top + part.height);
      if (to <= from) continue;
      const canvas = (this.canvases[i] ??= new OffscreenCanvas(bitmap.width, part.height));
      // Read back band by band: keep the pixels on the CPU side.
      const ctx = (this.contexts[i] ??= canvas.getContext('2d', { willReadFrequently: true })!);
      ctx.drawImage(bitmap, 0, tile.cropTop + (from - tile.destY), bitmap.width, to - from, 0, from - part.top, bitmap.width, to - from);
      await this.encodeUpTo(i, to - part.top);
    }
    bitmap.close();
  }

  /** Feeds rows [encoded, end) of part i to its encoder; on any failure the part falls back to a whole encode. */
  private async encodeUpTo(i: number, end: number): Promise<void> {
    if (this.encoders[i] === null) return;
    const ctx = this.contexts[i]!;
    try {
      if (this.encoders[i] === undefined) {
        if (!canEncodePngRows() || typeof ctx.getImageData !== 'function') {
          this.encoders[i] = null;
          return;
        }
        this.encoders[i] = new PngRowEncoder(this.canvases[i]!.width);
        this.encoders[i]!.yieldBetweenBands = !this.urgent;
      }
      const encoder = this.encoders[i]!;
      const start = encoder.rows;
      if (end > start) await encoder.addRows(ctx.getImageData(0, start, encoder.width, end - start).data, end - start);
    } catch {
      this.encoders[i] = null;
    }
  }

  async finish(capturedHeight: number, stamp?: string, dpr = 1): Promise<ArrayBuffer[]> {
    const out: ArrayBuffer[] = [];
    const last = this.parts.reduce((n, part, i) => (this.canvases[i] && part.top < capturedHeight ? i : n), -1);
    for (const [i, part] of this.parts.entries()) {
      let canvas = this.canvases[i];
      if (!canvas || part.top >= capturedHeight) continue;
      const keep = Math.min(part.height, capturedHeight - part.top);
      const band = stamp && i === last ? Math.round(28 * dpr) : 0;
      const streamed = await this.finishStreamed(i, keep, band ? drawStamp(canvas.width, band, stamp!, dpr) : undefined);
      if (streamed) {
        out.push(streamed);
        this.canvases[i] = undefined;
        continue;
      }
      if (keep < part.height || band) {
        const cut = new OffscreenCanvas(canvas.width, keep + band);
        const ctx = cut.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0, canvas.width, keep, 0, 0, canvas.width, keep);
        if (band) ctx.drawImage(drawStamp(canvas.width, band, stamp!, dpr), 0, keep);
        canvas = cut;
      }
      out.push(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      this.canvases[i] = undefined;
    }
    if (!out.length) throw new ReinstateError('capture-failed', t('errorCaptureFailed', 'no tile'));
    return out;
  }

  /** The part's PNG from its row encoder: the rows not yet written, then the stamp band; undefined to fall back. */
  private async finishStreamed(i: number, keep: number, stampCanvas?: OffscreenCanvas): Promise<ArrayBuffer | undefined> {
    await this.encodeUpTo(i, keep);
    const encoder = this.encoders[i];
    if (!encoder || encoder.rows !== keep) return undefined;
    try {
      if (stampCanvas) {
        const data = stampCanvas.getContext('2d')!.getImageData(0, 0, stampCanvas.width, stampCanvas.height).data;
        await encoder.addRows(data, stampCanvas.height);
      }
      return await encoder.finish();
    } catch {
      return undefined;
    }
  }
}

/** The band under the last image with the URL and the UTC time. */
function drawStamp(width: number, height: number, stamp: string, dpr: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#1d1d1f';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#ffffff';
  ctx.font = `${Math.round(13 * dpr)}px sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(stamp.slice(0, 300), Math.round(8 * dpr), height / 2, width - Math.round(16 * dpr));
  return canvas;
}
