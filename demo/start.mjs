#!/usr/bin/env node
// npm start: build, start the simulated Pinterest on 127.0.0.1 over HTTPS,
// open Chromium with Reinstate and a throw-away profile on the tour page.
// npm start -- --headless: run the tour by itself and write screenshots and
// the exported bundle to a folder it names (add --docs to refresh docs/*.png
// from it). Ctrl-C stops everything.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startPinterestSim, makeAccount, resourceApi } from '../test/sim/pinterest-server.mjs';
import { CHROMIUM, launch, throwAwayCertificate } from '../test/e2e/harness.mjs';
import { copyDocShots, runTour } from './tour.mjs';

const headless = process.argv.includes('--headless');
const wanted = Number(process.env.PORT ?? 8443);

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium was not found at ${CHROMIUM}.
Install Debian's Chromium:   sudo apt-get install -y chromium
or point to another build:   CHROMIUM_PATH=/path/to/chromium npm start`);
  process.exit(1);
}
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('There is no display here. Run the tour by itself instead:  npm start -- --headless');
  process.exit(1);
}

console.log('Building the extension (always fresh, so a stale build never runs)…');
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });

const cert = throwAwayCertificate();
const api = resourceApi(makeAccount());
let sim;
try {
  sim = await startPinterestSim({ ...cert, port: wanted, api });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  sim = await startPinterestSim({ ...cert, port: 0, api });
  console.log(`Port ${wanted} is in use; the simulated Pinterest uses port ${sim.port} instead.`);
}
console.log(`Simulated Pinterest on https://127.0.0.1:${sim.port} (Pinterest's hosts are mapped there inside the browser only).`);

const cleanup = async () => {
  await sim?.close().catch(() => undefined);
  rmSync(cert.dir, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

if (headless) {
  const outDir = join(process.cwd(), 'tour-output', new Date().toISOString().replace(/[:.]/g, '-'));
  console.log(`Running the tour; screenshots and the bundle go to ${outDir}`);
  try {
    await runTour({ port: sim.port, outDir });
    console.log(`Tour complete. See ${outDir}`);
    // --docs: the README's pictures come from this run.
    if (process.argv.includes('--docs')) {
      copyDocShots(outDir, join(process.cwd(), 'docs'));
      console.log('docs/*.png refreshed from this run.');
    }
    await cleanup();
    process.exit(0);
  } catch (error) {
    console.error(`The tour failed: ${error.message}`);
    await cleanup();
    process.exit(1);
  }
} else {
  const ext = await launch({ pinterestPort: sim.port, headless: false });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto('https://www.pinterest.com/_tour/');
  // The welcome page a real install opens (the e2e build used here does not open it by itself).
  const welcome = await ext.context.newPage();
  await welcome.goto(ext.url('welcome.html'));
  console.log('Chromium is open on the welcome page and the tour page. Close the browser or press Ctrl-C to stop.');
  ext.context.on('close', () => void cleanup().then(() => process.exit(0)));
}
