// Issue 6: a page about six windows tall with a sticky header and lazy images is
// captured whole: height = page height × DPR, the header only once, seams
// exact, the user's scroll position restored; a snapshot of it is stored and
// its hash verifies.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { artifactPath, launch, putSetting, readEvidence } from './harness.mjs';

const BAND = 100;
const HEIGHT = 4800; // six windows of 800 px
const BANDS = Math.floor((HEIGHT - 60 - 50) / BAND);
const band = (i) => `rgb(${(i * 37) % 200 + 20}, ${(i * 91) % 200 + 20}, ${(i * 53) % 200 + 20})`;
const PAGE = `<!doctype html><html><head><title>Tall page</title><style>
  body { margin: 0; } header { position: sticky; top: 0; height: 60px; background: rgb(255, 0, 0); z-index: 2; }
  .band { height: ${BAND}px; } img { display: block; width: 200px; height: 50px; }
</style></head><body><header>Sticky header</header>
${Array.from({ length: BANDS }, (_, i) => `<div class="band" style="background:${band(i)}"></div>`).join('')}
<img loading="lazy" src="/img.svg" alt="lazy"><div style="height:${HEIGHT - 60 - BANDS * BAND - 50}px;background:${band(99)}"></div>
</body></html>`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="rgb(0,0,255)"/></svg>';

let server;
let origin;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/img.svg') {
      setTimeout(() => (res.writeHead(200, { 'content-type': 'image/svg+xml' }), res.end(SVG)), 150);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('full page: stitched height, header once, exact seams, scroll restored; snapshot verifies', async () => {
  const ext = await launch();
  try {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/tall`);
    await page.evaluate(() => window.scrollTo(0, 1234));
    const sw = await ext.sw();
    const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, `${origin}/tall`);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await page.bringToFront();
    await popup.getByTestId('capture-full').click();
    await popup.getByTestId('status').getByText('Full page saved as evidence').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.scrollY), 1234, 'the user’s scroll position is restored');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-reinstate-hidden]').length), 0);

    const probe = await sw.evaluate(async ({ seams }) => {
      const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
      const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store)[key ? 'get' : 'getAll'](key); r.onsuccess = () => res(r.result); });
      const record = (await get('evidence')).find((e) => e.kind === 'fullpage');
      const { bytes } = await get('evidenceBytes', record.id);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const px = (y) => [...ctx.getImageData(500, y, 1, 1).data.slice(0, 3)];
      return { width: bitmap.width, height: bitmap.height, provenance: record.provenance, top: px(10), seams: seams.map((y) => ({ y, above: px(y - 2), at: px(y + 2) })) };
    }, { seams: await page.evaluate((h) => Array.from({ length: Math.ceil(h / innerHeight) - 1 }, (_, i) => (i + 1) * innerHeight), HEIGHT) });
    const dpr = probe.provenance.dpr;
    const inner = await page.evaluate(() => window.innerHeight);
    assert.equal(probe.height, HEIGHT * dpr);
    assert.equal(probe.provenance.tiles, Math.ceil(HEIGHT / inner));
    assert.ok(probe.provenance.tiles >= 6, `${probe.provenance.tiles} tiles for ${inner} px windows`);
    assert.deepEqual(probe.top, [255, 0, 0], 'the header is in the first tile');
    for (const seam of probe.seams) {
      assert.notDeepEqual(seam.at, [255, 0, 0], `no second header at the seam at ${seam.y}`);
      // Bands are 100 px and start after the 60 px header: rows 2 px either side of a seam are in the same band.
      assert.deepEqual(seam.above, seam.at, `the image is continuous across the seam at ${seam.y}`);
    }

    await popup.getByTestId('capture-snapshot').click();
    await popup.getByTestId('status').getByText('Page snapshot saved as evidence.').waitFor({ timeout: 15_000 });
    const snapshot = (await readEvidence(sw)).find((e) => e.kind === 'mhtml' || e.kind === 'html');
    assert.ok(snapshot, 'a snapshot was stored');
    assert.equal(snapshot.kind, 'mhtml');
    assert.equal(snapshot.rehash, snapshot.sha256);
    // With the stamp switched on, the image gains a band with the address and the UTC time.
    await putSetting(ext, 'captureStamp', true);
    await page.bringToFront();
    await popup.getByTestId('capture-full').click();
    await popup.getByTestId('status').getByText('Full page saved as evidence').waitFor({ timeout: 30_000 });
    const stamped = await sw.evaluate(async () => {
      const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
      const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store)[key ? 'get' : 'getAll'](key); r.onsuccess = () => res(r.result); });
      const records = (await get('evidence')).filter((e) => e.kind === 'fullpage').sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
      const { bytes } = await get('evidenceBytes', records.at(-1).id);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return { height: bitmap.height, corner: [...canvas.getContext('2d').getImageData(2, bitmap.height - 2, 1, 1).data.slice(0, 3)], dpr: records.at(-1).provenance.dpr };
    });
    assert.equal(stamped.height, (HEIGHT + 28) * stamped.dpr);
    assert.deepEqual(stamped.corner, [29, 29, 31]);
    await popup.screenshot({ path: artifactPath('popup-capture.png') });
  } finally {
    await ext.close();
  }
});
