// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone (happy-dom's does not), as a browser's does.
import { describe, expect, it } from 'vitest';
import { Store } from '@/utils/db/store';
import { BLOB_FROM } from '@/utils/db/stores/evidence';
import { PIN_IMAGE_KIND } from '@/utils/db/schema';
import { layOutFromStore, layOutRows, type LayOut } from '@/utils/bundle/lay-out';
import { localHeader } from '@/utils/bundle/zip-writer';
import { crc32 } from '@/utils/bundle/crc32.js';
import { exportToBytes, seededStore, verify } from './helpers';
import { bytesSource, listEntries, readEntry } from '@/utils/bundle/zip-reader.js';
import { sha256Hex } from '@/utils/hash';

const provenance = { browser: 'Chrome 156', extensionVersion: '0.1.0' };
const fileOf = (size: number, seed: number) => new Uint8Array(size).map((_, i) => (i * 31 + seed) & 0xff).buffer as ArrayBuffer;
const unsigned = { unsigned: true, unsignedReason: 'test' } as const;

/** Captures (one with a thumbnail, some stored as Blobs) among many small pin images, in one case. */
async function mixedStore(pins = 40) {
  const store = new Store();
  const c = await store.currentCase('Lay-out case');
  const sizes = [BLOB_FROM + 10, 3000, 250_000];
  const added = [];
  for (const [i, size] of sizes.entries()) {
    added.push(await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: fileOf(size, i), url: 'https://www.pinterest.com/x/', title: `Capture ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i * 10)), ...(i === 1 ? { thumb: { mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, i]).buffer } } : {}) }));
  }
  for (let i = 0; i < pins; i++) {
    // Pin images share a second with each other and with a capture: their names need counters, given in order.
    added.push(await store.addEvidence({ caseId: c.id, kind: PIN_IMAGE_KIND, mime: 'image/jpeg', bytes: fileOf(4000 + i * 37, 100 + i), url: 'https://i.pinimg.com/236x/a.jpg', title: `Pin ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, 5 + Math.floor(i / 8))) }));
  }
  return { store, caseId: c.id, added };
}

/** The page's lay-out with its batch handed back as a Blob, as a Worker's file on disk is. */
const asFile = (layOut: LayOut): LayOut => async (job) => {
  const laid = await layOut(job);
  return { ...laid, data: new Blob([laid.data as Uint8Array<ArrayBuffer>]) };
};

