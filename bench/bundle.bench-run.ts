// @vitest-environment node
import { createHash, webcrypto } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { exportBundle } from '@/utils/bundle/export';
import { verifyBundle } from '@/utils/bundle/verify.js';
import { streamEntry } from '@/utils/bundle/zip-reader.js';
import type { EvidenceRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { figure, heading } from './report';

const TOTAL_MB = Number(process.env.BENCH_BUNDLE_MB ?? 1024);
const FILES = Number(process.env.BENCH_BUNDLE_FILES ?? 8);

/** A store stand-in that makes each file when asked, so the case never sits in memory whole. */
function syntheticStore(fileBytes: number, records: EvidenceRecord[]): Store {
  return {
    listCases: async () => [{ ok: true, record: { id: 'case_bench', title: 'Benchmark case', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '2025-05-01T00:00:00.000Z' } }],
    listNotices: async () => [],
    listLetters: async () => [],
    listCorrespondence: async () => [],
    listLog: async () => [],
    listEvidence: async () => records.map((record) => ({ ok: true, record })),
    getEvidenceBytes: async (id: string) => {
      const i = records.findIndex((r) => r.id === id);
      const bytes = new Uint8Array(fileBytes).fill(i + 1);
      return bytes.buffer;
    },
  } as unknown as Store;
}

it('bench:bundle', async () => {
  const fileBytes = Math.floor((TOTAL_MB * 1024 * 1024) / FILES);
  const records: EvidenceRecord[] = [];
  for (let i = 0; i < FILES; i++) {
    const sha256 = createHash('sha256').update(new Uint8Array(fileBytes).fill(i + 1)).digest('hex');
    records.push({ id: `ev_${i}`, caseId: 'case_bench', kind: 'mhtml', mime: 'multipart/related', size: fileBytes, sha256, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)).toISOString(), timeZone: 'UTC', url: 'https://www.pinterest.com/', title: 't', provenance: { browser: 'bench', extensionVersion: '0' } });
  }
  const dir = mkdtempSync(join(tmpdir(), 'reinstate-bench-'));
  const path = join(dir, 'bundle.zip');
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const base = process.memoryUsage().rss;

  const fd = openSync(path, 'w');
  const t0 = performance.now();
  const result = await exportBundle(syntheticStore(fileBytes, records), { generator: 'bench', onProgress: sample }, (chunk) => {
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
    hashEntry: async (src, entry) => {
      const hash = createHash('sha256');
      for await (const chunk of streamEntry(src, entry)) hash.update(chunk);
      return hash.digest('hex');
    },
  });
  const verifySeconds = (performance.now() - t1) / 1000;
  closeSync(rfd);
  const mb = statSync(path).size / 1024 / 1024;
  rmSync(dir, { recursive: true, force: true });

  heading(`Evidence bundle: ${FILES} files of ${(fileBytes / 1024 / 1024).toFixed(0)} MB (${mb.toFixed(0)} MB bundle)`);
  figure('export throughput', `${(mb / exportSeconds).toFixed(0)} MB/s (${exportSeconds.toFixed(1)} s)`);
  figure('verify throughput (streamed, like the CLI)', `${(mb / verifySeconds).toFixed(0)} MB/s (${verifySeconds.toFixed(1)} s)`);
  figure('export peak RSS above start', `${((exportPeak - base) / 1024 / 1024).toFixed(0)} MB (largest file ${(fileBytes / 1024 / 1024).toFixed(0)} MB; goal < 2×)`);
  figure('verify peak RSS above start', `${((peak - base) / 1024 / 1024).toFixed(0)} MB`);
  figure('verdict', verdict.intact ? `intact (${result.files} files)` : `NOT intact: ${JSON.stringify(verdict).slice(0, 200)}`);
});
