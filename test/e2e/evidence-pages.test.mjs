// Issue 18, Evidence tab and appeal editor at scale: the Evidence tab shows its
// first page of cards before the pin images are counted, reads the next page as
// the grid is scrolled, and names a damaged row and the pin images' count once
// its audit is read; the appeal editor's letter lists the case's captures, newest
// first, and never a pin image.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y } from './a11y.mjs';
import { artifactPath, eventually, launch } from './harness.mjs';

const CAPTURES = 130;
const PIN_IMAGES = 300;

/** Runs in the service worker (e2e build): rows through the extension's own store, one damaged row past it. */
async function seed({ captures, pinImages }) {
  const store = globalThis.reinstateStore;
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
  return c.id;
}

test('Evidence tab: first page at once, the next as the grid scrolls, pin images counted after; the letter lists the captures', async () => {
  const ext = await launch();
  try {
    const sw = await ext.sw();
    const caseId = await sw.evaluate(seed, { captures: CAPTURES, pinImages: PIN_IMAGES });
    const page = await ext.context.newPage();
    await page.goto(ext.url(`locker.html#/case/${caseId}/evidence`));
    const cards = page.locator('[data-testid=evidence-list] > li:not(.growing-end)');
    await cards.first().waitFor();
    // The audit: the pin images' count line and the damaged row, once its counts are read.
    await page.locator('section[aria-labelledby=evidence-title][aria-busy=false]').waitFor({ timeout: 60_000 });
    await page.getByText(/300/).first().waitFor();
    assert.ok((await cards.count()) < CAPTURES, `only the first page(s) are built before scrolling (${await cards.count()})`);
    // Scrolling to the end reads page after page until every capture is listed, newest first.
    await eventually(async () => {
      await page.locator('[data-testid=evidence-list] > li').last().scrollIntoViewIfNeeded();
      return (await cards.count()) === CAPTURES + 1;
    }, { timeout: 60_000, interval: 300 });
    const times = await page.locator('[data-testid=evidence-card] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assert.equal(new Set(times).size, CAPTURES, 'every capture once');
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    assert.equal(await page.getByTestId('damaged-card').count(), 1);
    assert.match(await page.getByTestId('damaged-card').textContent(), /ev_damaged_e2e/);
    assert.equal(await page.locator('[data-testid=evidence-list]').getByText(/Pin \d+/).count(), 0, 'no pin image in the grid');
    await checkA11y(page, 'evidence tab, paged');
    await page.screenshot({ path: artifactPath('chromium-evidence-paged.png') });

    const appeal = await ext.context.newPage();
    await appeal.goto(ext.url(`appeal.html?case=${caseId}`));
    await appeal.getByTestId('subject').waitFor();
    await appeal.waitForFunction(() => performance.getEntriesByName('reinstate:appeal:evidence-all').length > 0);
    const letter = await appeal.getByTestId('letter-text').textContent();
    assert.equal((letter.match(/SHA-256 [0-9a-f]{64}/g) ?? []).length, CAPTURES, 'every capture once, no pin image, not the damaged row');
    const letterTimes = [...letter.matchAll(/(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC, SHA-256/g)].map((m) => m[1]);
    assert.deepEqual(letterTimes, [...letterTimes].sort().reverse(), 'newest first');
  } finally {
    await ext.close();
  }
});
