import type { Store } from '../db/store';

export const THUMBNAILS_SETTING = 'inventoryThumbnails';
/** A 236-px Pinterest thumbnail is about this large; used for the estimate shown before switching on. */
export const THUMBNAIL_BYTES_ESTIMATE = 15_000;

export function thumbnailEstimate(pins: number, paceMs: number): { megabytes: number; minutes: number } {
  return { megabytes: Math.round((pins * THUMBNAIL_BYTES_ESTIMATE) / 1_000_000), minutes: Math.ceil((pins * paceMs) / 60_000) };
}

const PINIMG = /^https:\/\/i\.pinimg\.com\/\d+x\/[0-9a-f/]+\.(?:jpg|jpeg|png|gif|webp)$/i;

/**
 * Saves each pin's small image as evidence, one at a time at the inventory's
 * pace, from Pinterest's image host only. Already-saved images are skipped.
 */
export async function saveThumbnails(
  deps: { store: Store; fetch: typeof fetch; sleep(ms: number): Promise<void>; paceMs: number; userAgent: string; extensionVersion: string },
  caseId: string,
  pins: { id: string; url: string }[],
  already: Set<string>,
): Promise<{ saved: number; skipped: number; failed: number }> {
  let saved = 0;
  let skipped = 0;
  let failed = 0;
  for (const [i, pin] of pins.entries()) {
    if (!PINIMG.test(pin.url) || already.has(pin.url)) {
      skipped++;
      continue;
    }
    if (i > 0) await deps.sleep(deps.paceMs);
    try {
      const response = await deps.fetch(pin.url, { credentials: 'omit' });
      if (!response.ok) {
        failed++;
        if (response.status === 403 || response.status === 429) break; // the CDN says stop: stop
        continue;
      }
      const bytes = await response.arrayBuffer();
      await deps.store.addEvidence({
        caseId, kind: 'thumbnail', mime: response.headers.get('content-type')?.split(';')[0] || 'image/jpeg', bytes, url: pin.url, title: `Pin ${pin.id}`,
        provenance: { browser: deps.userAgent, extensionVersion: deps.extensionVersion },
      });
      already.add(pin.url);
      saved++;
    } catch {
      failed++;
    }
  }
  return { saved, skipped, failed };
}
