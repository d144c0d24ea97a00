// The end-to-end flows written once and run by both drivers (see
// launchDriver in harness.mjs): test/e2e/shared-flows.test.mjs runs them in
// Chromium, test/e2e/firefox/flows.test.mjs in Firefox. Each takes the
// driver and returns nothing; it throws (through node:assert) on failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { SUSPENSION_TEXT } from '../sim/pinterest-pages.mjs';
import { artifactPath, eventually, readEvidence, readStore, writeSettingInExtension } from './harness.mjs';
import { checkA11y } from './a11y.mjs';

const APPEAL_FACTS = 'I bake cakes and pin photos of them, about three a week since 2019. On 1 May I could not log in any more.';
const APPEAL_WHY = 'Every Pin is a photo I took myself, with no links and no advertising, so none of it is spam.';
const OWN_PARAGRAPH = 'I can send the original photo files with their camera data if that helps.';

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
  await ext.bg(writeSettingInExtension, [key, value]);
}

/** The add-on loaded: background alive, manifest as built, no manifest warning (chrome://extensions; Firefox's console service) and no uncaught error. */
export async function flowLoads(ext) {
  const manifest = await ext.bg(() => (globalThis.browser ?? globalThis.chrome).runtime.getManifest());
  assert.equal(manifest.manifest_version, ext.name === 'firefox' ? 2 : 3);
  await settle(ext);
  assert.deepEqual(await ext.loadWarnings(), [], 'no manifest warning or error where the browser lists them');
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
  // The bytes are a PNG of the page itself (its #fde background), not of the popup or a blank tab.
  const look = await ext.bg(async (id) => {
    const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
    const { bytes: stored } = await new Promise((res) => { const r = db.transaction('evidenceBytes').objectStore('evidenceBytes').get(id); r.onsuccess = () => res(r.result); });
    db.close();
    const bytes = stored instanceof Blob ? await stored.arrayBuffer() : stored; // a Blob from 64 KiB
    const signature = [...new Uint8Array(bytes, 0, 8)];
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const corner = [...ctx.getImageData(5, bitmap.height - 5, 1, 1).data.slice(0, 3)];
    return { signature, width: bitmap.width, height: bitmap.height, corner };
  }, shot.id);
  assert.deepEqual(look.signature, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.ok(look.width >= 800 && look.height >= 400, `a window-sized image: ${look.width}×${look.height}`);
  assert.deepEqual(look.corner, [0xff, 0xdd, 0xee], 'the captured page’s background');
  await popup.screenshot('popup-capture.png');
  await popup.close();
  await page.close();
}

/** A suspension notice on www.pinterest.com: stored once, toast shown, badge set, page saved (MHTML or HTML). */
export async function flowNotice(ext) {
  const url = 'https://www.pinterest.com/login/?delay=800';
  const page = await ext.openTab(url);
  // The note sits in a closed shadow root: each driver reads it from outside the page (CDP pierce, BiDi shadow serialisation).
  await eventually(async () => (await page.toastText()).includes('Reinstate saved this notice as evidence.'), { timeout: 15_000, interval: 200 });
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
  // The saved page is the page: its address and the notice's words (MHTML may fold lines, so its header is read there).
  const snapshot = evidence.find((e) => e.kind === 'html' || e.kind === 'mhtml');
  const saved = await ext.bg(async (id) => {
    const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
    const { bytes } = await new Promise((res) => { const r = db.transaction('evidenceBytes').objectStore('evidenceBytes').get(id); r.onsuccess = () => res(r.result); });
    db.close();
    return new TextDecoder().decode(bytes instanceof Blob ? await bytes.arrayBuffer() : bytes); // a Blob from 64 KiB
  }, snapshot.id);
  if (snapshot.kind === 'html') {
    assert.match(saved, /<html[\s>]/i);
    assert.ok(saved.includes('Your account has been suspended for violating our community guidelines.'), saved.slice(0, 300));
  } else {
    assert.match(saved, /Snapshot-Content-Location: https:\/\/www\.pinterest\.com\/login\//);
    assert.match(saved, /multipart\/related/);
  }
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
  // Nothing saved must mean "looked and judged", not "never ran": the content script answers a message on this tab.
  const helpTab = await tabIdOf(ext, 'https://help.pinterest.com/*');
  const reach = await eventually(() => ext.bg(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    try {
      await api.tabs.sendMessage(id, { e2e: 'is anyone there' });
      return 'content script present';
    } catch (error) {
      return /Receiving end does not exist/i.test(String(error?.message ?? error)) ? null : `content script present (${error?.message})`;
    }
  }, helpTab), { timeout: 10_000, interval: 250 });
  assert.match(reach, /^content script present/);
  await sleep(2500);
  assert.equal((await readStore(sw, 'notices')).length, before);
  assert.equal((await readStore(sw, 'evidence')).length, evidenceBefore);
  assert.equal(await help.evaluate(() => document.querySelectorAll('[data-testid="reinstate-toast"]').length), 0);
  await help.close();
}

/**
 * The appeal editor drafts a letter from the notice; the user's side (the
 * form and a paragraph typed into the letter itself) survives a change of
 * letter language; "I sent it", pressed twice, records the letter once.
 */
export async function flowAppeal(ext, { notice, lang = 'en', a11y = false }) {
  const page = await ext.openExtensionPage(`appeal.html?notice=${notice.id}`);
  // The letter is edited in parts; the whole of it is the print view's text.
  await page.waitFor(() => (document.querySelector('[data-testid=letter-text]')?.textContent ?? '').includes('Your account has been suspended'));
  assert.match(await page.evaluate(() => document.querySelector('[data-testid=subject]').value), /Complaint against the suspension of my Pinterest account/);
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=mark-sent]').disabled), true, '"I sent it" waits for the user’s side');
  await page.fill('[data-testid=user-facts]', APPEAL_FACTS);
  await page.fill('[data-testid=user-why]', APPEAL_WHY);
  const asks = '[data-testid=letter-part][data-section=asks]';
  await page.waitFor((sel) => !!document.querySelector(sel), asks);
  await page.typeAtEnd(asks, `\n${OWN_PARAGRAPH}`);
  assert.ok((await page.evaluate((sel) => document.querySelector(sel).value, asks)).endsWith(OWN_PARAGRAPH));
  // What the notice leaves out follows the letter once the checker's patterns have compiled (cold: about a second).
  await page.waitFor(() => /notice does not tell me:/.test(document.querySelector('[data-testid=letter-text]')?.textContent ?? ''));
  if (a11y) await checkBothSchemes(ext, page, `appeal-${lang}`);

  await page.select('[data-testid=letter-language]', 'de');
  const german = await page.waitFor(() => {
    const text = document.querySelector('[data-testid=letter-text]')?.textContent ?? '';
    return /Guten Tag|Sehr geehrte/.test(text) ? text : null;
  });
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=user-facts]').value), APPEAL_FACTS, 'the form keeps the user’s words');
  assert.ok(german.includes(APPEAL_FACTS) && german.includes(APPEAL_WHY), 'the user’s side is in the German letter');
  assert.ok(german.includes(OWN_PARAGRAPH), 'the typed paragraph is in the German letter');
  assert.match(german, /Beschwerde/);
  // A part the user changed asks before it is replaced: keep the user's version.
  if (await page.evaluate(() => !!document.querySelector('[data-testid=keep-mine]'))) await page.click('keep-mine');
  assert.ok((await page.evaluate((sel) => document.querySelector(sel).value, asks)).includes(OWN_PARAGRAPH));
  await page.screenshot(`appeal-${lang}-letter-de.png`);

  await page.waitFor(() => !document.querySelector('[data-testid=mark-sent]').disabled);
  await page.evaluate(() => {
    const button = document.querySelector('[data-testid=mark-sent]');
    button.click();
    button.click();
  });
  // Once recorded, the page says when (and the button stays disabled).
  await page.waitForText('appeal-sent', 'Recorded as sent on');
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=mark-sent]').disabled), true);
  const sw = await ext.sw();
  const sent = await eventually(async () => {
    const rows = (await readStore(sw, 'correspondence')).filter((c) => c.direction === 'sent');
    return rows.length ? rows : null;
  });
  await sleep(500);
  assert.equal((await readStore(sw, 'correspondence')).filter((c) => c.direction === 'sent').length, 1, 'recorded once');
  assert.ok(sent[0].text.includes(OWN_PARAGRAPH));
  assert.equal((await readStore(sw, 'letters')).length, 1);
  await page.screenshot(`appeal-${lang}.png`);
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
  // The bundle carries the evidence itself: each stored item's bytes, with the hash taken at capture.
  const { unzipSync } = await import('fflate');
  const { createHash } = await import('node:crypto');
  const inZip = new Set(Object.values(unzipSync(readFileSync(path))).map((bytes) => createHash('sha256').update(bytes).digest('hex')));
  const stored = await readEvidence(await ext.sw());
  assert.ok(stored.length >= 5, `evidence to export: ${stored.length}`);
  for (const item of stored) assert.ok(inZip.has(item.sha256), `${item.kind} ${item.id} is in the bundle with its capture hash`);
  await page.close();
  return path;
}