describe('evidence laid out in batches (the Workers\' path)', { timeout: 60_000 }, () => {
  it('gives the same ZIP byte for byte as the page\'s own path, with bytes or with a file per batch, and verifies INTACT', async () => {
    const { store } = await mixedStore();
    const page = await exportToBytes(store, unsigned);
    const laid = await exportToBytes(store, { ...unsigned, layOut: layOutFromStore(store) });
    const fromFile = await exportToBytes(store, { ...unsigned, layOut: asFile(layOutFromStore(store)) });
    expect(page.result.problems).toEqual([]);
    expect(laid.result.problems).toEqual([]);
    expect(laid.result.files).toBe(page.result.files);
    expect(await sha256Hex(laid.bytes)).toBe(await sha256Hex(page.bytes));
    expect(await sha256Hex(fromFile.bytes)).toBe(await sha256Hex(page.bytes));
    // The small files go as a few pieces, not one write each: 2 stored Blobs by reference plus the batch's runs.
    expect(fromFile.blobs).toBeLessThan(10);
    expect((await verify(laid.bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('rows written before CRCs were stored (or with a damaged one) get the CRC from their bytes: the same ZIP', async () => {
    const { store, added } = await mixedStore(10);
    const before = await exportToBytes(store, { ...unsigned, layOut: layOutFromStore(store) });
    const db = await store.db();
    for (const [i, r] of added.entries()) {
      const row = (await db.get('evidenceBytes', r.id))!;
      await db.put('evidenceBytes', i % 2 ? { id: r.id, bytes: row.bytes } : { ...row, crc32: -5 });
    }
    const after = await exportToBytes(store, { ...unsigned, layOut: layOutFromStore(store) });
    expect(after.result.problems).toEqual([]);
    expect(await sha256Hex(after.bytes)).toBe(await sha256Hex(before.bytes));
  });

  it('a small file that changed since capture is written as it is now, its CRC from its bytes, and named; the bundle is what the page\'s path makes', async () => {
    const { store, added } = await mixedStore(12);
    const pin = added[7]!;
    const db = await store.db();
    const changed = new Uint8Array(fileOf(pin.size, 100 + 4));
    changed[10] ^= 0xff;
    const row = (await db.get('evidenceBytes', pin.id))!;
    await db.put('evidenceBytes', { ...row, bytes: changed.buffer }); // its stored CRC is the old bytes'
    const page = await exportToBytes(store, unsigned);
    const laid = await exportToBytes(store, { ...unsigned, layOut: layOutFromStore(store) });
    expect(laid.result.problems).toEqual([expect.stringMatching(/^evidence\/20250502T090005Z-thumbnail-i-pinimg-com(-\d+)?\.jpg no longer matches the SHA-256 recorded at capture\.$/)]);
    expect(laid.result.problems).toEqual(page.result.problems);
    expect(await sha256Hex(laid.bytes)).toBe(await sha256Hex(page.bytes));
    // Every CRC in the bundle is right (a reader would refuse a wrong one), so the check finds nothing else.
    expect((await verify(laid.bytes, { allowUnsigned: true })).status).toBe('intact');
    const source = bytesSource(laid.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(await readEntry(source, (await listEntries(source)).find((e) => e.name === 'manifest.json')!)));
    expect(manifest.files.find((f: { sha256: string }) => f.sha256 === pin.sha256)).toBeUndefined();
  });

  it('a missing or damaged file is named and left out; every other file of its batch is written', async () => {
    const { store, added } = await mixedStore(12);
    const db = await store.db();
    await db.delete('evidenceBytes', added[5]!.id);
    await db.put('evidenceBytes', { id: added[9]!.id, bytes: 'not bytes' } as never);
    const laid = await exportToBytes(store, { ...unsigned, layOut: layOutFromStore(store) });
    expect(laid.result.problems).toHaveLength(2);
    expect(laid.result.problems.join('\n')).toContain(added[5]!.id);
    expect(laid.result.problems.join('\n')).toContain(added[9]!.id);
    const entries = await listEntries(bytesSource(laid.bytes));
    expect(entries.filter((e) => e.name.startsWith('evidence/'))).toHaveLength(added.length - 2);
    expect((await verify(laid.bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('a stored Blob that cannot be read is named for itself alone', async () => {
    const { store, added } = await mixedStore(4);
    const unreadable = { id: added[0]!.id, bytes: new Blob([new Uint8Array(10)]) };
    const layOut: LayOut = async (job) => {
      const laid = await layOutFromStore(store)(job);
      return job.items.some((i) => i.id === unreadable.id) ? laidWithFailure(laid, job.items.findIndex((i) => i.id === unreadable.id), store, job) : laid;
    };
    const out = await exportToBytes(store, { ...unsigned, layOut });
    expect(out.result.problems).toEqual([expect.stringContaining(`evidence ${unreadable.id} could not be read`)]);
    expect((await verify(out.bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('with the JSON and CSV hashed by the caller from their chunks (WebCrypto), the same ZIP as hashed in JavaScript as they are made', async () => {
    const { store } = await seededStore();
    const seen: number[] = [];
    const hashChunks = async (chunks: readonly Uint8Array[]) => {
      const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) (whole.set(c, at), (at += c.length));
      seen.push(whole.length);
      return sha256Hex(whole);
    };
    const page = await exportToBytes(store, unsigned);
    const native = await exportToBytes(store, { ...unsigned, hashChunks, layOut: layOutFromStore(store) });
    // evidence.json, the inventory's JSON and its CSV.
    expect(seen).toHaveLength(3);
    expect(await sha256Hex(native.bytes)).toBe(await sha256Hex(page.bytes));
    expect((await verify(native.bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('lays out each entry as the header the writer makes followed by the bytes, end to end', async () => {
    const a = new Uint8Array(fileOf(500, 1));
    const b = new Uint8Array(fileOf(700, 2));
    const items = [
      { id: 'a', name: 'evidence/a.png', mtime: Date.UTC(2025, 0, 2, 3, 4, 6), sha256: await sha256Hex(a) },
      { id: 'gone', name: 'evidence/gone.png', mtime: NaN, sha256: '0'.repeat(64) },
      { id: 'b', name: 'evidence/b.png', mtime: NaN, sha256: await sha256Hex(b) },
    ];
    const out = await layOutRows(items, [{ bytes: a.buffer, crc32: crc32(a) }, undefined, { bytes: b.buffer }]);
    const ha = localHeader('evidence/a.png', 500, crc32(a), new Date(items[0]!.mtime));
    const hb = localHeader('evidence/b.png', 700, crc32(b));
    expect(out.data.length).toBe(ha.length + 500 + hb.length + 700);
    expect(out.items[0]).toEqual({ laid: true, sha256: items[0]!.sha256, crc: crc32(a), size: 500, start: 0, end: ha.length + 500 });
    expect(out.items[1]).toEqual({ failed: 'The file of evidence gone is missing or damaged.' });
    expect(out.items[2]).toMatchObject({ laid: true, crc: crc32(b), start: ha.length + 500, end: out.data.length });
    expect(out.data.subarray(0, ha.length)).toEqual(ha);
    expect(out.data.subarray(ha.length, ha.length + 500)).toEqual(a);
    expect(out.data.subarray(ha.length + 500, ha.length + 500 + hb.length)).toEqual(hb);
  });
});

/** The batch as a Worker gives it when one Blob's file is gone: that item failed, the rest laid out as before. */
async function laidWithFailure(_laid: Awaited<ReturnType<LayOut>>, index: number, store: Store, job: Parameters<LayOut>[0]) {
  const rows = (await store.getEvidenceWithBytesMany(job.items.map((i) => i.id))).map((r, i) => (r instanceof Error ? undefined : i === index ? { bytes: { arrayBuffer: () => Promise.reject(new Error('file gone')), [Symbol.toStringTag]: 'Blob' } } : { bytes: r.bytes, crc32: r.crc32 }));
  return layOutRows(job.items, rows);
}
