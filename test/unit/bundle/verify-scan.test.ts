// The sequential verify scan (zip-reader's scanEntries and checkWindow, the
// Worker pool in verify-in-workers.ts) must settle every entry exactly as the
// random-access reader does: same bytes, same error and kind, whatever the
// window size and wherever a window cuts the file.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '@/utils/bundle/verify.js';
import { scanInWorkers } from '@/utils/bundle/verify-in-workers';
import { browserHashEntry } from '@/utils/bundle/import';
import { crc32 } from '@/utils/bundle/crc32.js';
import { BundleFormatError, bytesSource, checkEntry, listEntries, readEntry, scanEntries, type RandomAccessSource, type ZipEntry } from '@/utils/bundle/zip-reader.js';
import { sha256Hex } from '@/utils/hash';
import { buildZip, hostileBundles } from '../../security/hostile-bundles.mjs';
import { exportToBytes, seededStore, verify, verifyOneByOne } from './helpers';

const bytesOf = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (i * 31 + seed * 7) % 251);
const u32 = (n: number) => new Uint8Array(new Uint32Array([n]).buffer);
const u64 = (n: number) => new Uint8Array(new BigUint64Array([BigInt(n)]).buffer);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
};

/** Stored files of many sizes, an empty one, a folder, a deflated file, entries with data descriptors (signed and not) and with ZIP64 local sizes. */
function mixedZip(): Uint8Array {
  const entries: Record<string, unknown>[] = [];
  [0, 1, 30, 100, 999, 4096, 5000, 20_000, 70_000].forEach((n, i) => entries.push({ name: `files/f${i}.bin`, data: bytesOf(n, i) }));
  entries.push({ name: 'folder/', data: new Uint8Array(0) });
  const plain = bytesOf(30_000, 99);
  entries.push({ name: 'deflated.txt', data: new Uint8Array(deflateRawSync(plain)), method: 8, size: plain.length, crc: crc32(plain) });
  for (const [i, signed] of [[0, true], [1, false]] as const) {
    const data = bytesOf(3000 + i, 50 + i);
    const descriptor = join(signed ? u32(0x08074b50) : new Uint8Array(0), u32(crc32(data)), u32(data.length), u32(data.length));
    entries.push({ name: `descriptor-${i}.bin`, data, flags: 0x0808, localCrc: 0, localSize: 0, localCompressedSize: 0, gapAfter: descriptor });
  }
  const wide = bytesOf(2500, 77);
  const zip64Block = join(new Uint8Array([1, 0, 16, 0]), u64(wide.length), u64(wide.length));
  entries.push({ name: 'zip64-local.bin', data: wide, localSize: 0xffffffff, localCompressedSize: 0xffffffff, localExtra: zip64Block });
  return buildZip(entries);
}

