// Attack run (second): hostile page shapes the first run's E2E did not try, in real
// Chromium with the built extension on Pinterest's hosts served from 127.0.0.1.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startPinterestSim } from '../sim/pinterest-server.mjs';
import { launch, readStore, throwAwayCertificate } from './harness.mjs';

let sim;
let cert;
let ext;
const table = [];

before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim(cert);
  ext = await launch({ pinterestPort: sim.port });
});
after(async () => {
  const held = table.filter((r) => r.held).length;
  process.stdout.write(`# redteam E2E pages: ${table.length} tried, ${held} held, ${table.length - held} failed\n`);
  for (const r of table) process.stdout.write(`#   ${r.held ? 'held  ' : 'FAILED'} ${r.attack} (${r.stored} stored)\n`);
  await ext?.close();
  await sim?.close();
  rmSync(cert.dir, { recursive: true, force: true });
});

const notices = async () => readStore(await ext.sw(), 'notices');

for (const [attack, url, allowed, wait] of [
  ['hidden words in visible toasts and dialogs, ::before, a srcdoc frame, an open shadow root, patched getComputedStyle/getBoundingClientRect/checkVisibility', 'https://www.pinterest.com/settings/redteam-hiding/', 0, 3_000],
  ['a pin closeup modal and a comment dialog with notice-like user words', 'https://www.pinterest.com/pin/555000111/', 0, 3_000],
  ['50 history.pushState navigations, a new notice each time', 'https://www.pinterest.com/settings/redteam-pushstate/', 3, 50 * 80 + 3_000],
]) {
  test(attack, async (t) => {
    const before = (await notices()).length;
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(wait);
    const added = (await notices()).slice(before);
    table.push({ attack, held: added.length <= allowed, stored: added.length });
    t.diagnostic(`${added.length} notice(s) stored (allowed ${allowed})`);
    assert.ok(added.length <= allowed, `${added.length} stored: ${added.map((n) => n.text).join(' | ').slice(0, 300)}`);
    await page.close();
  });
}
