// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone (happy-dom's does not), as a browser's does.
import { describe, expect, it } from 'vitest';
import { Store } from '@/utils/db/store';
import { BLOB_FROM, isBlob } from '@/utils/db/stores/evidence';
import { listDamaged } from '@/utils/db/stores/damaged';
import { exportToBytes, verify } from '../bundle/helpers';
import { bytesSource, listEntries, readEntry } from '@/utils/bundle/zip-reader.js';
import { sha256Hex } from '@/utils/hash';

const provenance = { browser: 'Chrome 156', extensionVersion: '0.1.0' };
const fileOf = (size: number, seed: number) => new Uint8Array(size).map((_, i) => (i * 31 + seed) & 0xff).buffer as ArrayBuffer;

async function storeWith(sizes: number[]) {
  const store = new Store();
  const c = await store.currentCase('Blob case');
  const added = [];
  for (const [i, size] of sizes.entries()) {
    added.push(await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: fileOf(size, i), url: 'https://www.pinterest.com/x/', title: `Capture ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)), ...(i === 0 ? { thumb: { mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, i]).buffer } } : {}) }));
  }
  return { store, caseId: c.id, added };
}

describe('evidence bytes stored as Blobs from 64 KiB on', { timeout: 60_000 }, () => {
  it('a large file is kept as a Blob, a small one as an ArrayBuffer; both read back exactly, one by one and in batches', async () => {
    const { store, added } = await storeWith([BLOB_FROM - 1, BLOB_FROM, 300_000]);
    const db = await store.db();
    const rows = await Promise.all(added.map((r) => db.get('evidenceBytes', r.id)));
    expect(rows.map((r) => (isBlob(r!.bytes) ? 'blob' : r!.bytes instanceof ArrayBuffer ? 'buffer' : 'other'))).toEqual(['buffer', 'blob', 'blob']);
    expect((rows[2]!.bytes as Blob).type).toBe('image/png');
    for (const [i, r] of added.entries()) {
      expect(await sha256Hex(await store.getEvidenceBytes(r.id))).toBe(await sha256Hex(fileOf(r.size, i)));
      expect(await store.verifyEvidence(r.id)).toBe(true);
    }
    const many = await store.getEvidenceBytesMany(added.map((r) => r.id));
    expect(many.map((b) => (b instanceof Error ? -1 : b.byteLength))).toEqual(added.map((r) => r.size));
    // The export's read hands a stored Blob over unread.
    const withBytes = await store.getEvidenceWithBytesMany(added.map((r) => r.id));
    expect(withBytes.map((w) => (w instanceof Error ? 'error' : isBlob(w.bytes) ? 'blob' : 'buffer'))).toEqual(['buffer', 'blob', 'blob']);
    expect(await listDamaged(db)).toEqual([]);
  });

  it('an older database whose large files are ArrayBuffers exports the same bundle as one with Blobs (lazy: nothing is rewritten)', async () => {
    const sizes = [BLOB_FROM + 5, 200_000, 1000];
    const withBlobs = await storeWith(sizes);
    const blobBundle = await exportToBytes(withBlobs.store, { unsigned: true, unsignedReason: 'test' });
    // The same records with every file written as before this change: an ArrayBuffer.
    const db = await withBlobs.store.db();
    for (const [i, r] of withBlobs.added.entries()) await db.put('evidenceBytes', { id: r.id, bytes: fileOf(sizes[i]!, i) });
    expect((await Promise.all(withBlobs.added.map((r) => db.get('evidenceBytes', r.id)))).every((r) => r!.bytes instanceof ArrayBuffer)).toBe(true);
    const bufferBundle = await exportToBytes(withBlobs.store, { unsigned: true, unsignedReason: 'test' });
    expect(blobBundle.result.problems).toEqual([]);
    // Byte for byte the same ZIP (compared by digest: a deep compare of half a megabyte is slow).
    expect(await sha256Hex(bufferBundle.bytes)).toBe(await sha256Hex(blobBundle.bytes));
    const verdict = await verify(blobBundle.bytes, { allowUnsigned: true });
    expect(verdict.status).toBe('intact');
    const source = bytesSource(blobBundle.bytes);
    const entries = await listEntries(source);
    for (const [i, r] of withBlobs.added.entries()) {
      const entry = entries.find((e) => e.name.startsWith('evidence/') && e.size === r.size)!;
      expect(await sha256Hex(await readEntry(source, entry))).toBe(await sha256Hex(fileOf(sizes[i]!, i)));
    }
  });

  it('a stored Blob whose bytes changed is reported, with the hash of what is there, never passed as the captured file', async () => {
    const { store, added } = await storeWith([150_000, 90_000]);
    const db = await store.db();
    const changed = new Uint8Array(fileOf(150_000, 0));
    changed[1234] ^= 0xff;
    await db.put('evidenceBytes', { id: added[0]!.id, bytes: new Blob([changed], { type: 'image/png' }) });
    expect(await store.verifyEvidence(added[0]!.id)).toBe(false);
    const { bytes, result } = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    expect(result.problems).toEqual([expect.stringMatching(/^evidence\/20250502T090000Z-screenshot-pinterest-com\.png no longer matches the SHA-256 recorded at capture\.$/)]);
    const manifest = JSON.parse(new TextDecoder().decode(await readEntry(bytesSource(bytes), (await listEntries(bytesSource(bytes))).find((e) => e.name === 'manifest.json')!)));
    const listed = manifest.files.find((f: { path: string }) => f.path === 'evidence/20250502T090000Z-screenshot-pinterest-com.png');
    expect(listed.sha256).toBe(await sha256Hex(changed));
    expect(listed.sha256).not.toBe(added[0]!.sha256);
  });

  it('a row whose file is neither a Blob nor an ArrayBuffer is damaged: named by the store, left out of the export with a problem', async () => {
    const { store, added } = await storeWith([120_000, 70_000]);
    const db = await store.db();
    await db.put('evidenceBytes', { id: added[1]!.id, bytes: { type: 'image/png' } as never });
    await expect(store.getEvidenceBytes(added[1]!.id)).rejects.toThrow(/missing or damaged/);
    expect((await listDamaged(db)).map((d) => d.store)).toEqual(['evidenceBytes']);
    const { bytes, result } = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    expect(result.problems).toEqual([expect.stringMatching(/file of evidence .* missing or damaged/)]);
    expect((await listEntries(bytesSource(bytes))).filter((e) => e.name.startsWith('evidence/'))).toHaveLength(1);
    expect((await verify(bytes, { allowUnsigned: true })).status).toBe('intact');
  });
});
