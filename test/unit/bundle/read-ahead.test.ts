import { describe, expect, it } from 'vitest';
import { exportBundle } from '@/utils/bundle/export';
import { fileSource, readAhead } from '@/utils/bundle/import';
import { listEntries } from '@/utils/bundle/zip-reader.js';
import type { Store } from '@/utils/db/store';
import { exportToBytes, seededStore, verify } from './helpers';
import { bytesSource } from '@/utils/bundle/zip-reader.js';
import { browserHashEntry } from '@/utils/bundle/import';

/** A source that counts how often the underlying bytes are read. */
function counted(bytes: Uint8Array) {
  const inner = bytesSource(bytes);
  const stats = { reads: 0 };
  return { stats, source: { size: inner.size, read: (offset: number, length: number) => (stats.reads++, inner.read(offset, length)) } };
}

describe('reading a bundle ahead', () => {
  it('answers every read as the source would, small reads from its window, large ones straight through', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 13) % 251);
    const { source, stats } = counted(bytes);
    const ahead = readAhead(source, 1024);
    const reads: [number, number][] = [[0, 30], [30, 12], [42, 400], [1000, 100], [5000, 900], [9990, 50], [200, 3000], [9995, 5]];
    for (const [offset, length] of reads) expect(await ahead.read(offset, length)).toEqual(bytes.subarray(offset, Math.min(offset + length, bytes.length)));
    // [0,30] fills the window, [30,12] and [42,400] come from it; [1000,100] straddles it (a new window);
    // [5000,900] and [200,3000] are over half a window (straight through); [9990,50] a new window, [9995,5] inside it.
    expect(stats.reads).toBe(5);
  });

  it('answers reads that overlap in time with their own bytes, sharing one read of the window', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 7) % 253);
    const inner = bytesSource(bytes);
    let reads = 0;
    // A slow source: each read resolves later than the calls that follow it start.
    const slow = { size: inner.size, read: async (offset: number, length: number) => (reads++, await new Promise((r) => setTimeout(r, 5)), inner.read(offset, length)) };
    const ahead = readAhead(slow, 1024);
    const asked: [number, number][] = [[0, 30], [30, 100], [2000, 40], [130, 10], [2040, 300], [9990, 50]];
    const answers = await Promise.all(asked.map(([offset, length]) => ahead.read(offset, length)));
    answers.forEach((answer, i) => expect(answer).toEqual(bytes.subarray(asked[i]![0], Math.min(asked[i]![0] + asked[i]![1], bytes.length))));
    // [0,30] claims a window that [30,100] shares; [2000,40] a new one; [130,10] refills the first; [2040,300] again; [9990,50].
    expect(reads).toBe(5);
  });

  it('verifies a bundle with the same verdict and a few reads instead of three per entry', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const plain = await verify(bytes);
    const { source, stats } = counted(bytes);
    const { verifyBundle } = await import('@/utils/bundle/verify.js');
    const { sha256Hex } = await import('@/utils/hash');
    const ahead = await verifyBundle(readAhead(source), { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry }, {});
    expect(ahead).toEqual(plain);
    expect(ahead.status).toBe('intact');
    const entries = (await listEntries(bytesSource(bytes))).length;
    expect(entries).toBeGreaterThan(15);
    // listEntries reads the end records and the directory; then every entry comes from one window.
    expect(stats.reads).toBeLessThan(8);
  });

  it('reads a Blob through the window (the bundle page reads files this way)', async () => {
    const bytes = new Uint8Array(3000).map((_, i) => i % 256);
    const source = fileSource(new Blob([bytes]));
    expect(await source.read(2990, 20)).toEqual(bytes.subarray(2990));
    expect(await source.read(5, 10)).toEqual(bytes.subarray(5, 15));
  });
});

describe('export reads evidence in batches', () => {
  it('gives the same bundle as a store that reads one file at a time', async () => {
    const { store } = await seededStore();
    const batched = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    let one = 0;
    // A stand-in without the batch reads or the paged scan: the exporter falls back to listing and one read per file.
    const batchOnly = ['getEvidenceBytesMany', 'getEvidenceWithBytesMany', 'scanEvidence'];
    const single = new Proxy(store, { get: (target, name) => (batchOnly.includes(name as string) ? undefined : name === 'getEvidenceBytes' ? (id: string) => (one++, target.getEvidenceBytes(id)) : Reflect.get(target, name, target)) }) as Store;
    const chunks: Uint8Array[] = [];
    const result = await exportBundle(single, { generator: 'Reinstate test', now: new Date('2025-06-01T00:00:00Z'), unsignedReason: 'test' }, (c) => void chunks.push(c));
    expect(one).toBe(2);
    expect(result.manifestSha256).toBe(batched.result.manifestSha256);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(batched.bytes));
  });

  it('reports a file that went missing and still exports the rest', async () => {
    const { store } = await seededStore();
    const [first] = (await store.listEvidence()).flatMap((l) => (l.ok ? [l.record] : []));
    const db = await store.db();
    await db.delete('evidenceBytes', first!.id);
    const { result, bytes } = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    expect(result.problems.join('\n')).toMatch(new RegExp(`${first!.id} is missing or damaged`));
    expect((await verify(bytes, { allowUnsigned: true })).status).toBe('intact');
  });
});

describe('reading a bundle ahead with the next window prefetched (the bundle page)', () => {
  it('answers any sequence of reads exactly as the source, in order or overlapping in time, across and between windows', async () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i * 31 + (i >> 8)) % 256);
    const inner = bytesSource(bytes);
    let reads = 0;
    const slow = { size: inner.size, read: async (offset: number, length: number) => (reads++, await new Promise((r) => setTimeout(r, 1)), inner.read(offset, length)) };
    const ahead = readAhead(slow, 1024, true);
    // In order, the way a verifier walks entries: every read answered, windows fetched one ahead.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const asked: [number, number][] = [];
    for (let at = 0; at < bytes.length; ) {
      const length = Math.floor(random() * 700);
      asked.push([at, length]);
      at += length + Math.floor(random() * 3);
    }
    for (const [offset, length] of asked) expect(await ahead.read(offset, length)).toEqual(bytes.subarray(offset, Math.min(offset + length, bytes.length)));
    // About one read per window, not one per request (straddling reads are joined from the two windows).
    expect(reads).toBeLessThan(Math.ceil(bytes.length / 1024) + 3);
    // Side by side and out of order, past the end, and over half a window.
    const mixed: [number, number][] = [[5, 10], [19_990, 50], [3000, 900], [1020, 10], [20_000, 5], [1000, 1024], [0, 0]];
    const answers = await Promise.all(mixed.map(([offset, length]) => ahead.read(offset, length)));
    answers.forEach((answer, i) => expect(answer).toEqual(bytes.subarray(mixed[i]![0], Math.min(mixed[i]![0] + mixed[i]![1], bytes.length))));
  });

  it('never joins a window that came back short with the next one', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => i % 256);
    const inner = bytesSource(bytes);
    // The first window comes back 10 bytes short, as if the file had changed.
    let first = true;
    const short = { size: inner.size, read: async (offset: number, length: number) => (first ? ((first = false), inner.read(offset, length - 10)) : inner.read(offset, length)) };
    const ahead = readAhead(short, 1024, true);
    await ahead.read(0, 10);
    expect(await ahead.read(1000, 50)).toEqual(bytes.subarray(1000, 1050));
  });
});
