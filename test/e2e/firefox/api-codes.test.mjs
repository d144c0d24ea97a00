// Issue 13/14 follow-up: does Firefox (MV2, the built add-on) read Pinterest's
// login API error code through the main-world tap (content_scripts world
// "MAIN", Firefox ≥ 128) and its private line? The Chromium suite asserts the
// same signal in detection.test.mjs; this is the Firefox half.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simulatedBrowser } from '../core-flows-suite.mjs';
import { eventually, readStore } from '../harness.mjs';

const live = simulatedBrowser('firefox');

test('a login refused with API error code 83 is stored with the code as a signal, in Firefox', async () => {
  await live.ext.openTab('https://www.pinterest.com/login/?delay=800');
  const sw = await live.ext.sw();
  const notices = await eventually(async () => {
    const rows = await readStore(sw, 'notices');
    return rows.length ? rows : null;
  }, { timeout: 20_000 });
  assert.equal(notices.length, 1);
  assert.equal(notices[0].kind, 'account_suspended');
  assert.ok(notices[0].signals.some((s) => s.includes('api_error_code=83')), `signals: ${notices[0].signals}`);
});