/** An inventory of a small simulated account runs to the end, reading with GET only. */
export async function flowInventory(ext, { account, log, requests }) {
  await putSetting(ext, 'inventoryPaceMs', 50);
  const since = { log: log.length, requests: requests?.length ?? 0 };
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
  const calls = log.slice(since.log).filter((r) => r.path.startsWith('/resource/'));
  assert.ok(calls.length > 0, 'the simulated API was read');
  assert.deepEqual([...new Set(calls.map((r) => r.method))], ['GET'], 'read-only');
  // Every request that reached the simulated Pinterest during the run, not only its API's: GET.
  if (requests) assert.deepEqual([...new Set(requests.slice(since.requests).map((r) => r.method))], ['GET'], 'nothing but GET reached the site');
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

// ---------------------------------------------------------------------------
// The path a new user takes (issue 16), in both browsers: welcome page, the
// popup after a notice, a pasted email, the case home, the bundle page's
// expected key, and a hostile page. Each page is checked with axe-core in
// light and dark and screenshotted as `<browser>-<page>-<lang>-<scheme>.png`.
// ---------------------------------------------------------------------------

const localeFile = (lang) => new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url);
/** The text of `key` in `lang` (English where the locale lacks it, as the browsers fall back), placeholders removed. */
export function message(lang, key) {
  const read = (l) => { try { return JSON.parse(readFileSync(localeFile(l), 'utf8'))[key]?.message; } catch { return undefined; } };
  return (read(lang) ?? read('en') ?? '').replace(/\$[A-Z_]+\$/g, '').trim();
}

