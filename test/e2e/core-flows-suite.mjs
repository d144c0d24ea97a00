// The core flows of test/e2e/flows.mjs as one suite for either browser, so
// Chromium (shared-flows.test.mjs) and Firefox (firefox/flows.test.mjs) are
// held to the same behaviour by the same code. The browser starts once for
// the file, plus one restart (a flow); any uncaught error of the add-on fails it.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { launchDriver, throwAwayCertificate } from './harness.mjs';
import * as flows from './flows.mjs';

/**
 * Registers before/after hooks that start the simulated Pinterest (and, with
 * `plain`, a page server on 127.0.0.1) and the browser with the add-on, and
 * after the file assert the add-on logged no uncaught error. Returns a live view.
 */
export function simulatedBrowser(browserName, { api, plain: withPlain = false, label } = {}) {
  const started = Date.now();
  const live = { cert: undefined, sim: undefined, plain: undefined, ext: undefined };
  before(async () => {
    live.cert = throwAwayCertificate();
    live.sim = await startPinterestSim({ ...live.cert, ...(api ? { api } : {}) });
    if (withPlain) live.plain = await flows.startPlainServer();
    live.ext = await launchDriver(browserName, { pinterestPort: live.sim.port });
  });
  after(async () => {
    try {
      if (live.ext) assert.deepEqual(await live.ext.addonErrors(), [], 'no uncaught error or rejection from the add-on');
    } finally {
      await live.ext?.close();
      await live.sim?.close();
      await live.plain?.close();
      if (live.cert) rmSync(live.cert.dir, { recursive: true, force: true });
      if (label) process.stdout.write(`${label} wall time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  });
  return live;
}

export function coreFlows(browserName, { label, snapshot }) {
  const account = makeAccount({ boards: 2, pinsPerBoard: 30, sectionsOnFirst: 1, pinsPerSection: 10, unorganized: 5 });
  const log = [];
  const live = simulatedBrowser(browserName, { api: resourceApi(account, { log }), plain: true, label });
  let notice;
  test('the add-on loads with no errors or manifest warnings', () => flows.flowLoads(live.ext));
  test('popup capture stores a PNG with its hash', () => flows.flowPopupCapture(live.ext, { origin: live.plain.origin }));
  test(`a notice on www.pinterest.com: stored once, toast, badge, page saved as ${snapshot}`, async () => {
    notice = await flows.flowNotice(live.ext);
  });
  test('a help article saves nothing', () => flows.flowHelpArticle(live.ext));
  test('the appeal editor drafts, and "I sent it" logs', (t) => (notice ? flows.flowAppeal(live.ext, { notice }) : t.skip('needs the notice flow')));
  test('a bundle downloads and the command-line verifier says intact', () => flows.flowBundle(live.ext));
  test('an inventory of a simulated account completes with GET only', () => flows.flowInventory(live.ext, { account, log, requests: live.sim.requests }));
  test('full page of a scrolled page with a sticky header', () => flows.flowFullPage(live.ext, { origin: live.plain.origin }));
  test('evidence survives a browser restart on the same profile', () => flows.flowRestart(live.ext));
}
