// @vitest-environment node
// RFC 3161 against a local authority: `openssl ts -reply` behind a tiny HTTP server on 127.0.0.1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTimestamp } from '@/utils/bundle/timestamp-check.js';
import { requestTimestamp, timestampRequest, tokenFromResponse, tsaOriginPattern } from '@/utils/bundle/timestamp';
import { buildZip } from '../../security/hostile-bundles.mjs';
import { exportToBytes, seededStore, verify } from './helpers';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const CONFIG = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Reinstate Test TSA
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = DIR
serial = DIR/serial
crypto_device = builtin
signer_cert = DIR/tsa.pem
certs = DIR/tsa.pem
signer_key = DIR/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_alg = sha256
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
`;

let dir = '';
let server: Server;
let url = '';
let requests: Buffer[] = [];

beforeAll(async () => {
  if (!hasOpenssl) return;
  dir = mkdtempSync(join(tmpdir(), 'reinstate-tsa-'));
  writeFileSync(join(dir, 'tsa.cnf'), CONFIG.replaceAll('DIR', dir));
  writeFileSync(join(dir, 'serial'), '01\n');
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Reinstate Test Root');
  ssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-config', 'tsa.cnf');
  ssl('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.pem', '-days', '2', '-extfile', 'tsa.cnf', '-extensions', 'tsa_ext');
  server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      const query = Buffer.concat(body);
      requests.push(query);
      writeFileSync(join(dir, 'q.tsq'), query);
      const out = spawnSync('openssl', ['ts', '-reply', '-queryfile', 'q.tsq', '-config', 'tsa.cnf', '-out', 'r.tsr'], { cwd: dir });
      if (out.status !== 0) return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(join(dir, 'r.tsr')));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/tsa`;
});
afterAll(() => server?.close());

describe.skipIf(!hasOpenssl)('RFC 3161 timestamps (opt-in)', () => {
  it('only the manifest hash and a nonce are sent; the token goes into the bundle and checks out offline, also with openssl ts -verify', async () => {
    globalThis.indexedDB = new IDBFactory();
    requests = [];
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store, { timestamp: async (sha) => ({ tsa: url, token: await requestTimestamp(url, sha) }) });
    expect(requests).toHaveLength(1);
    writeFileSync(join(dir, 'sent.tsq'), requests[0]!);
    const query = execFileSync('openssl', ['ts', '-query', '-in', join(dir, 'sent.tsq'), '-text']).toString();
    expect(query.replace(/[\s:-]/g, '').toLowerCase()).toContain(result.manifestSha256.slice(0, 32));
    expect(requests[0]!.length).toBeLessThan(120);

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
