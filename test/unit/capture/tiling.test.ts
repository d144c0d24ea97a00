import { describe, expect, it } from 'vitest';
import { planRects, planTiles, quotaFloorMs } from '@/utils/capture/tiling';

describe('planTiles', () => {
  it('covers an exact multiple of the viewport with no overlap', () => {
    const plan = planTiles({ pageHeight: 3000, viewportHeight: 1000, dpr: 1 });
    expect(plan.tiles).toEqual([
      { scrollY: 0, cropTop: 0, cropHeight: 1000, destY: 0 },
      { scrollY: 1000, cropTop: 0, cropHeight: 1000, destY: 1000 },
      { scrollY: 2000, cropTop: 0, cropHeight: 1000, destY: 2000 },
    ]);
    expect(plan.totalHeight).toBe(3000);
  });

  it('takes the last tile flush with the bottom and keeps only its new rows', () => {
    const plan = planTiles({ pageHeight: 2500, viewportHeight: 1000, dpr: 1 });
    expect(plan.tiles.at(-1)).toEqual({ scrollY: 1500, cropTop: 500, cropHeight: 500, destY: 2000 });
    const covered = plan.tiles.reduce((n, t) => n + t.cropHeight, 0);
    expect(covered).toBe(plan.totalHeight);
  });

  it('scales to device pixels', () => {
    const plan = planTiles({ pageHeight: 2500, viewportHeight: 1000, dpr: 2 });
    expect(plan.totalHeight).toBe(5000);
    expect(plan.tiles.at(-1)).toEqual({ scrollY: 1500, cropTop: 1000, cropHeight: 1000, destY: 4000 });
    const fractional = planTiles({ pageHeight: 2501, viewportHeight: 777, dpr: 1.25 });
    expect(fractional.tiles.reduce((n, t) => n + t.cropHeight, 0)).toBe(fractional.totalHeight);
    for (let i = 1; i < fractional.tiles.length; i++) {
      const prev = fractional.tiles[i - 1]!;
      expect(fractional.tiles[i]!.destY).toBe(prev.destY + prev.cropHeight);
    }
  });

  it('splits past the canvas limit into numbered parts', () => {
    const plan = planTiles({ pageHeight: 40_000, viewportHeight: 1000, dpr: 1, maxImageHeight: 16_000 });
    expect(plan.images).toEqual([{ top: 0, height: 16_000 }, { top: 16_000, height: 16_000 }, { top: 32_000, height: 8_000 }]);
  });

  it('caps infinite scroll and says the capture is partial', () => {
    const plan = planTiles({ pageHeight: 1_000_000, viewportHeight: 1000, dpr: 1, maxPageHeight: 20_000 });
    expect(plan).toMatchObject({ partial: true, totalHeight: 20_000 });
    expect(plan.tiles).toHaveLength(20);
  });

  it('handles a page shorter than the window and refuses a window of no size', () => {
    expect(planTiles({ pageHeight: 0, viewportHeight: 800, dpr: 1 }).tiles).toEqual([{ scrollY: 0, cropTop: 0, cropHeight: 800, destY: 0 }]);
    expect(() => planTiles({ pageHeight: 100, viewportHeight: 0, dpr: 1 })).toThrow(RangeError);
  });

  it('knows the quota floor', () => {
    expect([1, 5, 20].map((n) => quotaFloorMs(n))).toEqual([0, 2000, 9500]);
  });
});

describe('planRects (Firefox captureTab)', () => {
  it('slices the page into rectangles of at most 4096 CSS px that tile it exactly', () => {
    const { rects, totalHeight, partial } = planRects(10_000, 1200, 1.5);
    expect(rects.map((r) => r.rect)).toEqual([
      { x: 0, y: 0, width: 1200, height: 4096 },
      { x: 0, y: 4096, width: 1200, height: 4096 },
      { x: 0, y: 8192, width: 1200, height: 1808 },
    ]);
    expect(rects.reduce((n, r) => n + r.tile.cropHeight, 0)).toBe(totalHeight);
    expect(partial).toBe(false);
    expect(planRects(1e6, 800, 1, 4096, 20_000)).toMatchObject({ partial: true, totalHeight: 20_000 });
  });
});
