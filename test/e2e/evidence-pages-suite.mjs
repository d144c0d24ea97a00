// Issue 18, Evidence tab and appeal editor at scale, in either browser (the shared driver of harness.mjs):
// the Evidence tab shows its first page of cards at once, reads the next page as the grid is scrolled,
// shows the pin images' kept count and names a damaged row once its audit is read; the appeal editor's
// letter lists the case's captures, newest first, and never a pin image.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y } from './a11y.mjs';
import { eventually, launchDriver } from './harness.mjs';

const CAPTURES = 130;
const PIN_IMAGES = 300;

/**
 * Runs in the extension (Chromium: the service worker; Firefox: an extension page, reaching the background
 * page's store): rows through the extension's own store, one damaged row written past it.
 */
async function seed({ captures, pinImages }) {
  const store = globalThis.reinstateStore ?? (await browser.runtime.getBackgroundPage()).reinstateStore;
  const provenance = { browser: navigator.userAgent, extensionVersion: chrome.runtime.getManifest().version };
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  const c = await store.addCase({ title: 'Paged case', region: 'eu' });
  await store.setSetting('currentCaseId', c.id);
  const t0 = Date.UTC(2025, 4, 1);
  for (let i = 0; i < captures; i++) {
    await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: png.slice().buffer, url: `https://www.pinterest.com/capture/${i}/`, title: `Capture ${i}`, provenance, capturedAt: new Date(t0 + i * 60_000) });
  }
  for (let i = 0; i < pinImages; i++) {
    await store.addEvidence({ caseId: c.id, kind: 'thumbnail', mime: 'image/png', bytes: png.slice().buffer, url: `https://i.pinimg.com/236x/${i}.png`, title: `Pin ${i}`, provenance, capturedAt: new Date(t0 + 86_400_000 + i) });
  }
  // A row written past the store (no capture time): no index lists it, the audit must.
  const db = await store.db();
  await db.put('evidence', { id: 'ev_damaged_e2e', caseId: c.id, kind: 'screenshot' });
  return { caseId: c.id, kept: await store.keptPinImages(c.id) };
}

const CARDS = '[data-testid=evidence-list] > li:not(.growing-end)';

export function defineEvidencePages(browserName) {
  test(`${browserName}: Evidence tab: first page at once, the next as the grid scrolls, pin images counted; the letter lists the captures`, async () => {
    const driver = await launchDriver(browserName);
    try {
      const { caseId, kept } = await driver.bg(seed, { captures: CAPTURES, pinImages: PIN_IMAGES });
      assert.equal(kept, PIN_IMAGES, 'each pin image counted as it was stored');
      const tab = await driver.openExtensionPage(`locker.html#/case/${caseId}/evidence`);
      await tab.waitFor((sel) => document.querySelectorAll(sel).length > 0, CARDS, { timeout: 60_000 });
      // The kept count and the audit: the count line and the damaged row, once the audit is read.
      await tab.waitFor(() => document.querySelector('section[aria-labelledby=evidence-title]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
      assert.match(await tab.evaluate(() => document.querySelector('section[aria-labelledby=evidence-title]').textContent), new RegExp(String(PIN_IMAGES)));
      const before = await tab.evaluate((sel) => document.querySelectorAll(sel).length, CARDS);
      assert.ok(before < CAPTURES, `only the first page(s) are built before scrolling (${before})`);
      // Scrolling to the end reads page after page until every capture (and the damaged row) is listed.
      await eventually(async () => {
        await tab.evaluate(() => [...document.querySelectorAll('[data-testid=evidence-list] > li')].at(-1)?.scrollIntoView());
        return (await tab.evaluate((sel) => document.querySelectorAll(sel).length, CARDS)) === CAPTURES + 1;
      }, { timeout: 60_000, interval: 300 });
      const times = await tab.evaluate(() => [...document.querySelectorAll('[data-testid=evidence-card] time')].map((e) => e.getAttribute('datetime')));
      assert.equal(new Set(times).size, CAPTURES, 'every capture once');
      assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
      const damaged = await tab.evaluate(() => [...document.querySelectorAll('[data-testid=damaged-card]')].map((e) => e.textContent));
      assert.equal(damaged.length, 1);
      assert.match(damaged[0], /ev_damaged_e2e/);
      assert.equal(await tab.evaluate(() => /Pin \d+/.test(document.querySelector('[data-testid=evidence-list]').textContent)), false, 'no pin image in the grid');
      await checkA11y(tab.raw, `${browserName} evidence tab, paged`);
      await tab.screenshot('evidence-paged.png');

      const appeal = await driver.openExtensionPage(`appeal.html?case=${caseId}`);
      await appeal.waitFor(() => performance.getEntriesByName('reinstate:appeal:evidence-all').length > 0 && !!document.querySelector('[data-testid=subject]'), undefined, { timeout: 60_000 });
      const letter = await appeal.evaluate(() => document.querySelector('[data-testid=letter-text]').textContent);
      assert.equal((letter.match(/SHA-256 [0-9a-f]{64}/g) ?? []).length, CAPTURES, 'every capture once, no pin image, not the damaged row');
      const letterTimes = [...letter.matchAll(/(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC, SHA-256/g)].map((m) => m[1]);
      assert.deepEqual(letterTimes, [...letterTimes].sort().reverse(), 'newest first');
      assert.deepEqual(await driver.addonErrors(), [], 'no uncaught error in the extension');
    } finally {
      await driver.close();
    }
  });
}
