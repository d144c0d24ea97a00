// @vitest-environment node
import { createHash, webcrypto } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { exportBundle } from '@/utils/bundle/export';
import { createSigningKey, keyFingerprint, signBytes } from '@/utils/bundle/signing';
import { verifyBundle } from '@/utils/bundle/verify.js';
import { nodeHashers } from '@/utils/bundle/cli.js';
import { figure, heading, QUICK, size } from './report';
import { benchProvenance, benchStore } from './store';

const TOTAL_MB = size('BENCH_BUNDLE_MB', 1024, 8);
const FILES = size('BENCH_BUNDLE_FILES', 8, 4);
const PINS = size('BENCH_BUNDLE_PINS', 50_000, 500);

it('bench:bundle', async () => {
  const fileBytes = Math.floor((TOTAL_MB * 1024 * 1024) / FILES);
  // The real store, seeded through its own methods: a case, its captures, an inventory run with its pins.
  const store = benchStore();
  const seed0 = performance.now();
  const c = await store.addCase({ title: 'Benchmark case', region: 'eu' });
  for (let i = 0; i < FILES; i++) {
    await store.addEvidence({ caseId: c.id, kind: 'mhtml', mime: 'multipart/related', bytes: new Uint8Array(fileBytes).fill(i + 1).buffer, url: 'https://www.pinterest.com/', title: 't', provenance: benchProvenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)) });
  }
  const state = { id: 'inv_bench', username: 'maya', status: 'done' as const, boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: PINS, requests: Math.ceil(PINS / 25) }, startedAt: '2025-04-30T10:00:00.000Z', updatedAt: '2025-04-30T10:00:00.000Z' };
  await store.startInventory(c.id, state);
  for (let from = 0; from < PINS; from += 1000) {
    const pins = Array.from({ length: Math.min(1000, PINS - from) }, (_, k) => ({ id: String(1e15 + from + k), title: `Pin ${from + k}`, description: 'x'.repeat(60), link: '', imageOriginal: `https://i.pinimg.com/originals/${from + k}.jpg`, imageSmall: '', boardId: 'b1', sectionId: '', createdAt: '', pinner: 'maya', source: 'bench' }));
    await store.saveInventoryBatch({ state, boards: from ? [] : [{ id: 'b1', name: 'Board', url: '/maya/b/', privacy: 'public', pinCount: PINS, sectionCount: 0, archived: false }], pins });
  }
  const seedSeconds = (performance.now() - seed0) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'reinstate-bench-'));
  const path = join(dir, 'bundle.zip');
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  // After seeding: fake-indexeddb holds the case in memory, which is not the export's own cost.
  const base = process.memoryUsage().rss;

  // Signed as the extension signs (Node has WebCrypto), so verify checks the signature too.
  const key = await createSigningKey();
  const sign = async (manifestBytes: Uint8Array) => ({ signature: await signBytes(key.privateKey, manifestBytes), publicKey: key.publicKey, publicKeyId: key.id });
  const fingerprint = await keyFingerprint(key.publicKey, async (b) => createHash('sha256').update(b).digest('hex'));
  const fd = openSync(path, 'w');
  const t0 = performance.now();
  const result = await exportBundle(store, { generator: 'bench', onProgress: sample, sign, keyFingerprint: fingerprint }, (chunk) => {
    writeSync(fd, chunk);
    sample();
  });
  closeSync(fd);
  const exportSeconds = (performance.now() - t0) / 1000;
  const exportPeak = peak;

  peak = 0;
  const rfd = openSync(path, 'r');
  const source = {
    size: statSync(path).size,
    read: async (offset: number, length: number) => {
      const buffer = new Uint8Array(length);
      const n = readSync(rfd, buffer, 0, length, offset);
      sample();
      return buffer.subarray(0, n);
    },
  };
  const t1 = performance.now();
  const verdict = await verifyBundle(source, {
    subtle: webcrypto.subtle as SubtleCrypto,
    sha256Hex: async (b) => createHash('sha256').update(b).digest('hex'),
    ...nodeHashers,
  }, { expectedKey: fingerprint });
  const verifySeconds = (performance.now() - t1) / 1000;
  closeSync(rfd);
  const mb = statSync(path).size / 1024 / 1024;
  rmSync(dir, { recursive: true, force: true });

  heading(`Evidence bundle${QUICK ? ' (quick)' : ''}: ${FILES} files of ${(fileBytes / 1024 / 1024).toFixed(0)} MB and ${PINS} pins (${mb.toFixed(0)} MB bundle), real Store over fake-indexeddb`);
  figure('seeding through the store', `${seedSeconds.toFixed(1)} s`);
  figure('export throughput', `${(mb / exportSeconds).toFixed(0)} MB/s (${exportSeconds.toFixed(1)} s)`);
  figure('verify throughput (windowed scan, as the CLI)', `${(mb / verifySeconds).toFixed(0)} MB/s (${verifySeconds.toFixed(1)} s)`);
  figure('export peak RSS above start', `${((exportPeak - base) / 1024 / 1024).toFixed(0)} MB (largest file ${(fileBytes / 1024 / 1024).toFixed(0)} MB; goal < 2×)`);
  figure('verify peak RSS above start', `${((peak - base) / 1024 / 1024).toFixed(0)} MB`);
  figure('verdict', verdict.intact ? `intact (${result.files} files)` : `NOT intact: ${JSON.stringify(verdict).slice(0, 200)}`);
  // A bundle that does not verify means the bench (or the code) is broken: fail, so CI notices.
  if (!verdict.intact || result.problems.length) throw new Error(`bench:bundle: ${JSON.stringify({ intact: verdict.intact, problems: result.problems })}`);
});
