// Issue 15: the end-to-end flows in real Firefox (Debian's firefox-esr, the
// MV2 e2e build, puppeteer-core over WebDriver BiDi). Firefox starts once for
// the file (plus one restart, which is a flow). Any uncaught error or
// rejection of the add-on fails the suite.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { makeAccount, resourceApi, startPinterestSim } from '../../sim/pinterest-server.mjs';
import { launchDriver, throwAwayCertificate } from '../harness.mjs';
import * as flows from '../flows.mjs';

const started = Date.now();
const account = makeAccount({ boards: 2, pinsPerBoard: 30, sectionsOnFirst: 1, pinsPerSection: 10, unorganized: 5 });
const log = [];
let cert;
let sim;
let plain;
let ext;
let notice;

before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim({ ...cert, api: resourceApi(account, { log }) });
  plain = await flows.startPlainServer();
  ext = await launchDriver('firefox', { pinterestPort: sim.port });
});
after(async () => {
  try {
    if (ext) assert.deepEqual(await ext.addonErrors(), [], 'no uncaught error or rejection from the add-on');
  } finally {
    await ext?.close();
    await sim?.close();
    await plain?.close();
    if (cert) rmSync(cert.dir, { recursive: true, force: true });
    process.stdout.write(`Firefox suite wall time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
});

test('the add-on loads with no errors or manifest warnings', () => flows.flowLoads(ext));
test('popup capture stores a PNG with its hash', () => flows.flowPopupCapture(ext, { origin: plain.origin }));
test('a notice on www.pinterest.com: stored once, toast, badge, page saved as HTML', async () => {
  notice = await flows.flowNotice(ext);
});
test('a help article saves nothing', () => flows.flowHelpArticle(ext));
test('the appeal editor drafts, and "I sent it" logs', (t) => (notice ? flows.flowAppeal(ext, { notice }) : t.skip('needs the notice flow')));
test('a bundle downloads and the command-line verifier says intact', () => flows.flowBundle(ext));
test('an inventory of a simulated account completes with GET only', () => flows.flowInventory(ext, { account, log }));
test('full page of a scrolled page with a sticky header', () => flows.flowFullPage(ext, { origin: plain.origin }));
test('evidence survives a browser restart on the same profile', () => flows.flowRestart(ext));
