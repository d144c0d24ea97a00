import { describe, expect, it } from 'vitest';
import { CapturePacer } from '@/utils/capture/pacer';
import { captureVisible, type VisibleCaptureDeps } from '@/utils/capture/visible';
import { provenanceFor, browserName } from '@/utils/capture/provenance';
import { dataUrlToBytes, pngSize } from '@/utils/capture/image';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';

// A real 2×1 PNG, so size and DPR come from real bytes.
const PNG_2x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyBNAMAOvAH+Y5s0SsAAAAASUVORK5CYII=';

function deps(overrides: Partial<VisibleCaptureDeps> = {}): VisibleCaptureDeps {
  return {
    store: new Store(),
    pacer: new CapturePacer({ now: () => 0, sleep: async () => undefined }),
    getTab: async (id) => ({ id, windowId: 1, url: 'https://www.pinterest.com/login/', title: 'Pinterest', width: 1, height: 1 }),
    getWindow: async () => ({ width: 1280, height: 900 }),
    captureVisibleTab: async () => PNG_2x1,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.108 Safari/537.36',
    extensionVersion: '0.1.0',
    ...overrides,
  };
}

describe('captureVisible', () => {
  it('stores the screenshot with hash, URL, title, UTC time and provenance in the current case', async () => {
    const d = deps();
    const record = await captureVisible(d, { tabId: 7 });
    const bytes = await d.store.getEvidenceBytes(record.id);
    expect(record.sha256).toBe(await sha256Hex(bytes));
    expect(record).toMatchObject({
      kind: 'screenshot',
      mime: 'image/png',
      url: 'https://www.pinterest.com/login/',
      title: 'Pinterest',
      provenance: { browser: 'Chrome 156.0.8078.108', extensionVersion: '0.1.0', viewport: { width: 1, height: 1 }, window: { width: 1280, height: 900 }, dpr: 2, tabId: 7 },
    });
    expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(record.caseId).toBe((await d.store.currentCase()).id);
  });

  it('refuses to screenshot a tab that is not in front (the picture would be of another page)', async () => {
    const d = deps({ getTab: async (id) => ({ id, windowId: 1, url: 'https://www.pinterest.com/login/', active: false }) });
    await expect(captureVisible(d, { tabId: 1 })).rejects.toMatchObject({ code: 'capture-failed', message: expect.stringMatching(/not the tab in front/) });
    expect(await d.store.listEvidence()).toEqual([]);
  });

  it('refuses browser pages with a clear message and stores nothing', async () => {
    const d = deps({ getTab: async (id) => ({ id, windowId: 1, url: 'chrome://settings/' }) });
    await expect(captureVisible(d, { tabId: 1 })).rejects.toMatchObject({ code: 'capture-forbidden', message: expect.stringMatching(/does not let extensions capture/) });
    expect(await d.store.listEvidence()).toEqual([]);
  });

  it('turns a missing permission into advice, and a closed tab into tab-gone', async () => {
    const noPermission = deps({ captureVisibleTab: async () => Promise.reject(new Error("Either the '<all_urls>' or 'activeTab' permission is required.")) });
    await expect(captureVisible(noPermission, { tabId: 1 })).rejects.toMatchObject({ code: 'capture-forbidden', message: expect.stringMatching(/toolbar button/) });
    const gone = deps({ getTab: async () => Promise.reject(new Error('No tab with id: 9')) });
    await expect(captureVisible(gone, { tabId: 9 })).rejects.toMatchObject({ code: 'tab-gone' });
  });
});

describe('provenance and image helpers', () => {
  it('names browsers', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox 128.0');
    expect(browserName('… Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91')).toBe('Edge 120.0.2210.91');
  });
  it('derives DPR from image and viewport width and omits what is unknown', () => {
    expect(provenanceFor({ userAgent: 'Chrome/1.0', extensionVersion: '1', tab: { width: 800, height: 600 }, imageWidth: 1200 })).toEqual({
      browser: 'Chrome 1.0', extensionVersion: '1', viewport: { width: 800, height: 600 }, dpr: 1.5,
    });
  });
  it('decodes data URLs and reads PNG sizes', () => {
    const { mime, bytes } = dataUrlToBytes(PNG_2x1);
    expect(mime).toBe('image/png');
    expect(pngSize(bytes)).toEqual({ width: 2, height: 1 });
    expect(pngSize(new Uint8Array([1, 2, 3]).buffer)).toBeNull();
    expect(() => dataUrlToBytes('nope')).toThrow();
  });
});
