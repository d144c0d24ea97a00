// The two-minute story, automated: browse, inventory, get suspended, see the
// notice saved, draft the appeal, export and verify the bundle. Used by
// `npm start -- --headless` and by the E2E suite (test/e2e/tour.test.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join, resolve } from 'node:path';
import { launch, eventually, putSetting, readStore } from '../test/e2e/harness.mjs';
import { clickToastButton, waitForToast } from '../test/e2e/toast.mjs';

/** The tour's pictures the README shows: docs/<name> ← <tour shot>. `npm start -- --headless --docs` refreshes them. */
export const DOC_SHOTS = {
  'welcome.png': '00-welcome.png',
  'popup.png': '03b-popup-notice.png',
  'locker.png': '04-locker.png',
  'appeal.png': '05-appeal.png',
  'bundle.png': '06-bundle.png',
  'report.png': '08-report.png',
};

export function copyDocShots(outDir, docsDir) {
  mkdirSync(docsDir, { recursive: true });
  for (const [doc, shot] of Object.entries(DOC_SHOTS)) copyFileSync(join(outDir, shot), join(docsDir, doc));
}

export async function runTour({ port, outDir, log = console.log }) {
  mkdirSync(outDir, { recursive: true });
  const shot = (name) => join(outDir, name);
  const steps = [];
  const step = async (name, fn) => {
    const started = Date.now();
    try {
      await fn();
      steps.push({ name, ok: true, ms: Date.now() - started });
      log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      steps.push({ name, ok: false, error: error.message });
      log(`  ✗ ${name}: ${error.message}`);
      throw error;
    }
  };
  const ext = await launch({ pinterestPort: port });
  try {
    const sw = await ext.sw();
    // The tour shows the whole run in seconds; the extension's own floor is 1 s between requests.
    await putSetting(ext, 'inventoryPaceMs', 40);
    const page = await ext.context.newPage();
    const popup = await ext.context.newPage();
    // The popup page as the toolbar shows it (only the page to capture needs the real window size).
    await popup.setViewportSize({ width: 360, height: 640 });
    let tabId;

    await step('Browse the profile', async () => {
      // What a new user sees first (the normal build opens it on install; the E2E build does not, so it is opened here).
      const welcome = await ext.context.newPage();
      await welcome.goto(ext.url('welcome.html'));
      await welcome.getByTestId('welcome-steps').waitFor();
      await welcome.screenshot({ path: shot('00-welcome.png'), fullPage: true });
      await welcome.close();
      await page.goto('https://www.pinterest.com/_tour/');
      await page.screenshot({ path: shot('01-start-page.png') });
      await page.goto('https://www.pinterest.com/maya_makes/');
      tabId = await (await ext.sw()).evaluate(async () => (await chrome.tabs.query({ url: 'https://www.pinterest.com/maya_makes/*' }))[0].id);
    });
    await step('Run an inventory of boards and pins', async () => {
      await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
      await popup.getByTestId('inventory-start').click();
      await popup.getByTestId('inventory-progress').waitFor();
      const run = await eventually(async () => {
        const [r] = await readStore(await ext.sw(), 'inventories');
        return r?.state.status === 'done' ? r : r?.state.status === 'stopped' ? Promise.reject(new Error(r.state.message)) : null;
      }, { timeout: 120_000 });
      if (run.state.counts.pins < 1000) throw new Error(`only ${run.state.counts.pins} pins`);
      await popup.reload();
      await popup.locator('[data-testid=inventory-progress][data-status=done]').waitFor();
      await popup.screenshot({ path: shot('02-popup-inventory.png') });
    });
    await step('Get suspended: the notice is detected and stored once', async () => {
      await page.bringToFront();
      await page.goto('https://www.pinterest.com/login/');
      await waitForToast(ext.context, page, 'Reinstate saved this notice as evidence.', 20_000);
      await page.screenshot({ path: shot('03-notice-saved.png') });
      const notices = await readStore(await ext.sw(), 'notices');
      if (notices.length !== 1 || notices[0].kind !== 'account_suspended') throw new Error(`notices: ${JSON.stringify(notices.map((n) => n.kind))}`);
      if (notices[0].screenshotMissing) throw new Error(`no screenshot: ${notices[0].screenshotMissing}`);
      // The toolbar popup now leads with the notice and one big “Write my appeal”.
      await popup.reload();
      await popup.getByTestId('notice-lead').waitFor();
      await popup.waitForFunction(() => [...document.images].every((img) => img.complete));
      await popup.screenshot({ path: shot('03b-popup-notice.png') });
    });
    let locker;
    await step('See it in the Locker', async () => {
      [locker] = await Promise.all([ext.context.waitForEvent('page'), clickToastButton(ext.context, page, 'Open the case')]);
      await locker.getByTestId('notice').first().waitFor();
      // The case home: what is done and what is next.
      await locker.locator('[data-step=notice][data-done=true]').waitFor();
      await locker.locator('[data-step=inventory][data-done=true]').waitFor();
      await locker.waitForFunction(() => [...document.images].every((img) => img.complete));
      await locker.screenshot({ path: shot('04-locker.png'), fullPage: true });
    });
    await step('Draft the appeal, with the missing details listed', async () => {
      await locker.getByTestId('draft-appeal').first().click();
      await locker.waitForFunction(() => document.querySelector('[data-testid=letter-text]')?.textContent.includes('does not tell me'));
      const text = await locker.getByTestId('letter-text').textContent();
      if (!/the facts and circumstances the decision relies on/.test(text)) throw new Error('missing items not listed');
      // Maya's side, in her words: the letter weaves it in.
      await locker.getByTestId('user-facts').fill('I pin my own garden drawings and recipes; nothing else.');
      await locker.getByTestId('user-why').fill('Every pin is my own work and none breaks the Community Guidelines.');
      await locker.waitForFunction(() => document.querySelector('[data-testid=letter-text]')?.textContent.includes('garden drawings'));
      await locker.screenshot({ path: shot('05-appeal.png') });
      await locker.screenshot({ path: shot('05b-appeal-full.png'), fullPage: true });
    });
    let zip;
    await step('Export the bundle and verify it with the CLI', async () => {
      // From the case home, as Maya would get there.
      await locker.goBack();
      await locker.getByTestId('open-bundle').waitFor();
      await locker.getByTestId('open-bundle').click();
      const bundle = locker;
      await bundle.getByTestId('evidence-key').waitFor();
      const [download] = await Promise.all([bundle.waitForEvent('download'), bundle.getByTestId('export').click()]);
      zip = shot('reinstate-bundle.zip');
      await download.saveAs(zip);
      await bundle.getByTestId('exported').waitFor();
      // The recipient's side: the key from the letter, then the file.
      const key = (await bundle.getByTestId('evidence-key').textContent()).match(/([0-9a-f]{4} ){15}[0-9a-f]{4}/)[0];
      await bundle.getByTestId('expected-key').fill(key);
      await bundle.getByTestId('verify-file').setInputFiles(zip);
      await bundle.locator('[data-testid=verify-result][data-status=intact]').waitFor();
      await bundle.screenshot({ path: shot('06-bundle.png'), fullPage: true });
      const cli = spawnSync(process.execPath, [resolve('bin/reinstate-verify.mjs'), zip], { encoding: 'utf8' });
      log(cli.stdout.trim().split('\n').map((l) => `      ${l}`).join('\n'));
      if (cli.status !== 0) throw new Error(`reinstate-verify exited ${cli.status}`);
      // Back on the case home, “evidence file exported” is ticked.
      await bundle.getByTestId('back-to-case').click();
      await locker.locator('[data-step=bundle][data-done=true]').waitFor();
      await locker.locator('[data-step=appeal-drafted][data-done=true]').waitFor();
      await locker.waitForFunction(() => [...document.images].every((img) => img.complete));
      await locker.screenshot({ path: shot('09-locker-after-export.png'), fullPage: true });
    });
    await step('Open report.html as the recipient would', async () => {
      const files = unzipSync(readFileSync(zip));
      writeFileSync(shot('report.html'), files['report.html']);
      const report = await ext.context.newPage();
      await report.goto(`file://${shot('report.html')}`);
      await report.locator('#files-title').waitFor();
      await report.screenshot({ path: shot('08-report.png'), fullPage: true });
      await report.close();
    });
    await popup.reload();
    await popup.getByTestId('recent').locator('img').first().waitFor();
    await popup.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    await popup.screenshot({ path: shot('07-popup.png') });
  } finally {
    await ext.close();
  }
  return steps;
}
