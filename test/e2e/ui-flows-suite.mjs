// The new user's path (issues 15 and 16), one suite for both browsers: each
// browser's test file calls defineUiFlows(name). The browser starts once in
// English and restarts in German, then Japanese, on the same profile; every page is
// checked with axe-core in light and dark and screenshotted into test-results/.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { FIREFOX, launchDriver, readStore, throwAwayCertificate } from './harness.mjs';
import * as flows from './flows.mjs';

/** Opens an extension page, waits for `testId`, checks it in light and dark. */
async function lookAt(ext, path, testId, name) {
  const page = await ext.openExtensionPage(path);
  await page.waitFor((id) => !!document.querySelector(`[data-testid="${id}"]`), testId);
  await flows.checkBothSchemes(ext, page, name);
  await page.close();
}

/** Firefox shows a language only with its language pack (Debian: firefox-esr-l10n-<lang>, installed by .ci/run). */
function languageMissing(browserName, lang) {
  if (browserName !== 'firefox' || FIREFOX !== '/usr/bin/firefox-esr') return false;
  const pack = `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`;
  return existsSync(pack) ? false : `no ${lang} language pack for Firefox: apt-get install firefox-esr-l10n-${lang}`;
}

export function defineUiFlows(browserName) {
  const started = Date.now();
  let cert;
  let sim;
  let ext;
  let current = 'en'; // the interface language of the moment
  const noticeOf = async () => (await readStore(await ext.sw(), 'notices')).find((n) => n.platform === 'pinterest');

  before(async () => {
    cert = throwAwayCertificate();
    sim = await startPinterestSim({ ...cert, api: resourceApi(makeAccount({ boards: 1, pinsPerBoard: 5 })) });
    ext = await launchDriver(browserName, { pinterestPort: sim.port, lang: 'en' });
  });
  after(async () => {
    try {
      if (ext) assert.deepEqual(await ext.addonErrors(), [], 'no uncaught error or rejection from the add-on');
    } finally {
      await ext?.close();
      await sim?.close();
      if (cert) rmSync(cert.dir, { recursive: true, force: true });
      process.stdout.write(`${browserName} UI flows wall time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  });

  test('the welcome page, in the browser language, with its permission section', () => flows.flowWelcome(ext, { lang: 'en' }));
  test('after a notice the popup leads with it and “Write my appeal”', () => flows.flowPopupAfterNotice(ext, { lang: 'en' }));
  test('the appeal editor keeps the user’s side across a language change; “I sent it” records once', async () => {
    await flows.flowAppeal(ext, { notice: await noticeOf(), lang: 'en', a11y: true });
  });
  test('the case home: the checklist ticks itself, every tab opens', () =>
    flows.flowCaseHome(ext, { lang: 'en', expectDone: ['notice', 'appeal-drafted', 'appeal-sent'] }));
  test('the bundle page verifies with the expected key and refuses a tampered bundle', () => flows.flowBundleExpectedKey(ext));
  test('a pin titled like a notice and hidden dialogs store nothing', () => flows.flowHostilePages(ext));
  test('a page script can neither read nor press the in-page note', () => flows.flowHostileClick(ext));
  test('in German: welcome, popup, case home, appeal and bundle pages', { skip: languageMissing(browserName, 'de') }, async () => {
    await ext.restart({ lang: 'de' });
    current = 'de';
    await flows.flowWelcome(ext, { lang: 'de' });
    await flows.flowPopupAfterNotice(ext, { lang: 'de' });
    await flows.flowCaseHome(ext, { lang: 'de', expectDone: ['notice', 'appeal-sent'] });
    await lookAt(ext, `appeal.html?notice=${(await noticeOf()).id}`, 'letter', 'appeal-de');
    await lookAt(ext, 'bundle.html', 'export', 'bundle-de');
  });
  test('in Japanese: welcome, popup and case home', { skip: languageMissing(browserName, 'ja') }, async () => {
    await ext.restart({ lang: 'ja' });
    current = 'ja';
    await flows.flowWelcome(ext, { lang: 'ja' });
    await flows.flowPopupAfterNotice(ext, { lang: 'ja' });
    await flows.flowCaseHome(ext, { lang: 'ja', expectDone: ['notice', 'appeal-sent'] });
  });
  test('an email pasted into the popup starts a case of the right kind (last interface language)', () => flows.flowPasteEmail(ext, { lang: current }));
}
