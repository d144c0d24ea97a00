// Issue 5, optional thumbnails: with the switch on, each pin's small image
// (from i.pinimg.com, mapped to 127.0.0.1) is stored once as hashed evidence.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { eventually, launch, putSetting, readEvidence, readStore, throwAwayCertificate } from './harness.mjs';

test('an inventory with thumbnails stores each pin’s small image, hashed', async () => {
  const cert = throwAwayCertificate();
  const account = makeAccount({ boards: 1, pinsPerBoard: 30, sectionsOnFirst: 0, unorganized: 0 });
  const sim = await startPinterestSim({ ...cert, api: resourceApi(account) });
  const ext = await launch({ pinterestPort: sim.port, extraHosts: ['i.pinimg.com'] });
  try {
    const sw = await ext.sw();
    await putSetting(ext, 'inventoryPaceMs', 30);
    await putSetting(ext, 'inventoryThumbnails', true);
    const page = await ext.context.newPage();
    await page.goto('https://www.pinterest.com/maya_makes/');
    const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.pinterest.com/maya_makes/*' }))[0].id);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.getByTestId('inventory-start').click();
    await eventually(async () => (await readStore(await ext.sw(), 'inventories'))[0]?.state.status === 'done', { timeout: 60_000 });
    const thumbs = (await readEvidence(await ext.sw())).filter((e) => e.kind === 'thumbnail');
    assert.equal(thumbs.length, account.total);
    assert.ok(thumbs.every((t) => t.url.startsWith('https://i.pinimg.com/236x/') && t.rehash === t.sha256));
  } finally {
    await ext.close();
    await sim.close();
    rmSync(cert.dir, { recursive: true, force: true });
  }
});
