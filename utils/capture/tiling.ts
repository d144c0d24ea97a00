/**
 * How to cover a page taller than the window with screenshots: where to
 * scroll for each tile, which rows of each tile to keep (the last one
 * overlaps the one before), and how to split the result when it would be
 * taller than a canvas may be.
 */
export interface TilePlanInput {
  /** CSS pixels. */
  pageHeight: number;
  viewportHeight: number;
  dpr: number;
  /** Device pixels; Chrome's canvas limit is 32,767 per side. */
  maxImageHeight?: number;
  /** CSS pixels; taller pages (infinite scroll) are cut here and marked partial. */
  maxPageHeight?: number;
}

export interface Tile {
  /** Where to scroll (CSS px). */
  scrollY: number;
  /** Rows of the captured image to keep, in device px. */
  cropTop: number;
  cropHeight: number;
  /** Where the kept rows go in the whole page, in device px. */
  destY: number;
}

export interface ImagePart {
  /** Rows of the whole page this image holds, device px. */
  top: number;
  height: number;
}

export interface TilePlan {
  tiles: Tile[];
  images: ImagePart[];
  /** Device px of the whole (possibly capped) page. */
  totalHeight: number;
  partial: boolean;
}

export function planTiles(input: TilePlanInput): TilePlan {
  const { viewportHeight, dpr } = input;
  if (!(viewportHeight > 0) || !(dpr > 0)) throw new RangeError('The window has no size.');
  const maxPage = input.maxPageHeight ?? Number.POSITIVE_INFINITY;
  const partial = input.pageHeight > maxPage;
  const pageHeight = Math.max(viewportHeight, Math.min(Math.ceil(input.pageHeight), maxPage));
  const tiles: Tile[] = [];
  const count = Math.ceil(pageHeight / viewportHeight);
  for (let i = 0; i < count; i++) {
    const want = i * viewportHeight;
    // The last tile cannot scroll past the end: it is taken flush with the bottom and its top overlaps.
    const scrollY = Math.min(want, pageHeight - viewportHeight);
    const keepCss = Math.min(viewportHeight, pageHeight - want) ;
    // Rounding once per edge keeps the seams exact at fractional device pixel ratios.
    const destY = Math.round(want * dpr);
    tiles.push({
      scrollY,
      cropTop: destY - Math.round(scrollY * dpr),
      cropHeight: Math.round((want + keepCss) * dpr) - destY,
      destY,
    });
  }
  const totalHeight = Math.round(pageHeight * dpr);
  const maxImage = input.maxImageHeight ?? 32_767;
  const images: ImagePart[] = [];
  for (let top = 0; top < totalHeight; top += maxImage) images.push({ top, height: Math.min(maxImage, totalHeight - top) });
  return { tiles, images, totalHeight, partial };
}

/** The least time a full-page capture can take at Chrome's quota: (tiles − 1) × 500 ms. */
export function quotaFloorMs(tiles: number, gapMs = 500): number {
  return Math.max(0, tiles - 1) * gapMs;
}

/**
 * Firefox can capture any rectangle of the page (tabs.captureTab with a rect)
 * without scrolling: slices of at most `slice` CSS px, as SingleFile does.
 */
export function planRects(pageHeight: number, width: number, dpr: number, slice = 4096, maxPageHeight = Number.POSITIVE_INFINITY) {
  const height = Math.max(1, Math.min(Math.ceil(pageHeight), maxPageHeight));
  const rects: { rect: { x: number; y: number; width: number; height: number }; tile: Tile }[] = [];
  for (let y = 0; y < height; y += slice) {
    const h = Math.min(slice, height - y);
    const destY = Math.round(y * dpr);
    rects.push({ rect: { x: 0, y, width, height: h }, tile: { scrollY: y, cropTop: 0, cropHeight: Math.round((y + h) * dpr) - destY, destY } });
  }
  return { rects, partial: pageHeight > maxPageHeight, totalHeight: Math.round(height * dpr) };
}