/** axe-core in light and dark, with a screenshot of each. */
export async function checkBothSchemes(ext, page, name) {
  try {
    for (const scheme of ['light', 'dark']) {
      await page.colorScheme(scheme);
      await sleep(100);
      await page.screenshot(`${name}-${scheme}.png`, { fullPage: true });
      await checkA11y(page.raw, `${ext.name} ${name} ${scheme}`);
    }
  } finally {
    await page.colorScheme('light');
  }
}

async function showsText(page, lang, keys, label) {
  const body = await page.evaluate(() => document.body.innerText);
  for (const key of keys) {
    const probe = message(lang, key).split(/\s{2,}|\n/)[0].slice(0, 40);
    assert.ok(probe && body.includes(probe), `${label} (${lang}): “${probe}” (${key}) is not on the page:\n${body.slice(0, 500)}`);
  }
}

/** The welcome page in the browser's language, with the permission for automatic screenshots asked in context. */
export async function flowWelcome(ext, { lang = 'en' } = {}) {
  const page = await ext.openExtensionPage('welcome.html');
  await page.waitFor(() => !!document.querySelector('[data-testid=welcome-steps]'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the page follows the browser language');
  await showsText(page, lang, ['welcomeQuestion', 'welcomeStepsTitle', 'welcomeScreenshotsTitle', 'welcomePasteLink'], 'welcome');
  // The e2e build has <all_urls> granted (no test can click the toolbar), so the section says it is on; a store build shows the button.
  const permission = await page.evaluate(() => document.querySelector('[data-testid=allow-screenshots], [data-testid=screenshots-on]')?.dataset.testid);
  assert.ok(permission, 'the automatic-screenshots permission is offered (or already on)');
  await checkBothSchemes(ext, page, `welcome-${lang}`);
  await page.close();
}

/** After a notice the popup leads with it: the platform, "saved", days left and one big "Write my appeal". */
export async function flowPopupAfterNotice(ext, { lang = 'en' } = {}) {
  const sw = await ext.sw();
  if (!(await readStore(sw, 'notices')).length) {
    const page = await ext.openTab('https://www.pinterest.com/login/');
    await eventually(async () => (await readStore(sw, 'notices')).length > 0, { timeout: 20_000 });
    await page.close();
  }
  // The welcome tab, the popup and the background all started at once: one case between them.
  assert.equal((await readStore(sw, 'cases')).length, 1, 'one first case, not one per page');
  const popup = await ext.openExtensionPage('popup.html');
  await popup.setViewport(360, 640);
  await popup.waitFor(() => !!document.querySelector('[data-testid=notice-lead] h2'));
  const lead = await popup.evaluate(() => {
    const appeal = document.querySelector('[data-testid=draft-appeal]');
    return {
      headline: document.querySelector('[data-testid=notice-lead] h2').textContent,
      appeal: appeal?.textContent.trim(),
      primary: appeal?.classList.contains('primary'),
      href: appeal?.getAttribute('href'),
      days: document.querySelector('[data-testid=deadline-bar]')?.getAttribute('data-days'),
      body: document.body.innerText,
    };
  });
  assert.match(lead.headline, /Pinterest/);
  assert.equal(lead.appeal, message(lang, 'popupWriteAppeal'), '“Write my appeal” in the browser language');
  assert.ok(lead.primary, 'and it is the primary action');
  assert.match(lead.href ?? '', /appeal\.html\?notice=/);
  if (lead.days !== undefined && lead.days !== null) assert.ok(Number(lead.days) >= 0, `days left: ${lead.days}`);
  assert.doesNotMatch(lead.body, /account_suspended|\brunning\b/, 'no jargon');
  await showsText(popup, lang, ['popupNoticeSaved', 'popupWriteAppeal'], 'popup after a notice');
  await checkBothSchemes(ext, popup, `popup-notice-${lang}`);
  await popup.close();
}

/** A real enforcement email from the corpus, pasted into the popup, starts a case of the right kind. */
export async function flowPasteEmail(ext, { lang = 'en' } = {}) {
  const email = readFileSync(new URL('../fixtures/notices/video.jsonl', import.meta.url), 'utf8')
    .split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((row) => row.id === 'youtube-en-0210');
  assert.ok(email, 'youtube-en-0210 is in the corpus');
  const sw = await ext.sw();
  const before = (await readStore(sw, 'notices')).length;
  const popup = await ext.openExtensionPage('popup.html#paste');
  await popup.waitFor(() => document.querySelector('[data-testid=paste-open]')?.open);
  // The same message saved from the mail program as an .eml file: read by the file picker, its sender shown.
  const eml = artifactPath(`${ext.name}-youtube-notice.eml`);
  writeFileSync(eml, [
    'From: YouTube <no-reply@youtube.com>', 'To: maya@example.org', 'Subject: Your video has been removed',
    'Date: Tue, 06 May 2025 09:15:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit', '', email.text, '',
  ].join('\r\n'));
  await popup.setFiles('[data-testid=paste-file]', eml);
  await popup.waitForText('paste-verdict', message(lang, 'noticeKind_content_removed'));
  await popup.waitForText('paste-result', 'no-reply@youtube.com');
  await popup.fill('[data-testid=paste-text]', email.text);
  await popup.click('paste-check');
  await popup.waitForText('paste-verdict', message(lang, 'noticeKind_content_removed'));
  await popup.click('paste-start-case');
  await popup.waitFor(() => !!document.querySelector('[data-testid=paste-saved]'));
  const notices = await eventually(async () => {
    const rows = await readStore(sw, 'notices');
    return rows.length > before ? rows : null;
  });
  const pasted = notices.find((n) => n.signals?.includes('source:pasted'));
  assert.ok(pasted, 'the pasted notice is stored');
  assert.equal(pasted.kind, 'content_removed');
  assert.equal(pasted.platform, 'youtube');
  assert.equal(pasted.text, email.text);
  const theCase = (await readStore(sw, 'cases')).find((c) => c.id === pasted.caseId);
  assert.equal(theCase.decisionKind, 'content_removed');
  await popup.waitForText('current-case', theCase.title);
  await popup.screenshot(`popup-pasted-${lang}.png`);
  await popup.close();
  return pasted;
}

/** The case home: a checklist that ticks itself from the stored records, and one tab per section. */
export async function flowCaseHome(ext, { lang = 'en', expectDone = ['notice'] } = {}) {
  const home = await ext.openExtensionPage('locker.html');
  await home.waitFor(() => !!document.querySelector('[data-testid=checklist] [data-step]'));
  const steps = await home.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid=checklist] [data-step]')].map((li) => [li.dataset.step, li.dataset.done === 'true'])));
  assert.deepEqual(Object.keys(steps), ['notice', 'screenshot', 'inventory', 'appeal-drafted', 'appeal-sent', 'reply', 'bundle']);
  for (const step of expectDone) assert.equal(steps[step], true, `“${step}” ticked by itself: ${JSON.stringify(steps)}`);
  await showsText(home, lang, ['lockerTab_home', 'lockerTab_evidence', 'step_notice'], 'case home');
  await checkBothSchemes(ext, home, `case-home-${lang}`);
  for (const tab of ['evidence', 'letters', 'deadlines', 'inventory', 'timeline', 'settings']) {
    await home.click(`tab-${tab}`);
    await home.waitFor((t) => location.hash.endsWith(`/${t}`) && !!document.querySelector(`.tab-panel[data-tab=${t}]`), tab);
    // Thumbnails arrive after the first cards (their bytes are read per card): on the Evidence tab, wait for them to be drawn, not only for the images already in the page.
    if (tab === 'evidence') await home.waitFor(() => document.querySelectorAll('img.thumb').length > 0 && !document.querySelector('.thumb-empty'));
    await home.waitFor(() => [...document.images].every((img) => img.complete));
    await home.screenshot(`case-${tab}-${lang}.png`);
  }
  await home.close();
  return steps;
}

/** The bundle page: verified with the expected key, a different expected key is refused, a tampered copy is named. */
export async function flowBundleExpectedKey(ext, { lang = 'en', a11y = true } = {}) {
  const { unzipSync, zipSync } = await import('fflate');
  const page = await ext.openExtensionPage('bundle.html');
  const path = await page.download('export');
  await page.waitForText('manifest-sha256', /[0-9a-f]{64}/);
  const key = (await page.waitForText('evidence-key', /([0-9a-f]{4} ){15}[0-9a-f]{4}/)).match(/([0-9a-f]{4} ){15}[0-9a-f]{4}/)[0];
  await page.fill('[data-testid=expected-key]', key);
  await page.setFiles('[data-testid=verify-file]', path);
  await page.waitForText('verify-result', 'This is the key you expected.');
  await page.waitForText('verify-result', 'Intact');
  if (a11y) await checkBothSchemes(ext, page, `bundle-${lang}`);

  // The same bundle under another name, with another key expected: refused.
  const copy = artifactPath(`${ext.name}-bundle-copy.zip`);
  copyFileSync(path, copy);
  await page.fill('[data-testid=expected-key]', 'ab'.repeat(32));
  await page.setFiles('[data-testid=verify-file]', copy);
  await page.waitForText('verify-result', 'This is NOT the key you expected.');

  // One bit flipped in one evidence file: the page names it.
  const files = unzipSync(readFileSync(path));
  const evidenceFile = Object.keys(files).find((n) => n.startsWith('evidence/') && n.endsWith('.png'));
  assert.ok(evidenceFile, Object.keys(files).join(', '));
  files[evidenceFile] = files[evidenceFile].slice();
  files[evidenceFile][200] ^= 1;
  const tampered = artifactPath(`${ext.name}-bundle-tampered.zip`);
  writeFileSync(tampered, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]]))));
  await page.fill('[data-testid=expected-key]', '');
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=expected-key]').value), '', 'no key expected any more');
  await page.setFiles('[data-testid=verify-file]', tampered);
  await page.waitForText('verify-result', `Changed: ${evidenceFile}`);
  assert.doesNotMatch(await page.evaluate(() => document.querySelector('[data-testid=verify-result]').textContent), /key you expected/);
  await page.screenshot(`bundle-tampered-${lang}.png`);
  await page.close();
}

