// Issue 10: the headless tour is the E2E suite's happy path.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { runTour } from '../../demo/tour.mjs';
import { makeAccount, resourceApi, startPinterestSim } from '../sim/pinterest-server.mjs';
import { artifactPath, throwAwayCertificate } from './harness.mjs';

let sim;
let cert;
before(async () => {
  cert = throwAwayCertificate();
  sim = await startPinterestSim({ ...cert, api: resourceApi(makeAccount()) });
});
after(async () => {
  await sim?.close();
  rmSync(cert.dir, { recursive: true, force: true });
});

test('the tour: inventory, notice stored once, appeal with missing items, bundle verified by the CLI', async () => {
  const lines = [];
  let steps;
  try {
    steps = await runTour({ port: sim.port, outDir: artifactPath('tour'), log: (line) => lines.push(line) });
  } catch (error) {
    assert.fail(`${error.message}\n${lines.join('\n')}`);
  }
  assert.equal(steps.length, 7, lines.join('\n'));
  assert.ok(steps.every((s) => s.ok), lines.join('\n'));
});
