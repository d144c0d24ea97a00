// The two-minute story, automated: browse, inventory, get suspended, see the
// notice saved, draft the appeal, export and verify the bundle. Used by
// `npm start -- --headless` and by the E2E suite (test/e2e/tour.test.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, eventually, putSetting, readStore } from '../test/e2e/harness.mjs';
import { clickToastButton, waitForToast } from '../test/e2e/toast.mjs';

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
      await locker.screenshot({ path: shot('05-appeal.png'), fullPage: true });
    });
    await step('Export the bundle and verify it with the CLI', async () => {
      const bundle = await ext.context.newPage();
      await bundle.goto(ext.url('bundle.html'));
      const [download] = await Promise.all([bundle.waitForEvent('download'), bundle.getByTestId('export').click()]);
      const zip = shot('reinstate-bundle.zip');
      await download.saveAs(zip);
      await bundle.screenshot({ path: shot('06-bundle.png') });
      const cli = spawnSync(process.execPath, [resolve('bin/reinstate-verify.mjs'), zip], { encoding: 'utf8' });
      log(cli.stdout.trim().split('\n').map((l) => `      ${l}`).join('\n'));
      if (cli.status !== 0) throw new Error(`reinstate-verify exited ${cli.status}`);
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
