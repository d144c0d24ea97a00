// Issue 13/14 follow-up: does Firefox (MV2, the built add-on) read Pinterest's
// login API error code through the main-world tap (content_scripts world
// "MAIN", Firefox ≥ 128) and its private line? The Chromium suite asserts the
// same signal in detection.test.mjs; this is the Firefox half.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startPinterestSim } from '../../sim/pinterest-server.mjs';
import { eventually, launchDriver, readStore, throwAwayCertificate } from '../harness.mjs';

let cert;
let sim;
let ext;

before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim(cert);
  ext = await launchDriver('firefox', { pinterestPort: sim.port });
});
after(async () => {
  try {
    if (ext) assert.deepEqual(await ext.addonErrors(), [], 'no uncaught error or rejection from the add-on');
  } finally {
    await ext?.close();
    await sim?.close();
    if (cert) rmSync(cert.dir, { recursive: true, force: true });
  }
});

test('a login refused with API error code 83 is stored with the code as a signal, in Firefox', async () => {
  await ext.openTab('https://www.pinterest.com/login/?delay=800');
  const sw = await ext.sw();
  const notices = await eventually(async () => {
    const rows = await readStore(sw, 'notices');
    return rows.length ? rows : null;
  }, { timeout: 20_000 });
  assert.equal(notices.length, 1);
  assert.equal(notices[0].kind, 'account_suspended');
  assert.ok(notices[0].signals.some((s) => s.includes('api_error_code=83')), `signals: ${notices[0].signals}`);
});
