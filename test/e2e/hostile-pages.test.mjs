// Issue 14 items 5, 6 and 8: page content the platform did not write as a
// notice stores nothing. Real Chromium, the built extension, Pinterest's
// hosts served from 127.0.0.1.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { chromiumOnSimulatedPinterest } from './chromium-on-sim.mjs';
import { artifactPath, readStore } from './harness.mjs';
import { toastText, waitForToast } from './toast.mjs';

const live = chromiumOnSimulatedPinterest();

const noticeCount = async () => (await readStore(await live.ext.sw(), 'notices')).length;
/** Notices each hostile page stored, printed as the suite's figure. */
const stored = [];
after(() => {
  const fake = stored.filter((s) => !s.limit).reduce((n, s) => n + s.count, 0);
  process.stdout.write(`# hostile Pinterest pages (Chromium): ${stored.length} pages · fake notices stored ${fake} (pages that write no notice) · ${stored.filter((s) => s.limit).map((s) => `${s.label}: ${s.count} stored, limit 3`).join(' · ')}\n`);
});

for (const [label, url] of [
  ['a pin whose title (h1) reads like a notice', 'https://www.pinterest.com/pin/987654321/'],
  ['a search heading that repeats the query', 'https://www.pinterest.com/search/pins/?q=account%20suspended'],
  ['hidden, aria-hidden and off-screen dialogs', 'https://www.pinterest.com/settings/hostile-hidden/'],
  ['a page-world postMessage posing as API error 83', 'https://www.pinterest.com/settings/hostile-postmessage/'],
  ['a news article on a Pinterest host that quotes a notice', 'https://newsroom.pinterest.com/en/post/pinners-locked-out'],
  ['a page-made "API response" from a data: or blob: URL naming a resource path', 'https://www.pinterest.com/settings/hostile-data-url/'],
  ['a page that patches Response.json/clone, JSON.parse and XHR getters, then calls the real API', 'https://www.pinterest.com/settings/hostile-patched-parsers/'],
]) {
  test(`${label}: nothing stored, no note`, async () => {
    const before = await noticeCount();
    const page = await live.ext.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(2_500);
    stored.push({ label, count: (await noticeCount()) - before });
    assert.equal(await noticeCount(), before, url);
    assert.equal(await page.getByTestId('reinstate-toast').count(), 0);
    await page.close();
  });
}

test('an alert whose text changes 30 times stores at most the per-page limit', async () => {
  const before = await noticeCount();
  const page = await live.ext.context.newPage();
  await page.goto('https://www.pinterest.com/settings/hostile-flood/');
  await page.waitForTimeout(30 * 150 + 2_500);
  const count = (await noticeCount()) - before;
  stored.push({ label: 'an alert rewritten 30 times', count, limit: true });
  assert.ok(count <= 3, `${count} notices stored`);
  await page.close();
});

test('a page script cannot reach or press the in-page note', async () => {
  const page = await live.ext.context.newPage();
  await page.goto('https://www.pinterest.com/settings/hostile-click/');
  await waitForToast(live.ext.context, page, 'Reinstate saved this notice as evidence.');
  const pagesBefore = live.ext.context.pages().length;
  await page.waitForFunction(() => window.__poked === true);
  await page.waitForTimeout(1_000);
  assert.equal(await page.evaluate(() => window.__toastShadow), 'null', 'the shadow root is closed');
  assert.equal(live.ext.context.pages().length, pagesBefore, 'no Locker tab was opened by the page');
  assert.ok((await toastText(live.ext.context, page)).includes('Open the case'), 'the note is still there');
  await page.screenshot({ path: artifactPath('hostile-click-note.png') });
  await page.close();
});