/** An entry's bytes by length and SHA-256 (comparing 100 kB arrays element by element would be most of the test's time). */
type Settled = { bytes?: string; error?: { message: string; kind?: string }; header?: true };
const fingerprint = (bytes: Uint8Array) => `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
const describeError = (e: unknown) => ({ message: (e as Error).message, ...(e instanceof BundleFormatError ? { kind: e.kind } : {}) });

/** Each entry as the random-access reader settles it. */
async function oneByOne(source: RandomAccessSource, entries: ZipEntry[]): Promise<Map<string, Settled>> {
  const out = new Map<string, Settled>();
  for (const e of entries) {
    try {
      if (e.name.endsWith('/')) out.set(e.name, (await checkEntry(source, e), { header: true }));
      else out.set(e.name, { bytes: fingerprint(await readEntry(source, e)) });
    } catch (error) {
      out.set(e.name, { error: describeError(error) });
    }
  }
  return out;
}

/** Each entry as scanEntries settles it (falling back to readEntry where it says so), and how many reads it made. */
async function scanned(bytes: Uint8Array, entries: ZipEntry[], window: number) {
  const inner = bytesSource(bytes);
  const reads: number[] = [];
  const source = { size: inner.size, read: (o: number, l: number) => (reads.push(l), inner.read(o, l)) };
  const out = new Map<string, Settled>();
  await scanEntries(
    source,
    entries,
    {
      want: (e) => (e.name.endsWith('/') ? 'header' : 'data'),
      onData: async (e, data) => {
        try {
          out.set(e.name, { bytes: fingerprint(data ?? (await readEntry(source, e))) });
        } catch (error) {
          out.set(e.name, { error: describeError(error) });
        }
      },
      onError: (e, error) => out.set(e.name, { error: describeError(error) }),
    },
    window,
  );
  // A folder whose header is good is not reported: it counts as checked.
  for (const e of entries) if (!out.has(e.name) && e.name.endsWith('/')) out.set(e.name, { header: true });
  return { out, reads };
}

describe('the sequential scan', () => {
  it('gives every entry the bytes readEntry gives, for windows that cut entries anywhere (descriptors, ZIP64 local sizes, deflate, a folder)', async () => {
    const zip = mixedZip();
    const entries = await listEntries(bytesSource(zip));
    expect(entries.length).toBe(14);
    const expected = await oneByOne(bytesSource(zip), entries);
    expect([...expected.values()].every((s) => !s.error)).toBe(true);
    for (const window of [40, 97, 1000, 4096, 65_536, 1 << 20]) {
      const { out, reads } = await scanned(zip, entries, window);
      expect(out, `window ${window}`).toEqual(expected);
      // No read is larger than the window unless one entry is (then it is read on its own).
      const largestEntry = Math.max(...entries.map((e) => e.next - e.localOffset));
      expect(Math.max(...reads)).toBeLessThanOrEqual(Math.max(window, largestEntry));
    }
    // With a window larger than the file: one read for every entry, not three per entry.
    expect((await scanned(zip, entries, 1 << 20)).reads.length).toBe(1 + 3); // the window, then readEntry for the deflated entry (header, name, data)
  });

  it('settles every entry like the random-access reader after any single byte flip of the headers, data and descriptors', async () => {
    const zip = mixedZip();
    const entries = await listEntries(bytesSource(zip));
    const cdOffset = Math.max(...entries.map((e) => e.next));
    let compared = 0;
    let broken = 0;
    for (let at = 0; at < cdOffset; at += at < 200 ? 1 : 37) {
      const flipped = zip.slice();
      flipped[at]! ^= 0x5a;
      let list: ZipEntry[];
      try {
        list = await listEntries(bytesSource(flipped));
      } catch {
        continue; // the directory itself refused it: nothing for the scan to do
      }
      const expected = await oneByOne(bytesSource(flipped), list);
      for (const window of [97, 5000]) {
        expect((await scanned(flipped, list, window)).out, `flip at ${at}, window ${window}`).toEqual(expected);
        compared++;
      }
      if ([...expected.values()].some((s) => s.error)) broken++;
    }
    expect(compared).toBeGreaterThan(300);
    expect(broken).toBeGreaterThan(100); // the flips did break entries, so errors were compared, not only bytes
    // Thousands of flips, each read twice: 3 s on a quiet machine, 8–30 s on a loaded one (the default 5 s failed there).
  }, 120_000);
});

describe('verdicts through the scan', () => {
  it('the scan, the Worker pool (doing its windows on the page here) and the one-by-one reader give the same verdict for the good bundle and every hostile one', async () => {
    const { store } = await seededStore();
    const { bytes: good } = await exportToBytes(store);
    // The recipient's view: they hold the sender's fingerprint (without it, a bundle re-signed by a forger is INTACT under the forger's key).
    const options = { expectedKey: (await verify(good)).fingerprint! };
    const pooled = (bytes: Uint8Array) => verifyBundle(bytesSource(bytes), { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry, scan: scanInWorkers(new Blob([bytes as Uint8Array<ArrayBuffer>]), 0) }, options);
    const bundles = [{ name: 'good', bytes: good }, ...(await hostileBundles(good))];
    expect(bundles.length).toBeGreaterThan(40);
    for (const b of bundles) {
      const plain = await verifyOneByOne(b.bytes, options);
      expect(await verify(b.bytes, options), b.name).toEqual(plain);
      expect(await pooled(b.bytes), b.name).toEqual(plain);
      if (b.name !== 'good') expect(plain.status, b.name).not.toBe('intact');
    }
  });

  it('a damaged manifest gives its verdict at once, and an aborted scan stops between windows', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const entries = await listEntries(bytesSource(bytes));
    const manifest = entries.find((e) => e.name === 'manifest.json')!;
    const broken = bytes.slice();
    broken[manifest.next - 1]! ^= 0xff; // the manifest's last byte: its CRC no longer matches
    const v = await verify(broken);
    expect(v.status).toBe('unreadable');
    expect(v.problems.join(' ')).toMatch(/manifest\.json is damaged/);

    // verify.js aborts the scan it started when the manifest fails; the scan checks the signal before each window.
    const stop = new AbortController();
    const seen: string[] = [];
    await scanEntries(
      bytesSource(bytes),
      entries,
      { want: () => 'data', onData: (e) => void (seen.push(e.name), stop.abort()), onError: () => undefined, signal: stop.signal },
      64,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(entries.length / 2);
  });
});
