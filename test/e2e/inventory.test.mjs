// Issue 5: an inventory of 10 boards and more than 1,000 pins over many pages,
// with a 429 (Retry-After), a 500, a forced service-worker stop and a closed
// tab midway: every pin stored exactly once, the pace kept, the run finished.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { artifactPath, eventually, launch, putSetting, readStore, saveDownload, throwAwayCertificate } from './harness.mjs';

const PACE = 100;
// Requests are timed where they arrive; arrival jitters by some milliseconds against the client clock.
const ARRIVAL_JITTER = 20;
let sim;
let cert;
let ext;
const log = [];
const account = makeAccount();

before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim({ ...cert, api: resourceApi(account, { log, faults: { 3: { status: 429, headers: { 'Retry-After': '1' } }, 7: { status: 500 } } }) });
  ext = await launch({ pinterestPort: sim.port });
});
after(async () => {
  await ext?.close();
  await sim?.close();
  rmSync(cert.dir, { recursive: true, force: true });
});

const runOf = async (sw) => (await readStore(sw, 'inventories'))[0];
const pinCount = (sw) => sw.evaluate(async () => {
  const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
  return new Promise((res) => { const r = db.transaction('pins').objectStore('pins').count(); r.onsuccess = () => res(r.result); });
});

test('inventory: paced, resumable, complete, exactly once', async () => {
  let sw = await ext.sw();
  // A faster pace for the test (the e2e build's floor is 20 ms; the real floor is 1 s).
  await putSetting(ext, 'inventoryPaceMs', PACE);

  let page = await ext.context.newPage();
  await page.goto('https://www.pinterest.com/maya_makes/');
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.pinterest.com/maya_makes/*' }))[0].id);
  const popup = await ext.context.newPage();
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await popup.getByTestId('inventory-start').click();
  await popup.getByTestId('inventory-progress').waitFor();

  await eventually(async () => (await pinCount(sw)) > 200, { timeout: 60_000 });
  // The service worker is stopped midway; the run goes on, the next message wakes it.
  const cdp = await ext.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await eventually(async () => (await pinCount(await ext.sw())) > 500, { timeout: 60_000 });

  // The tab is closed midway; opening Pinterest again resumes where it stopped.
  await page.close();
  const before = await pinCount(await ext.sw());
  assert.equal((await runOf(await ext.sw())).state.status, 'running');
  page = await ext.context.newPage();
  await page.goto('https://www.pinterest.com/maya_makes/');
  sw = await ext.sw();
  const finished = await eventually(async () => {
    const run = await runOf(sw);
    return run.state.status === 'done' ? run : null;
  }, { timeout: 120_000 });

  assert.ok(before < account.total, 'it really was interrupted');
  assert.equal(finished.state.counts.boards, 10);
  const pins = await readStore(sw, 'pins');
  assert.equal(pins.length, account.total, 'every pin stored');
  assert.equal(new Set(pins.map((p) => p.id)).size, account.total, 'each exactly once');
  assert.ok(pins.every((p) => !p.id.startsWith('more-')), 'recommendations from other boards are left out');
  assert.equal((await readStore(sw, 'boards')).length, 10);

  const gets = log.filter((r) => r.path.startsWith('/resource/'));
  assert.ok(gets.every((r) => r.method === 'GET'), 'read-only');
  // Timed where requests arrive, one late arrival (a new TLS connection) can make the next gap
  // look short; over any three consecutive gaps the pace must hold, and there is never a burst.
  for (let i = 1; i < gets.length; i++) {
    const gap = gets[i].at - gets[i - 1].at;
    const context = JSON.stringify(gets.slice(Math.max(0, i - 3), i + 2));
    assert.ok(gap >= PACE / 4, `request ${i} came ${gap} ms after the one before: ${context}`);
    if (i >= 3) assert.ok(gets[i].at - gets[i - 3].at >= 3 * PACE - 2 * ARRIVAL_JITTER, `requests ${i - 3}..${i} came within ${gets[i].at - gets[i - 3].at} ms: ${context}`);
  }
  assert.ok(gets[3].at - gets[2].at >= 1000, 'Retry-After: 1 was honoured');

  await popup.reload();
  await popup.locator('[data-testid=inventory-progress][data-status=done]').waitFor();
  await popup.screenshot({ path: artifactPath('popup-inventory.png') });
  const locker = await ext.context.newPage();
  await locker.goto(ext.url('locker.html#/inventory'));
  const grid = locker.getByTestId('pin-grid');
  await grid.locator('.pin-row').first().waitFor();
  assert.equal(await grid.getAttribute('data-count'), String(account.total));
  assert.ok((await grid.locator('.pin-row').count()) < 60, 'only the rows in view are in the page');
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await grid.locator(`[data-index="${account.total - 1}"]`).waitFor();
  const csvPath = await saveDownload(locker, 'inventory-csv', 'inventory.csv');
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(csvPath, 'utf8').trim().split('\r\n').length, account.total + 1);
});
