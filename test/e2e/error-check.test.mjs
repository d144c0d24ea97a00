// The suites' fail-on-uncaught-error check must see the service worker, not
// only the extension's pages: an error thrown and a promise rejected in the
// worker (its first start and a later one) both reach addonErrors().
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually, launchDriver } from './harness.mjs';

let ext;
before(async () => {
  ext = await launchDriver('chromium');
});
after(async () => {
  await ext?.close();
});

test('an uncaught error and an unhandled rejection in the service worker are reported', async () => {
  await ext.bg(() => {
    setTimeout(() => { throw new Error('e2e-probe: thrown in the worker'); }, 0);
    setTimeout(() => { Promise.reject(new Error('e2e-probe: rejected in the worker')); }, 0);
  });
  const errors = await eventually(async () => {
    const found = (await ext.addonErrors()).filter((e) => e.includes('e2e-probe'));
    return found.length >= 2 ? found : null;
  });
  assert.ok(errors.some((e) => e.includes('thrown in the worker')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('rejected in the worker')), errors.join('\n'));
});
