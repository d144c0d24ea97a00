// @vitest-environment node
// ZIP64 at full size: one entry over 4 GB, streamed from a generator of
// zeros through the bundle's ZIP writer to disk, then checked by the same
// verifier as `node verify.mjs` (streamed, CRC and SHA-256), with the key.
// BENCH_QUICK=1 writes 256 MB instead (a few seconds, for CI).
import { createHash, webcrypto } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { main } from '@/utils/bundle/cli.js';
import { canonicalJson } from '@/utils/bundle/export';
import { createSigningKey, keyFingerprint, signBytes } from '@/utils/bundle/signing';
import { BUNDLE_FORMAT, DIGEST, MANIFEST } from '@/utils/bundle/verify-core.js';
import { ZipWriter } from '@/utils/bundle/zip-writer';
import { sha256Hex } from '@/utils/hash';
import { figure, heading } from './report';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZE = QUICK ? 256 * 1024 * 1024 : 4 * 1024 * 1024 * 1024 + 64 * 1024 * 1024;
const CHUNK = 8 * 1024 * 1024;

async function* zeros(size: number) {
  const chunk = new Uint8Array(CHUNK);
  for (let done = 0; done < size; done += CHUNK) yield done + CHUNK <= size ? chunk : chunk.subarray(0, size - done);
}

it('bench:zip64', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reinstate-zip64-'));
  const path = join(dir, 'big.zip');
  let peak = 0;
  const base = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  try {
    const key = await createSigningKey();
    const hash = createHash('sha256');
    for await (const c of zeros(SIZE)) hash.update(c);
    const sha256 = hash.digest('hex');

    const fd = openSync(path, 'w');
    const t0 = performance.now();
    const zip = new ZipWriter((chunk) => {
      writeSync(fd, chunk);
      sample();
    });
    const name = 'evidence/20250502T091500Z-fullpage-zeros.bin';
    await zip.addStream(name, SIZE, () => zeros(SIZE), new Date('2025-05-02T09:15:00Z'));
    const manifest = canonicalJson({ format: BUNDLE_FORMAT, version: 1, generator: 'bench', caseIds: ['case_bench'], files: [{ path: name, size: SIZE, sha256, kind: 'fullpage' }] });
    const manifestBytes = new TextEncoder().encode(manifest);
    await zip.add(MANIFEST, manifestBytes);
    const digest = { manifestSha256: await sha256Hex(manifestBytes), exportedAt: new Date().toISOString(), generator: 'bench', signature: await signBytes(key.privateKey, manifestBytes), publicKey: key.publicKey, publicKeyId: key.id };
    await zip.add(DIGEST, new TextEncoder().encode(canonicalJson(digest)));
    await zip.end();
    closeSync(fd);
    const writeSeconds = (performance.now() - t0) / 1000;
    const writePeak = peak;

    peak = 0;
    const fingerprint = await keyFingerprint(key.publicKey, sha256Hex);
    let out = '';
    const t1 = performance.now();
    const timer = setInterval(sample, 200);
    const code = await main([path, '--json', '--key', fingerprint], { out: (s) => (out += s), err: (s) => (out += s) });
    clearInterval(timer);
    const verifySeconds = (performance.now() - t1) / 1000;
    const verdict = JSON.parse(out);
    const mb = statSync(path).size / 1024 / 1024;
    void webcrypto;
    heading(`ZIP64: one entry of ${(SIZE / 1024 / 1024).toFixed(0)} MB from a generator of zeros${QUICK ? ' (quick)' : ''}`);
    figure('write (CRC pass + write pass)', `${(mb / writeSeconds).toFixed(0)} MB/s (${writeSeconds.toFixed(1)} s), peak RSS above start ${((writePeak - base) / 1024 / 1024).toFixed(0)} MB`);
    figure('verify (streamed, CRC + SHA-256, like verify.mjs)', `${(mb / verifySeconds).toFixed(0)} MB/s (${verifySeconds.toFixed(1)} s), peak RSS above start ${((peak - base) / 1024 / 1024).toFixed(0)} MB`);
    figure('verdict', `${verdict.status}, exit code ${code}, key ${verdict.keyMatch}`);
    if (code !== 0) throw new Error(`The ZIP64 bundle did not verify: ${out.slice(0, 400)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