/** Pages that only look like notices (a pin titled like one, hidden dialogs) store nothing and show no note. */
export async function flowHostilePages(ext) {
  const sw = await ext.sw();
  for (const url of ['https://www.pinterest.com/pin/987654321/', 'https://www.pinterest.com/settings/hostile-hidden/']) {
    const before = { notices: (await readStore(sw, 'notices')).length, evidence: (await readStore(sw, 'evidence')).length };
    const page = await ext.openTab(url);
    await page.waitFor(() => document.readyState === 'complete');
    await sleep(2500);
    assert.equal((await readStore(sw, 'notices')).length, before.notices, `${url}: no notice`);
    assert.equal((await readStore(sw, 'evidence')).length, before.evidence, `${url}: no evidence`);
    assert.equal(await page.toastText(), '', `${url}: no note`);
    assert.equal(await page.evaluate(() => !!document.getElementById('reinstate-toast-host')), false);
    await page.close();
  }
}

/** A page script cannot reach into the in-page note (closed shadow root) nor press it (synthetic clicks are ignored). */
export async function flowHostileClick(ext) {
  const openTabs = () => ext.bg(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map((t) => t.url ?? ''));
  const page = await ext.openTab('https://www.pinterest.com/settings/hostile-click/');
  await eventually(async () => (await page.toastText()).includes('Reinstate saved this notice as evidence.'), { timeout: 15_000, interval: 200 });
  const before = (await openTabs()).filter((u) => u.includes('locker.html')).length;
  await page.waitFor(() => window.__poked === true);
  await sleep(1000);
  assert.equal(await page.evaluate(() => window.__toastShadow), 'null', 'the page sees no shadow root');
  assert.equal((await openTabs()).filter((u) => u.includes('locker.html')).length, before, 'the page’s clicks opened no Locker tab');
  assert.ok((await page.toastText()).includes(message('en', 'toastOpenCase') || 'Open the case'), 'the note is still there');
  await page.screenshot('hostile-click-note.png');
  await page.close();
}
