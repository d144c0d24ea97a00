// Issue 16: the path a suspended person takes, with the browser in English,
// German and Japanese: welcome page, the popup after a notice, the case home
// (empty and full) and the appeal page, each screenshotted in light and dark,
// checked for strings of the browser's language and with axe-core.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { unzipSync } from 'fflate';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { artifactPath, CHROMIUM, eventually, EXTENSION_DIR, newProfileDir, readStore, saveDownload, throwAwayCertificate } from './harness.mjs';
import { checkA11y } from './a11y.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const messages = (lang) => {
  const file = join(root, 'public/_locales', lang, 'messages.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
};
const EN = messages('en');

let sim;
let cert;
before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim({ ...cert, api: resourceApi(makeAccount({ boards: 2, pinsPerBoard: 10 })) });
});
after(async () => {
  await sim?.close();
  rmSync(cert.dir, { recursive: true, force: true });
});

/** Chromium in one UI language: --lang for Windows and macOS builds, LANGUAGE for Linux ones. */
// Each browser in a zone where its language is spoken: the case's region (and its deadlines) follow the zone.
const ZONES = { en: 'Europe/Dublin', de: 'Europe/Berlin', es: 'Europe/Madrid', ja: 'Asia/Tokyo' };
// UI_LANGS=de,ja runs only those (the full set takes minutes on a shared machine).
const LANGS = (process.env.UI_LANGS ?? 'en,de,es,ja').split(',').filter((l) => l in ZONES);

async function launchIn(lang) {
  const profileDir = newProfileDir();
  const rules = [`MAP *.pinterest.com 127.0.0.1:${sim.port}`, `MAP pinterest.com 127.0.0.1:${sim.port}`, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: null,
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8`, TZ: ZONES[lang] },
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--window-size=1280,900',
      '--disable-component-update', '--disable-sync', `--lang=${lang}`,
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    url: (path) => `chrome-extension://${id}/${path}`,
    sw: async () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? context.waitForEvent('serviceworker'),
    close: async () => (await context.close(), rmSync(profileDir, { recursive: true, force: true })),
  };
}

/**
 * The page shows `key` in the browser's language: the locale's text where it
 * has one, English (Chrome's fallback) where the translation is still missing.
 * Returns whether the key was checked against a translation.
 */
function expected(lang, key) {
  const local = messages(lang)[key]?.message;
  return { text: (local ?? EN[key].message).replace(/\$[A-Z_]+\$/g, ''), translated: !!local };
}

async function shows(page, lang, keys, label, untranslated) {
  const body = await page.evaluate(() => document.body.innerText);
  for (const key of keys) {
    const { text, translated } = expected(lang, key);
    if (!translated && lang !== 'en') untranslated.add(key);
    const probe = text.split(/\s{2,}|\n/)[0].trim().slice(0, 40);
    assert.ok(body.includes(probe), `${label} (${lang}): “${probe}” (${key}) not on the page:\n${body.slice(0, 600)}`);
  }
}

