// @vitest-environment node
// RFC 3161 against a local authority: `openssl ts -reply` behind a tiny HTTP server on 127.0.0.1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTimestamp } from '@/utils/bundle/timestamp-check.js';
import { requestTimestamp, timestampRequest, tokenFromResponse, tsaOriginPattern } from '@/utils/bundle/timestamp';
import { buildZip } from '../../security/hostile-bundles.mjs';
import { hasOpenssl, startLocalTsa } from '../../security/local-tsa.mjs';
import { exportToBytes, seededStore, verify } from './helpers';

let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
let dir = '';
let url = '';

beforeAll(async () => {
  if (!hasOpenssl) return;
  tsa = await startLocalTsa();
  ({ dir, url } = tsa);
});
afterAll(() => tsa?.close());

describe.skipIf(!hasOpenssl)('RFC 3161 timestamps (opt-in)', () => {
  it('only the manifest hash and a nonce are sent; the token goes into the bundle and checks out offline, also with openssl ts -verify', async () => {
    globalThis.indexedDB = new IDBFactory();
    tsa.requests.length = 0;
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store, { timestamp: async (sha) => ({ tsa: url, token: await requestTimestamp(url, sha) }) });
    expect(tsa.requests).toHaveLength(1);
    writeFileSync(join(dir, 'sent.tsq'), tsa.requests[0]!.query);
    const query = execFileSync('openssl', ['ts', '-query', '-in', join(dir, 'sent.tsq'), '-text']).toString();
    expect(query.replace(/[\s:-]/g, '').toLowerCase()).toContain(result.manifestSha256.slice(0, 32));
    expect(tsa.requests[0]!.query.length).toBeLessThan(120);

    const v = await verify(bytes, { checkTimestamp });
    expect(v.status).toBe('intact');
    expect(v.timestamp).toMatchObject({ checked: true, ok: true, authority: 'Reinstate Test TSA' });
    expect(Math.abs(Date.parse(v.timestamp!.time!) - Date.now())).toBeLessThan(120_000);

    const files = unzipSync(bytes);
    const token = join(dir, 'token.tst');
    writeFileSync(token, files['manifest-timestamp.tst']!);
    const ossl = spawnSync('openssl', ['ts', '-verify', '-digest', result.manifestSha256, '-in', token, '-token_in', '-CAfile', join(dir, 'ca.pem'), '-untrusted', join(dir, 'tsa.pem')], { encoding: 'utf8' });
    expect(ossl.stdout).toContain('Verification: OK');

    // The command-line verifier (with pkijs) reports it; the standalone script says it cannot check it.
    const bundlePath = join(dir, 'stamped.zip');
    writeFileSync(bundlePath, bytes);
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', bundlePath], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/trusted timestamp: \S+ by Reinstate Test TSA/);
    writeFileSync(join(dir, 'verify.mjs'), files['verify.mjs']!);
    const standalone = spawnSync(process.execPath, [join(dir, 'verify.mjs'), bundlePath], { encoding: 'utf8' });
    expect(standalone.status).toBe(0);
    expect(standalone.stdout).toContain('not checked by this script');
    // Unzipped, the token sits beside the files and is not an extra file.
    const folder = join(dir, 'unzipped');
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), data);
    }
    const inFolder = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', folder], { encoding: 'utf8' });
    expect(inFolder.stdout).toMatch(/trusted timestamp: \S+ by Reinstate Test TSA/);
    expect(inFolder.status).toBe(0);
    // The README's own `openssl ts -verify` line, run as written in the unzipped folder with the authority's CA.
    const readmeCommand = /^openssl ts -verify .+$/m.exec(readFileSync('README.md', 'utf8'))?.[0];
    expect(readmeCommand, 'README shows the openssl ts -verify command').toBeDefined();
    writeFileSync(join(folder, 'tsa-ca.pem'), readFileSync(join(dir, 'ca.pem')));
    const asDocumented = spawnSync('sh', ['-c', readmeCommand!], { cwd: folder, encoding: 'utf8' });
    expect(asDocumented.stdout + asDocumented.stderr).toContain('Verification: OK');

    // A token for another manifest, or none where the digest names an authority: INVALID.
    const other = await requestTimestamp(url, 'ab'.repeat(32));
    const order = Object.entries(files).map(([name, data]) => ({ name, data }));
    const swapped = buildZip(order.map((e) => (e.name === 'manifest-timestamp.tst' ? { ...e, data: other } : e)));
    expect(await verify(swapped, { checkTimestamp })).toMatchObject({ status: 'invalid' });
    const dropped = buildZip(order.filter((e) => e.name !== 'manifest-timestamp.tst'));
    expect((await verify(dropped, { checkTimestamp })).problems.join(' ')).toMatch(/manifest-timestamp\.tst is missing/);
    const flipped = files['manifest-timestamp.tst']!.slice();
    flipped[flipped.length - 5]! ^= 1;
    expect((await checkTimestamp(flipped, result.manifestSha256, files['manifest.json']!)).ok).toBe(false);
  }, 60_000);

  it('a response for another request is refused before it reaches a bundle', async () => {
    const sha = 'cd'.repeat(32);
    const first = timestampRequest(sha);
    const response = await fetch(url, { method: 'POST', body: first.der as BodyInit });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(tokenFromResponse(bytes, sha, first.nonce)).toBeInstanceOf(Uint8Array);
    expect(() => tokenFromResponse(bytes, sha, '0102030405060708')).toThrow(/nonce/);
    expect(() => tokenFromResponse(bytes, 'ef'.repeat(32), first.nonce)).toThrow(/another hash/);
    expect(() => tokenFromResponse(new TextEncoder().encode('<html>'), sha, first.nonce)).toThrow(/not an RFC 3161/);
    expect(tsaOriginPattern('https://freetsa.org/tsr')).toBe('https://freetsa.org/*');
    expect(tsaOriginPattern('javascript:alert(1)')).toBeNull();
  });
});

describe('a failing authority stops the export', () => {
  it('with a message, and nothing is saved', async () => {
    globalThis.indexedDB = new IDBFactory();
    const { store } = await seededStore();
    await expect(exportToBytes(store, { timestamp: async () => Promise.reject(new Error('the authority answered HTTP 503')) })).rejects.toThrow(/did not give a timestamp \(the authority answered HTTP 503\)/);
  });
});
