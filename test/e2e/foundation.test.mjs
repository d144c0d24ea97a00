// Issue 3: capture a page from the popup, find it in IndexedDB with a hash that
// verifies, see it in the locker, and still find it after a browser restart.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { artifactPath, launch, newProfileDir, readEvidence } from './harness.mjs';

const PAGE = `<!doctype html><html><head><title>Notice page</title></head>
<body style="font:20px sans-serif;background:#fde;margin:0;padding:40px">
<h1>Your account has been suspended</h1><p>This is a local test page.</p></body></html>`;

const MINIMAL_PDF = `%PDF-1.1
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

let server;
let origin;

before(async () => {
  server = createServer((req, res) => {
    if (req.url.endsWith('.pdf')) {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(MINIMAL_PDF);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

async function openPopupFor(ext, tabId) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  return popup;
}

async function tabIdOf(ext, url) {
  const sw = await ext.sw();
  return sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

test('capture from the popup is stored, hashed, listed in the locker and survives a restart', async () => {
  const profileDir = newProfileDir();
  let ext = await launch({ profileDir });
  try {
    const page = await ext.context.newPage();
    const pageUrl = `${origin}/notice`;
    await page.goto(pageUrl);
    const tabId = await tabIdOf(ext, pageUrl);
    assert.ok(tabId, 'the page tab has an id');

    const popup = await openPopupFor(ext, tabId);
    await popup.getByTestId('current-case').getByText('My case').waitFor();
    const before = Date.now();
    // The popup, opened as a tab, is now in front; bring the page back so captureVisibleTab sees it.
    await page.bringToFront();
    await popup.getByTestId('capture').click();
    await popup.getByTestId('status').getByText('Saved as evidence.').waitFor({ timeout: 15_000 });
    const afterCapture = Date.now();

    const [item] = await readEvidence(await ext.sw());
    assert.equal(item.url, pageUrl);
    assert.equal(item.title, 'Notice page');
    assert.equal(item.mime, 'image/png');
    assert.equal(item.kind, 'screenshot');
    assert.match(item.sha256, /^[0-9a-f]{64}$/);
    assert.equal(item.rehash, item.sha256, 'stored bytes hash to the recorded SHA-256');
    assert.equal(item.byteLength, item.size);
    const t = Date.parse(item.capturedAt);
    assert.ok(item.capturedAt.endsWith('Z'));
    assert.ok(t >= before - 1000 && t <= afterCapture + 1000, 'capture time is now, in UTC');
    assert.ok(item.timeZone.length > 0);
    assert.ok(item.provenance.browser.startsWith('Chrome '));
    assert.ok(item.provenance.viewport.width > 0);
    assert.ok(item.hasThumb, 'a thumbnail was made for lists');

    await popup.reload();
    await popup.getByTestId('recent').locator('img').first().waitFor();
    await popup.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    await popup.screenshot({ path: artifactPath('popup.png') });

    const locker = await ext.context.newPage();
    await locker.goto(ext.url('locker.html#/evidence'));
    await locker.getByTestId('evidence-card').locator('img').first().waitFor();
    await locker.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    assert.equal(await locker.getByTestId('evidence-sha256').first().textContent(), item.sha256);
    await locker.screenshot({ path: artifactPath('locker.png'), fullPage: true });

    // A browser restart: the same profile, a new browser process.
    await ext.close({ keepProfile: true });
    ext = await launch({ profileDir });
    const lockerAgain = await ext.context.newPage();
    await lockerAgain.goto(ext.url('locker.html#/evidence'));
    await lockerAgain.getByTestId('evidence-card').first().waitFor();
    assert.equal(await lockerAgain.getByTestId('evidence-url').first().textContent(), pageUrl);
    assert.equal(await lockerAgain.getByTestId('evidence-sha256').first().textContent(), item.sha256);
  } finally {
    await ext.close();
  }
});

test('pages the browser will not let us capture give a clear message, and nothing is stored', async () => {
  const ext = await launch();
  try {
    // Chrome's PDF viewer: the URL is visible to us, so the popup says exactly why.
    const pdf = await ext.context.newPage();
    const pdfUrl = `${origin}/notice.pdf`;
    await pdf.goto(pdfUrl).catch(() => undefined); // the viewer may report the load as a download
    const pdfTab = await tabIdOf(ext, pdfUrl);
    let popup = await openPopupFor(ext, pdfTab);
    await pdf.bringToFront();
    await popup.getByTestId('capture').click();
    await popup.getByTestId('status').waitFor();
    assert.match(await popup.getByTestId('status').textContent(), /PDF files open in the browser's own viewer/);

    // A browser page (chrome://): its URL is hidden from extensions without a click on the toolbar icon.
    const page = await ext.context.newPage();
    await page.goto('chrome://version/');
    // chrome://version is the newest tab whose URL the extension cannot see.
    const hidden = await (await ext.sw()).evaluate(async () => (await chrome.tabs.query({})).filter((t) => !t.url).map((t) => t.id));
    popup = await openPopupFor(ext, Math.max(...hidden));
    await page.bringToFront();
    await popup.getByTestId('capture').click();
    const status = popup.getByTestId('status');
    await status.waitFor();
    assert.equal(await status.getAttribute('role'), 'alert');
    assert.match(await status.textContent(), /Reinstate may only capture a page after you click its toolbar button/);
    assert.equal((await readEvidence(await ext.sw())).length, 0);
  } finally {
    await ext.close();
  }
});

test('deleting evidence needs a confirmation and leaves a log entry', async () => {
  const ext = await launch();
  try {
    const page = await ext.context.newPage();
    const pageUrl = `${origin}/to-delete`;
    await page.goto(pageUrl);
    const popup = await openPopupFor(ext, await tabIdOf(ext, pageUrl));
    await page.bringToFront();
    await popup.getByTestId('capture').click();
    await popup.getByTestId('status').getByText('Saved as evidence.').waitFor({ timeout: 15_000 });
    const [item] = await readEvidence(await ext.sw());

    const locker = await ext.context.newPage();
    await locker.goto(ext.url('locker.html#/evidence'));
    await locker.getByTestId('delete').first().click();
    const dialog = locker.getByTestId('delete-dialog');
    await dialog.waitFor();
    await dialog.locator('textarea').fill('Taken by mistake');
    await locker.getByTestId('confirm-delete').click();
    await locker.getByTestId('delete-dialog').waitFor({ state: 'detached' });
    await locker.getByTestId('tab-settings').click();
    await locker.getByTestId('log').getByText('Taken by mistake').waitFor();
    assert.match(await locker.getByTestId('log').textContent(), new RegExp(item.sha256));
    await locker.getByTestId('tab-evidence').click();
    await locker.getByTestId('evidence-list').waitFor({ state: 'attached' });
    assert.equal(await locker.getByTestId('evidence-card').count(), 0);
    assert.equal((await readEvidence(await ext.sw())).length, 0);
  } finally {
    await ext.close();
  }
});
