// The Firefox suite's fail-on-error check must see every part of the add-on.
// A copy of the e2e build is given an unknown manifest key and a thrown error
// and an unhandled rejection in the background page, an extension page, the
// isolated content script and the main-world API tap; each must reach
// addonErrors(), which every Firefox suite asserts empty after its file.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startPinterestSim } from '../../sim/pinterest-server.mjs';
import { eventually, FIREFOX_EXTENSION_DIR, launchDriver, throwAwayCertificate } from '../harness.mjs';

const PLACES = ['the background', 'a page', 'the content script', 'the main-world script'];
const probe = (where) => `\n;setTimeout(() => { throw new Error('e2e-probe: thrown in ${where}'); }, 0); Promise.reject(new Error('e2e-probe: rejected in ${where}'));\n`;

let dir;
let cert;
let sim;
let ext;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reinstate-probe-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, e2e_probe_unknown_key: true }));
  appendFileSync(join(dir, 'background.js'), probe('the background'));
  appendFileSync(join(dir, 'content-scripts/pinterest.js'), probe('the content script'));
  appendFileSync(join(dir, 'content-scripts/pinterest-api.js'), probe('the main-world script'));
  writeFileSync(join(dir, 'e2e-probe.js'), probe('a page'));
  const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
  assert.ok(popup.includes('</head>'));
  writeFileSync(join(dir, 'popup.html'), popup.replace('</head>', '<script src="/e2e-probe.js"></script></head>'));
  cert = throwAwayCertificate();
  sim = await startPinterestSim({ ...cert });
  ext = await launchDriver('firefox', { pinterestPort: sim.port, extensionDir: dir });
});
after(async () => {
  await ext?.close();
  await sim?.close();
  if (cert) rmSync(cert.dir, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a manifest warning, and an error and a rejection in background, page and content scripts, all fail the suite', async () => {
  await ext.openExtensionPage('popup.html');
  await ext.openTab('https://www.pinterest.com/maya_makes/');
  const expected = PLACES.flatMap((where) => [`thrown in ${where}`, `rejected in ${where}`]);
  const errors = await eventually(async () => {
    const all = await ext.addonErrors();
    return expected.every((e) => all.some((line) => line.includes(`e2e-probe: ${e}`))) ? all : null;
  }, { timeout: 20_000, interval: 250 });
  assert.ok(errors.some((line) => /Reading manifest: Warning processing e2e_probe_unknown_key/.test(line)), errors.join('\n'));
});
