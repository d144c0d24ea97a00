// One before/after pair for the Chromium test files that need only the
// extension beside a simulated Pinterest (no driver abstraction).
import { rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { startPinterestSim } from '../sim/pinterest-server.mjs';
import { launch, throwAwayCertificate } from './harness.mjs';

/**
 * A Chromium with the built extension beside a simulated Pinterest, started
 * before a file's tests and closed after them; `live.ext` and `live.sim` are
 * set once the tests run.
 */
export function chromiumOnSimulatedPinterest(launchOptions = {}) {
  const live = { cert: undefined, sim: undefined, ext: undefined };
  before(async () => {
    live.cert = throwAwayCertificate();
    live.sim = await startPinterestSim(live.cert);
    live.ext = await launch({ ...launchOptions, pinterestPort: live.sim.port });
  });
  after(async () => {
    await live.ext?.close();
    await live.sim?.close();
    if (live.cert) rmSync(live.cert.dir, { recursive: true, force: true });
  });
  return live;
}