async function shoot(page, lang, name) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(50);
    await page.screenshot({ path: artifactPath(`ui-${lang}-${name}-${colorScheme}.png`), fullPage: true });
    await checkA11y(page, `${name} ${lang} ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// Chromium shows a language only when it has its resources (Debian: the chromium-l10n package).
const localeDir = join(dirname(CHROMIUM.includes('/usr/bin/') ? '/usr/lib/chromium/chromium' : CHROMIUM), 'locales');
const hasLocale = (lang) => lang === 'en' || !existsSync(localeDir) || existsSync(join(localeDir, `${lang}.pak`));

for (const lang of LANGS) {
  const skip = hasLocale(lang) ? false : `Chromium has no ${lang} resources here: apt-get install chromium-l10n`;
  test(`the path in ${lang}: welcome, popup after a notice, case home, appeal`, { skip }, async () => {
    const ext = await launchIn(lang);
    const untranslated = new Set();
    try {
      const welcome = await ext.context.newPage();
      await welcome.goto(ext.url('welcome.html'));
      await welcome.getByTestId('welcome-steps').waitFor();
      assert.equal(await welcome.evaluate(() => document.documentElement.lang), lang, 'the page follows the browser language');
      await shows(welcome, lang, ['welcomeQuestion', 'welcomeStepsTitle', 'welcomeScreenshotsTitle', 'welcomePasteLink'], 'welcome', untranslated);
      await shoot(welcome, lang, 'welcome');

      const home = await ext.context.newPage();
      await home.goto(ext.url('locker.html'));
      await home.getByTestId('checklist').waitFor();
      await shows(home, lang, ['lockerCases', 'lockerTab_home', 'lockerTab_evidence', 'step_notice', 'lockerNoNotices'], 'empty case home', untranslated);
      await shoot(home, lang, 'case-home-empty');

      // Before any notice the popup keeps capture first.
      const empty = await ext.context.newPage();
      await empty.setViewportSize({ width: 360, height: 640 });
      await empty.goto(ext.url('popup.html'));
      await empty.getByTestId('capture').waitFor();
      assert.ok(await empty.getByTestId('capture').evaluate((b) => b.classList.contains('primary')));
      await shows(empty, lang, ['popupCurrentCase', 'popupCapture'], 'popup before a notice', untranslated);
      await shoot(empty, lang, 'popup-empty');
      await empty.close();

      // The notice appears on Pinterest and is saved by itself.
      const page = await ext.context.newPage();
      await page.goto('https://www.pinterest.com/login/');
      await eventually(async () => (await readStore(await ext.sw(), 'notices')).length === 1, { timeout: 20_000 });
      const tabId = await (await ext.sw()).evaluate(async () => (await chrome.tabs.query({ url: 'https://www.pinterest.com/login/*' }))[0].id);
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
      await popup.getByTestId('notice-lead').waitFor();
      const appeal = popup.getByTestId('draft-appeal');
      assert.equal((await appeal.textContent()).trim(), expected(lang, 'popupWriteAppeal').text.trim(), 'the one big action says “Write my appeal” in the browser language');
      assert.ok(await appeal.evaluate((a) => a.classList.contains('primary')), 'and it is the primary button');
      const headline = await popup.getByTestId('notice-lead').locator('h2').textContent();
      assert.match(headline, /Pinterest/);
      assert.doesNotMatch(await popup.evaluate(() => document.body.innerText), /account_suspended|\brunning\b|\bdone\b/);
      if (ZONES[lang].startsWith('Europe/')) {
        // In the EU the internal complaint has at least six months: the popup says how many days are left.
        const days = Number(await popup.getByTestId('deadline-bar').getAttribute('data-days'));
        assert.ok(days >= 180 && days <= 186, `days left: ${days}`);
        await shows(popup, lang, ['deadline_dsa_internal_complaint'], 'popup deadline', untranslated);
      }
      await shows(popup, lang, ['popupCurrentCase', 'popupRecent', 'popupWriteAppeal', 'popupNoticeSaved'], 'popup', untranslated);
      await shoot(popup, lang, 'popup-notice');

      await home.reload();
      await home.getByTestId('notice').first().waitFor();
      await home.waitForFunction(() => [...document.images].every((img) => img.complete));
      assert.equal(await home.locator('[data-step=notice][data-done=true]').count(), 1, 'the checklist ticked “notice saved” by itself');
      await shows(home, lang, ['step_notice', 'step_screenshot', 'popupWriteAppeal'], 'full case home', untranslated);
      await shoot(home, lang, 'case-home-full');
      await home.getByTestId('tab-timeline').click();
      await home.getByTestId('timeline').locator('li[data-kind=notice]').waitFor();
      await shoot(home, lang, 'case-timeline');
      // The store writes "Case … created." in English; the timeline shows the locale's line (it said it in English in German and Japanese).
      const createdLine = await home.getByTestId('timeline').locator('li[data-kind=case] strong').first().textContent();
      const createdWords = (messages(lang).logCaseCreated ?? EN.logCaseCreated).message.split(/\$[A-Z_]+\$/).map((p) => p.trim()).filter(Boolean);
      for (const words of createdWords) assert.ok(createdLine.includes(words), `timeline “case created” in ${lang}: ${createdLine}`);
      // Every other section of the case, looked at and checked too.
      for (const tab of ['evidence', 'letters', 'deadlines', 'inventory', 'settings']) {
        await home.getByTestId(`tab-${tab}`).click();
        await home.waitForURL(new RegExp(`/${tab}$`));
        await home.locator(`.tab-panel[data-tab=${tab}]`).waitFor();
        await home.waitForFunction(() => [...document.images].every((img) => img.complete));
        await shoot(home, lang, `case-${tab}`);
      }

      const [letter] = await Promise.all([ext.context.waitForEvent('page'), appeal.click()]);
      await letter.getByTestId('letter').waitFor();
      await letter.waitForFunction(() => (document.querySelector('[data-testid=letter-text]')?.textContent ?? '').length > 200);
      await letter.screenshot({ path: artifactPath(`ui-${lang}-appeal.png`), fullPage: true });
      // The user's side filled in, as a person would, then the letter and its print view.
      await letter.getByTestId('user-facts').fill('I posted my own drawings of gardens; nothing else.');
      await letter.getByTestId('user-why').fill('Every pin is my own work and follows the guidelines.');
      await letter.getByTestId('user-side-missing').waitFor({ state: 'detached' });
      await shows(letter, lang, ['appealYourSide', 'appealFacts'], 'appeal editor', untranslated);
      await shoot(letter, lang, 'appeal-filled');
      await letter.emulateMedia({ media: 'print' });
      await letter.screenshot({ path: artifactPath(`ui-${lang}-appeal-print.png`), fullPage: true });
      await letter.emulateMedia({ media: 'screen' });

      // The bundle page: export, check with the key expected, and the case ticks “exported”.
      const bundle = await ext.context.newPage();
      await bundle.goto(ext.url('bundle.html'));
      await bundle.getByTestId('evidence-key').waitFor();
      assert.equal(await bundle.evaluate(() => document.documentElement.lang), lang, 'the bundle page declares the browser language');
      const zipPath = await saveDownload(bundle, 'export', `ui-${lang}-bundle.zip`);
      await bundle.getByTestId('exported').waitFor();
      const keyText = (await bundle.getByTestId('evidence-key').textContent()).match(/([0-9a-f]{4} ){15}[0-9a-f]{4}/)[0];
      await bundle.getByTestId('expected-key').fill(keyText);
      await bundle.getByTestId('verify-file').setInputFiles(zipPath);
      await bundle.locator('[data-testid=verify-result][data-status=intact]').waitFor();
      await shows(bundle, lang, ['bundleTitle', 'bundleExport', 'bundleVerify', 'bundleImport', 'bundleIntact', 'bundleKeyExpected'], 'bundle page', untranslated);
      assert.doesNotMatch(await bundle.evaluate(() => document.body.innerText), /application\/zip|\bcase_[0-9a-z]{6,}/, 'no MIME types or raw ids on the bundle page');
      await shoot(bundle, lang, 'bundle');
      await home.goto(ext.url('locker.html'));
      await home.locator('[data-step=bundle][data-done=true]').waitFor();

      // report.html from that bundle, as the recipient opens it: the story first.
      const files = unzipSync(readFileSync(zipPath));
      const reportPath = artifactPath(`ui-${lang}-report.html`);
      writeFileSync(reportPath, files['report.html']);
      const report = await ext.context.newPage();
      await report.goto(`file://${reportPath}`);
      assert.equal(await report.evaluate(() => document.documentElement.lang), lang, 'report.html is in the browser language');
      await shows(report, lang, ['reportSummary', 'reportTimeline', 'reportHowToCheck'], 'report.html', untranslated);
      const order = await report.evaluate(() => [...document.querySelectorAll('h2, h3')].map((h) => h.id));
      assert.ok(order.findIndex((id) => /summary/.test(id)) < order.indexOf('files-title'), `the story comes before the files: ${order}`);
      assert.doesNotMatch(await report.evaluate(() => document.querySelector('main article')?.innerText ?? ''), /\d{4}-\d\d-\d\dT\d\d:|account_suspended/, 'no ISO dates or raw kinds in the story');
      await shoot(report, lang, 'report');
      if (untranslated.size) console.log(`  ${lang}: still English (translation pending): ${[...untranslated].join(', ')}`);
    } finally {
      await ext.close();
    }
  });
}

