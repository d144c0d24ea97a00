import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureFullPage, type FullPageDeps } from '@/utils/capture/fullpage';
import { CapturePacer } from '@/utils/capture/pacer';
import { measurePage, restorePage, scrollForTile } from '@/utils/capture/page-scripts';
import { Store } from '@/utils/db/store';

/**
 * Firefox's rectangle path (tabs.captureTab with a rect) against a model of a
 * page with a 60 px sticky header: a rectangle is drawn as the page is laid
 * out at that moment, so a page scrolled down shows its header at the
 * scrolled position and a blank strip at the top (the defect seen in Firefox).
 * Images are arrays of row labels; a fake canvas copies rows, so the stored
 * "PNG" says what each row of the stitched page shows.
 */
const HEADER = 60;

class FakePage {
  scrollY: number;
  headerHidden = false;
  restored: [number, number] | undefined;
  constructor(readonly height: number, readonly innerHeight: number, scrolledTo: number) {
    this.scrollY = scrolledTo;
  }
  row(y: number): string {
    const headerTop = Math.min(this.scrollY, this.height - HEADER);
    if (!this.headerHidden && y >= headerTop && y < headerTop + HEADER) return 'header';
    if (y < HEADER) return 'blank';
    return `content ${y}`;
  }
  run(func: unknown, args: unknown[]): unknown {
    if (func === measurePage) return { scrollHeight: this.height, innerHeight: this.innerHeight, innerWidth: 1000, dpr: 1, scrollX: 0, scrollY: this.scrollY, url: 'https://www.pinterest.com/tall/' };
    if (func === scrollForTile) {
      const [y, hide] = args as [number, boolean];
      if (hide) this.headerHidden = true;
      this.scrollY = y;
      return { scrollY: y, scrollHeight: this.height };
    }
    if (func === restorePage) {
      this.headerHidden = false;
      this.scrollY = (args as [number, number])[1];
      this.restored = args as [number, number];
      return undefined;
    }
    throw new Error('unexpected page script');
  }
}

const encode = (rows: string[]) => `data:image/png;base64,${Buffer.from(JSON.stringify(rows)).toString('base64')}`;

class FakeCanvas {
  rows: string[];
  constructor(readonly width: number, readonly height: number) {
    this.rows = Array.from({ length: height }, () => 'unpainted');
  }
  getContext() {
    return {
      drawImage: (src: { rows: string[] }, ...a: number[]) => {
        const [sy, sh, dy] = a.length >= 8 ? [a[1]!, a[3]!, a[5]!] : [0, src.rows.length, a[1] ?? 0];
        for (let i = 0; i < sh; i++) if (dy + i < this.rows.length) this.rows[dy + i] = src.rows[sy + i]!;
      },
      fillRect: () => undefined,
      fillText: () => undefined,
    };
  }
  async convertToBlob() {
    return new Blob([JSON.stringify(this.rows)]);
  }
}

beforeEach(() => {
  vi.stubGlobal('OffscreenCanvas', FakeCanvas);
  vi.stubGlobal('createImageBitmap', async (blob: Blob) => {
    const rows = JSON.parse(await blob.text()) as string[];
    return { width: 1000, height: rows.length, rows, close: () => undefined };
  });
});
afterEach(() => vi.unstubAllGlobals());

function deps(page: FakePage, shots: { rect: { y: number; height: number }; scrollY: number; headerHidden: boolean }[], failAt = -1): FullPageDeps {
  return {
    store: new Store(),
    pacer: new CapturePacer({ now: () => 0, sleep: async () => undefined }),
    getTab: async (id) => ({ id, windowId: 1, url: 'https://www.pinterest.com/tall/', title: 'Tall', active: true }),
    captureVisibleTab: async () => Promise.reject(new Error('the rectangle path must not scroll-capture')),
    runInTab: async (_tabId, func, args) => page.run(func, args) as never,
    captureTabRect: async (_tabId, rect) => {
      if (shots.length === failAt) throw new Error('tab closed');
      shots.push({ rect, scrollY: page.scrollY, headerHidden: page.headerHidden });
      return encode(Array.from({ length: rect.height }, (_, i) => page.row(rect.y + i)));
    },
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
    extensionVersion: '0.1.0',
  };
}

describe('full page by rectangles (Firefox)', () => {
  it('captures a scrolled page from the top with the sticky header once, then restores the scroll', async () => {
    const page = new FakePage(10_000, 800, 1234);
    const shots: Parameters<typeof deps>[1] = [];
    const d = deps(page, shots);
    const [record] = await captureFullPage(d, { tabId: 3 });

    expect(shots.map((s) => s.rect.y)).toEqual([0, 4096, 8192]);
    expect(shots.every((s) => s.scrollY === 0)).toBe(true);
    expect(shots.map((s) => s.headerHidden)).toEqual([false, true, true]);
    expect(page.restored).toEqual([0, 1234]);
    expect(page.headerHidden).toBe(false);

    const rows = JSON.parse(new TextDecoder().decode(await d.store.getEvidenceBytes(record!.id))) as string[];
    expect(rows).toHaveLength(10_000);
    expect(rows.slice(0, HEADER).every((r) => r === 'header')).toBe(true);
    expect(rows.filter((r) => r === 'header')).toHaveLength(HEADER);
    expect(rows.filter((r) => r === 'blank' || r === 'unpainted')).toEqual([]);
    expect(rows[5000]).toBe('content 5000');
    expect(record!.provenance).toMatchObject({ tiles: 3 });
    expect(record!.provenance.partial).toBeFalsy();
  });

  it('puts the scroll back and hides nothing when a slice fails, with a clear error', async () => {
    const page = new FakePage(10_000, 800, 700);
    const d = deps(page, [], 1);
    await expect(captureFullPage(d, { tabId: 3 })).rejects.toMatchObject({ code: 'capture-failed', message: expect.stringContaining('tab closed') });
    expect(page.restored).toEqual([0, 700]);
    expect(page.headerHidden).toBe(false);
    expect(await d.store.listEvidence()).toEqual([]);
  });
});
