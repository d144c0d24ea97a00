// Issue 14 items 1 and 8, in the built extension in Chromium: the one evidence
// key's fingerprint is the same in the Locker, in a drafted letter, in
// report.html and in the command-line verifier; and every hostile bundle of
// the security suite is refused by the bundle page's import (nothing stored).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { hostileBundles } from '../security/hostile-bundles.mjs';
import { hasOpenssl, startLocalTsa } from '../security/local-tsa.mjs';
import { chromiumOnSimulatedPinterest } from './chromium-on-sim.mjs';
import { artifactPath, eventually, readStore, saveDownload } from './harness.mjs';

const FINGERPRINT = /([0-9a-f]{4} ){15}[0-9a-f]{4}/;
const live = chromiumOnSimulatedPinterest();
const STORES = ['cases', 'evidence', 'evidenceBytes', 'notices', 'letters', 'correspondence', 'inventories', 'boards', 'pins', 'log'];

async function counts(sw) {
  const out = {};
  for (const s of STORES) out[s] = (await readStore(sw, s)).length;
  return out;
}

test('one fingerprint in the Locker, the letter, report.html and the verifier; hostile bundles import nothing', async () => {
  const { ext } = live;
  {
    // A real notice on (simulated) Pinterest, so the bundle holds notices and evidence to forge.
    const pin = await ext.context.newPage();
    await pin.goto('https://www.pinterest.com/login/?delay=300');
    const sw = await ext.sw();
    const [notice] = await eventually(async () => {
      const rows = await readStore(sw, 'notices');
      return rows.length && (await readStore(sw, 'evidence')).length >= 2 ? rows : null;
    }, { timeout: 20_000 });
    await pin.close();
    const theCase = (await readStore(sw, 'cases')).find((c) => c.id === notice.caseId);

    const locker = await ext.context.newPage();
    await locker.goto(ext.url(`locker.html#/case/${theCase.id}/settings`));
    const inLocker = (await locker.getByTestId('settings-key').textContent({ timeout: 15_000 })).match(FINGERPRINT)?.[0];
    assert.ok(inLocker, 'the Locker shows the evidence key');
    await locker.close();

    const appeal = await ext.context.newPage();
    await appeal.goto(ext.url(`appeal.html?case=${theCase.id}`));
    await appeal.waitForFunction((key) => (document.querySelector('[data-testid=letter-text]')?.textContent ?? '').includes(key), inLocker, { timeout: 15_000 });
    assert.match(await appeal.getByTestId('letter-text').textContent(), new RegExp(`Evidence key: ${inLocker}`));
    await appeal.close();

    const page = await ext.context.newPage();
    await page.goto(ext.url('bundle.html'));
    const goodPath = await saveDownload(page, 'export', 'security-trust-good.zip');
    const good = new Uint8Array(readFileSync(goodPath));
    const report = new TextDecoder().decode(unzipSync(good)['report.html']);
    assert.ok(report.includes(inLocker), 'report.html prints the fingerprint');
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', goodPath, '--key', inLocker], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout);
    assert.ok(cli.stdout.includes(`signed by key: ${inLocker}  (the key you expected)`), cli.stdout);

    // The recipient's import: the expected key typed in, every hostile bundle offered.
    const dir = artifactPath('security-hostile');
    mkdirSync(dir, { recursive: true });
    const before = await counts(sw);
    await page.getByTestId('expected-key').fill(inLocker);
    const list = await hostileBundles(good);
    const outcomes = {};
    const imported = [];
    for (const b of list) {
      const path = join(dir, `${b.name.replace(/[^a-z0-9-]+/gi, '_')}.zip`);
      writeFileSync(path, b.bytes);
      await page.getByTestId('import-file').setInputFiles([]);
      await page.evaluate(() => document.querySelector('[data-testid=bundle-error]')?.remove());
      await page.getByTestId('import-file').setInputFiles(path);
      const shown = await Promise.race([
        page.getByTestId('bundle-error').waitFor({ timeout: 20_000 }).then(() => 'refused'),
        page.getByTestId('import-result').waitFor({ timeout: 20_000 }).then(() => 'imported'),
      ]);
      outcomes[shown] = (outcomes[shown] ?? 0) + 1;
      if (shown === 'imported') imported.push(b.name);
    }
    const after = await counts(sw);
    const added = STORES.reduce((n, s) => n + (after[s] - before[s]), 0);
    console.log(`# hostile bundles through the bundle page's import (Chromium, expected key typed in): ${list.length} · refused ${outcomes.refused ?? 0} · imported ${imported.length} · records added ${added}`);
    await page.screenshot({ path: artifactPath('security-hostile-import.png'), fullPage: true });
    assert.deepEqual(imported, []);
    assert.deepEqual(after, before);
    // The control: the good bundle, offered the same way, is accepted (everything in it is already here).
    await page.getByTestId('import-file').setInputFiles([]);
    await page.getByTestId('import-file').setInputFiles(goodPath);
    await page.getByTestId('import-result').getByText(/Imported: 0 records added/).waitFor({ timeout: 20_000 });
  }
});

test('a trusted timestamp asked on the bundle page from a local RFC 3161 authority: only the hash leaves, the token checks out offline', { skip: !hasOpenssl && 'openssl is not installed' }, async () => {
  const tsa = await startLocalTsa();
  try {
    const page = await live.ext.context.newPage();
    await page.goto(live.ext.url('bundle.html'));
    await page.getByTestId('timestamp').check();
    await page.getByTestId('tsa-url').fill(tsa.url);
    const path = await saveDownload(page, 'export', 'security-stamped.zip');
    await page.close();
    assert.equal(tsa.requests.length, 1, 'one request to the authority');
    // What left the machine: a DER TimeStampReq (about 80 bytes: the SHA-256, a nonce, certReq), nothing else.
    assert.ok(tsa.requests[0].query.length < 120, `${tsa.requests[0].query.length} bytes sent`);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const manifestSha = createHash('sha256').update(files['manifest.json']).digest('hex');
    assert.ok(tsa.requests[0].query.includes(Buffer.from(manifestSha, 'hex')), 'the query carries the manifest hash');
    assert.ok(files['manifest-timestamp.tst'], Object.keys(files).join(', '));
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout);
    assert.match(cli.stdout, /trusted timestamp: \S+ by Reinstate Test TSA/);
    const dir = artifactPath('security-stamped');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), files['manifest.json']);
    writeFileSync(join(dir, 'manifest-timestamp.tst'), files['manifest-timestamp.tst']);
    writeFileSync(join(dir, 'tsa-ca.pem'), tsa.caPem);
    const command = /^openssl ts -verify .+$/m.exec(readFileSync('README.md', 'utf8'))[0];
    const ossl = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
    assert.match(ossl.stdout + ossl.stderr, /Verification: OK/);
    console.log(`# trusted timestamp from the bundle page (Chromium): ${tsa.requests[0].query.length} bytes sent to the authority; verifier: ${cli.stdout.match(/trusted timestamp: .+/)[0]}; README's openssl ts -verify: OK`);
  } finally {
    await tsa.close();
  }
});
