// The end-to-end flows written once and run by both drivers (see
// launchDriver in harness.mjs): test/e2e/shared-flows.test.mjs runs them in
// Chromium, test/e2e/firefox/flows.test.mjs in Firefox. Each takes the
// driver and returns nothing; it throws (through node:assert) on failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { SUSPENSION_TEXT } from '../sim/pinterest-pages.mjs';
import { eventually, readEvidence, readStore } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The id of the tab showing `url` (a match pattern or a full URL). */
export const tabIdOf = (ext, url) =>
  eventually(() => ext.bg(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const pattern = new RegExp(`^${u.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return tabs.find((t) => pattern.test(t.url ?? ''))?.id ?? null;
  }, url));

/** The add-on's database exists only once the extension made it: open the popup first, as a user would. */
async function settle(ext) {
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitForText('current-case', 'My case');
  await popup.close();
}

export async function putSetting(ext, key, value) {
  await settle(ext);
  await ext.bg(async ([k, v]) => {
    const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
    await new Promise((res) => { const tx = db.transaction('settings', 'readwrite'); tx.objectStore('settings').put({ key: k, value: v }); tx.oncomplete = res; });
    db.close();
  }, [key, value]);
}

/** The add-on loaded: background alive, manifest as built, and (Firefox) no error or manifest warning in the console service. */
export async function flowLoads(ext) {
  const manifest = await ext.bg(() => (globalThis.browser ?? globalThis.chrome).runtime.getManifest());
  assert.equal(manifest.manifest_version, ext.name === 'firefox' ? 2 : 3);
  await settle(ext);
  assert.deepEqual(await ext.addonErrors(), []);
}

/** The popup's capture button stores a PNG whose stored hash matches its bytes. */
export async function flowPopupCapture(ext, { origin }) {
  const url = `${origin}/notice`;
  const page = await ext.openTab(url);
  const tabId = await tabIdOf(ext, url);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await page.front();
  await popup.click('capture');
  await popup.waitForText('status', 'Saved as evidence.');
  const shot = (await readEvidence(await ext.sw())).find((e) => e.kind === 'screenshot' && e.url === url);
  assert.ok(shot, 'a screenshot was stored');
  assert.equal(shot.mime, 'image/png');
  assert.match(shot.sha256, /^[0-9a-f]{64}$/);
  assert.equal(shot.rehash, shot.sha256);
  await popup.screenshot('popup-capture.png');
  await popup.close();
  await page.close();
}

const toastText = () => document.querySelector('[data-testid="reinstate-toast"]')?.shadowRoot?.textContent ?? '';

/** A suspension notice on www.pinterest.com: stored once, toast shown, badge set, page saved (MHTML or HTML). */
export async function flowNotice(ext) {
  const url = 'https://www.pinterest.com/login/?delay=800';
  const page = await ext.openTab(url);
  await page.waitFor(() => (document.querySelector('[data-testid="reinstate-toast"]')?.shadowRoot?.textContent ?? '').includes('Reinstate saved this notice as evidence.'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid="reinstate-toast"]').length), 1);
  await page.screenshot('notice-toast.png');
  const sw = await ext.sw();
  const notices = await eventually(async () => {
    const rows = await readStore(sw, 'notices');
    return rows.length ? rows : null;
  });
  assert.equal(notices.length, 1);
  const [notice] = notices;
  assert.equal(notice.kind, 'account_suspended');
  assert.equal(notice.platform, 'pinterest');
  assert.equal(notice.url, url);
  assert.ok(notice.text.includes(SUSPENSION_TEXT), notice.text);
  // The words, the screenshot, the notice cut out of it, and the page: MHTML in Chromium, HTML in Firefox.
  const evidence = await eventually(async () => {
    const rows = (await readEvidence(sw)).filter((e) => notice.evidenceIds.includes(e.id));
    return rows.length === notice.evidenceIds.length ? rows : null;
  });
  const kinds = evidence.map((e) => e.kind).sort();
  assert.deepEqual(kinds, ['element', ext.name === 'firefox' ? 'html' : 'mhtml', 'screenshot', 'text'].sort());
  for (const item of evidence) assert.equal(item.rehash, item.sha256, `${item.kind} hash`);
  const tabId = await tabIdOf(ext, 'https://www.pinterest.com/login/*');
  const badge = await ext.bg(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
  }, tabId);
  assert.equal(badge, '!', 'the toolbar badge is set on the notice’s tab');

  // The same notice again is not stored twice.
  await page.reload();
  await page.waitFor(() => !!document.querySelector('[role=dialog]'));
  await sleep(1500);
  assert.equal((await readStore(sw, 'notices')).length, 1);
  await page.close();
  return notice;
}

/** A help article about suspensions is not a notice: nothing saved, no toast. */
export async function flowHelpArticle(ext) {
  const sw = await ext.sw();
  const before = (await readStore(sw, 'notices')).length;
  const evidenceBefore = (await readStore(sw, 'evidence')).length;
  const help = await ext.openTab('https://help.pinterest.com/en/article/account-suspension');
  assert.match(await help.evaluate(() => document.body.textContent), /suspend/i, 'the help article loaded');
  await sleep(2500);
  assert.equal((await readStore(sw, 'notices')).length, before);
  assert.equal((await readStore(sw, 'evidence')).length, evidenceBefore);
  assert.equal(await help.evaluate(() => document.querySelectorAll('[data-testid="reinstate-toast"]').length), 0);
  await help.close();
}

/** The appeal editor drafts a letter from the notice, and "I sent it" logs the letter as sent. */
export async function flowAppeal(ext, { notice }) {
  const page = await ext.openExtensionPage(`appeal.html?notice=${notice.id}`);
  const text = await page.waitFor(() => {
    const value = document.querySelector('[data-testid=letter]')?.value ?? '';
    return value.includes('Your account has been suspended') ? value : null;
  });
  assert.match(text, /The notice does not tell me:/);
  assert.match(await page.evaluate(() => document.querySelector('[data-testid=subject]').value), /Complaint against the suspension of my Pinterest account/);
  await page.click('mark-sent');
  await page.waitForText('appeal-status', 'Logged as sent');
  const sw = await ext.sw();
  const sent = (await readStore(sw, 'correspondence')).filter((c) => c.direction === 'sent');
  assert.equal(sent.length, 1);
  assert.ok(sent[0].text.includes('The notice does not tell me'));
  assert.equal((await readStore(sw, 'letters')).length, 1);
  await page.screenshot('appeal.png');
  await page.close();
}

/** The bundle page downloads a ZIP, and the command-line verifier says it is intact. */
export async function flowBundle(ext) {
  const page = await ext.openExtensionPage('bundle.html');
  const path = await page.download('export');
  const shown = (await page.waitForText('manifest-sha256', /[0-9a-f]{64}/)).trim();
  const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path, '--json'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stdout + cli.stderr);
  const verdict = JSON.parse(cli.stdout);
  assert.equal(verdict.intact, true);
  assert.equal(verdict.manifestSha256, shown, 'the page shows the fingerprint the verifier computes');
  await page.close();
  return path;
}

/** An inventory of a small simulated account runs to the end, reading with GET only. */
export async function flowInventory(ext, { account, log }) {
  await putSetting(ext, 'inventoryPaceMs', 50);
  const page = await ext.openTab('https://www.pinterest.com/maya_makes/');
  const tabId = await tabIdOf(ext, 'https://www.pinterest.com/maya_makes/*');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.click('inventory-start');
  const sw = await ext.sw();
  const run = await eventually(async () => {
    const [r] = await readStore(sw, 'inventories');
    return r?.state.status === 'done' ? r : null;
  }, { timeout: 90_000, interval: 250 });
  assert.equal(run.state.counts.boards, account.boardList.length);
  const pins = await readStore(sw, 'pins');
  assert.equal(pins.length, account.total, 'every pin stored');
  assert.equal(new Set(pins.map((p) => p.id)).size, account.total, 'each once');
  const calls = log.filter((r) => r.path.startsWith('/resource/'));
  assert.ok(calls.length > 0, 'the simulated API was read');
  assert.deepEqual([...new Set(calls.map((r) => r.method))], ['GET'], 'read-only');
  await popup.close();
  await page.close();
}

// A page six windows tall with a 60 px sticky red header over coloured 100 px bands.
const BAND = 100;
const TALL = 4800;
const BANDS = Math.floor((TALL - 60) / BAND);
const band = (i) => `rgb(${(i * 37) % 200 + 20}, ${(i * 91) % 200 + 20}, ${(i * 53) % 200 + 20})`;
export const TALL_PAGE = `<!doctype html><html><head><title>Tall page</title><style>
  body { margin: 0; } header { position: sticky; top: 0; height: 60px; background: rgb(255, 0, 0); z-index: 2; }
  .band { height: ${BAND}px; }
</style></head><body><header>Sticky header</header>
${Array.from({ length: BANDS }, (_, i) => `<div class="band" style="background:${band(i)}"></div>`).join('')}
<div style="height:${TALL - 60 - BANDS * BAND}px;background:${band(99)}"></div></body></html>`;

/** A local web server for the pages that are not Pinterest's (a plain page, the tall page). */
export async function startPlainServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    if (req.url.startsWith('/tall')) return res.end(TALL_PAGE);
    res.end('<!doctype html><title>Notice</title><body style="background:#fde;font:24px sans-serif;padding:40px"><h1>Your account has been suspended</h1></body>');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Full page of a page scrolled down: the page's height, the sticky header once at the top, the scroll put back. */
export async function flowFullPage(ext, { origin }) {
  const url = `${origin}/tall`;
  const page = await ext.openTab(url);
  await page.evaluate(() => window.scrollTo(0, 1234));
  const tabId = await tabIdOf(ext, url);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await page.front();
  await popup.click('capture-full');
  await popup.waitForText('status', 'Full page saved as evidence', { timeout: 45_000 });
  assert.equal(await page.evaluate(() => window.scrollY), 1234, 'the scroll position is restored');
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-reinstate-hidden]').length), 0, 'nothing left hidden');
  const probe = await ext.bg(async (u) => {
    const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
    const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store)[key ? 'get' : 'getAll'](key); r.onsuccess = () => res(r.result); });
    const record = (await get('evidence')).filter((e) => e.kind === 'fullpage' && e.url === u).at(-1);
    const { bytes } = await get('evidenceBytes', record.id);
    db.close();
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const column = ctx.getImageData(Math.floor(bitmap.width / 2), 0, 1, bitmap.height).data;
    // Rows of pure header red, as [first, last] runs in device px.
    const runs = [];
    for (let y = 0; y < bitmap.height; y++) {
      const red = column[y * 4] === 255 && column[y * 4 + 1] === 0 && column[y * 4 + 2] === 0;
      if (red && (!runs.length || runs.at(-1)[1] !== y - 1)) runs.push([y, y]);
      else if (red) runs.at(-1)[1] = y;
    }
    const white = [];
    for (let y = 0; y < bitmap.height; y++) if (column[y * 4] === 255 && column[y * 4 + 1] === 255 && column[y * 4 + 2] === 255) white.push(y);
    return { width: bitmap.width, height: bitmap.height, dpr: record.provenance.dpr, runs, whiteRows: white.length, firstWhite: white[0] ?? null };
  }, url);
  assert.equal(probe.height, TALL * probe.dpr, 'the image is as tall as the page');
  assert.equal(probe.runs.length, 1, `the header appears once: red runs ${JSON.stringify(probe.runs)}`);
  assert.equal(probe.runs[0][0], 0, 'the header is at the very top');
  assert.ok(Math.abs(probe.runs[0][1] + 1 - 60 * probe.dpr) <= 1, `the header is 60 px tall: ${JSON.stringify(probe.runs)}`);
  assert.equal(probe.whiteRows, 0, `no blank strip (first white row ${probe.firstWhite})`);
  await popup.close();
  await page.close();
}

/** Everything stored before a restart on the same profile is there after it, with hashes that still verify. */
export async function flowRestart(ext) {
  const before = await readEvidence(await ext.sw());
  assert.ok(before.length > 0, 'there is evidence to keep');
  const notices = (await readStore(await ext.sw(), 'notices')).length;
  await ext.restart();
  await settle(ext);
  const after = await readEvidence(await ext.sw());
  assert.deepEqual(after.map((e) => e.id).sort(), before.map((e) => e.id).sort());
  for (const item of after) assert.equal(item.rehash, item.sha256);
  assert.equal((await readStore(await ext.sw(), 'notices')).length, notices);
}