/** Tabs through the page; returns what got focus, in order, with whether a focus ring was drawn. */
async function tabWalk(page, max = 80) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return { key: el.dataset.testid || `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}`, ring, focusVisible: el.matches(':focus-visible') };
    });
    if (!info) continue;
    if (seen.length && info.key === seen[0].key) break;
    seen.push(info);
  }
  return seen;
}

test('keyboard: every action on the popup and the case home is reached with Tab, shows a focus ring, and works with Enter', async () => {
  const ext = await launchIn('en');
  try {
    const page = await ext.context.newPage();
    await page.goto('https://www.pinterest.com/login/');
    await eventually(async () => (await readStore(await ext.sw(), 'notices')).length === 1, { timeout: 20_000 });
    // The page copy is stored a moment after the notice; the viewer step below needs it.
    await eventually(async () => (await readStore(await ext.sw(), 'evidence')).some((e) => e.kind === 'mhtml' || e.kind === 'html'), { timeout: 20_000 });

    const home = await ext.context.newPage();
    await home.goto(ext.url('locker.html'));
    await home.getByTestId('notice').first().waitFor();
    const actions = await home.evaluate(() =>
      [...document.querySelectorAll('a[href], button, select, input, textarea, summary')]
        .filter((el) => !el.disabled && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => el.dataset.testid || `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}`),
    );
    const walked = await tabWalk(home);
    const reached = new Set(walked.map((w) => w.key));
    const missed = actions.filter((a) => !reached.has(a));
    assert.deepEqual(missed, [], `not reachable by Tab: ${missed.join(', ')}`);
    const noRing = walked.filter((w) => !w.ring || !w.focusVisible).map((w) => w.key);
    assert.deepEqual(noRing, [], `no visible focus ring: ${noRing.join(', ')}`);
    // The first Tab lands on the skip link, and Enter on a tab opens that section.
    assert.ok(actions.length >= 15, `actions found: ${actions.join(', ')}`);
    assert.match(walked[0].key, /^a:Skip to the case/, 'the first Tab reaches the skip link');
    await home.getByTestId('tab-evidence').focus();
    await home.keyboard.press('Enter');
    await home.waitForURL(/\/evidence$/);
    await home.getByTestId('evidence-list').waitFor({ state: 'attached' });
    await home.getByTestId('tab-evidence').focus();
    await home.screenshot({ path: artifactPath('ui-en-keyboard-focus.png') });

    // The page copy opens for reading in a frame with no scripts and no network.
    const copy = home.getByTestId('evidence-card').filter({ hasText: 'Copy of the page' }).first();
    await copy.getByRole('button', { name: 'Open at full size', exact: true }).click();
    const frame = home.getByTestId('viewer-page');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('sandbox'), '', 'sandboxed, nothing allowed');
    assert.match(await frame.getAttribute('srcdoc'), /Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(await frame.getAttribute('srcdoc'), /<script/i);
    const inner = home.frameLocator('[data-testid=viewer-page]');
    await inner.getByText('Account suspended').first().waitFor();
    await home.screenshot({ path: artifactPath('ui-en-page-copy-viewer.png') });
    await home.keyboard.press('Escape');

    const tabId = await (await ext.sw()).evaluate(async () => (await chrome.tabs.query({ url: 'https://www.pinterest.com/login/*' }))[0].id);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.getByTestId('notice-lead').waitFor();
    const popupWalk = await tabWalk(popup);
    assert.ok(popupWalk.some((w) => w.key === 'draft-appeal'), `popup walk: ${popupWalk.map((w) => w.key)}`);
    assert.ok(popupWalk.some((w) => w.key === 'inventory-start'));
    assert.deepEqual(popupWalk.filter((w) => !w.ring).map((w) => w.key), []);
    await popup.getByTestId('draft-appeal').focus();
    const [appeal] = await Promise.all([ext.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await appeal.waitForURL(/appeal\.html\?notice=/);
  } finally {
    await ext.close();
  }
});
