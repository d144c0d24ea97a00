// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone (happy-dom's does not), as a browser's does.
import { IDBFactory } from 'fake-indexeddb';
import zlib from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '@/utils/db/store';
import { BLOB_FROM, isBlob } from '@/utils/db/stores/evidence';
import type { EvidenceRecord, NoticeRecord } from '@/utils/db/schema';
import { exportToBytes, verify } from '../bundle/helpers';
import { sha256Hex } from '@/utils/hash';

const provenance = { browser: 'Chrome 156', extensionVersion: '0.1.0' };
const fileOf = (size: number, seed: number) => new Uint8Array(size).map((_, i) => (i * 31 + seed * 7 + (i >> 9)) & 0xff).buffer as ArrayBuffer;
/** Node's zlib CRC-32: an implementation the extension does not share. */
const reference = (bytes: ArrayBuffer) => zlib.crc32(new Uint8Array(bytes)) >>> 0;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function storeWith(sizes: number[]) {
  const store = new Store();
  const c = await store.currentCase('CRC case');
  const added: EvidenceRecord[] = [];
  for (const [i, size] of sizes.entries()) {
    added.push(await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: fileOf(size, i), url: 'https://www.pinterest.com/x/', title: `Capture ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)) }));
  }
  return { store, caseId: c.id, added };
}

const rowOf = async (store: Store, id: string) => (await store.db()).get('evidenceBytes', id);

describe('the CRC-32 stored beside each evidence file', { timeout: 60_000 }, () => {
  it('is taken at capture, for small files and Blobs alike, and equals zlib’s', async () => {
    const sizes = [10, BLOB_FROM - 1, BLOB_FROM, 300_000];
    const { store, added } = await storeWith(sizes);
    for (const [i, r] of added.entries()) {
      const row = await rowOf(store, r.id);
      expect(row!.crc32).toBe(reference(fileOf(sizes[i]!, i)));
    }
    expect(isBlob((await rowOf(store, added[3]!.id))!.bytes)).toBe(true);
  });

  it('is taken at import (one file, a batch) and with a notice’s evidence', async () => {
    const store = new Store();
    const c = await store.currentCase('Imported');
    const make = async (n: number, size: number): Promise<{ record: EvidenceRecord; bytes: ArrayBuffer }> => {
      const bytes = fileOf(size, n);
      return { bytes, record: { id: `ev_imported_${n}`, caseId: c.id, kind: 'screenshot', mime: 'image/png', size, sha256: await sha256Hex(bytes), capturedAt: new Date(Date.UTC(2025, 4, 3, 0, n)).toISOString(), timeZone: 'UTC', url: 'https://www.pinterest.com/', title: `Imported ${n}`, provenance } };
    };
    const one = await make(1, 90_000);
    expect(await store.importEvidence(one.record, one.bytes)).toBe('added');
    const batch = [await make(2, 500), await make(3, 120_000)];
    expect((await store.importEvidenceBatch(batch)).states).toEqual(['added', 'added']);
    for (const item of [one, ...batch]) expect((await rowOf(store, item.record.id))!.crc32).toBe(reference(item.bytes));

    const notice: NoticeRecord = { id: 'notice_crc', caseId: c.id, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 'Your account has been suspended.', textHash: 'h', dedupeKey: 'k', url: 'https://www.pinterest.com/', title: 'Pinterest', seenAt: '2025-05-02T09:15:00.000Z', timeZone: 'UTC', confidence: 0.9, signals: [], evidenceIds: [] };
    const shot = fileOf(80_000, 9);
    const { evidence } = await store.addNoticeWithEvidence(notice, [{ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: shot, url: 'https://www.pinterest.com/', title: 'Notice', provenance }]);
    expect((await rowOf(store, evidence[0]!.id))!.crc32).toBe(reference(shot));
  });
});

describe('the export writes stored Blobs by reference', { timeout: 60_000 }, () => {
  const sizes = [BLOB_FROM + 5, 200_000, 1000, 150_000];

  it('hands each stored Blob over unread and makes the same bundle, byte for byte, as writing every file’s bytes', async () => {
    const { store } = await storeWith(sizes);
    const spliced = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    const written = await exportToBytes(store, { unsigned: true, unsignedReason: 'test', byReference: false });
    expect(spliced.blobs).toBe(3);
    expect(written.blobs).toBe(0);
    expect(spliced.result.problems).toEqual([]);
    expect(await sha256Hex(spliced.bytes)).toBe(await sha256Hex(written.bytes));
    expect((await verify(spliced.bytes, { allowUnsigned: true })).status).toBe('intact');
  });

  it('rows from before (ArrayBuffers, or Blobs, without a CRC, or with a damaged one) export the same bundle: the CRC is taken then', async () => {
    const { store, added } = await storeWith(sizes);
    const fresh = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    const db = await store.db();
    // As an older database holds them: every file an ArrayBuffer, no CRC.
    for (const [i, r] of added.entries()) await db.put('evidenceBytes', { id: r.id, bytes: fileOf(sizes[i]!, i) });
    const old = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    expect(old.blobs).toBe(0);
    expect(await sha256Hex(old.bytes)).toBe(await sha256Hex(fresh.bytes));
    // Blobs without a CRC, and one with a CRC that is not a number.
    for (const [i, r] of added.entries()) await db.put('evidenceBytes', { id: r.id, bytes: new Blob([fileOf(sizes[i]!, i)]), ...(i === 1 ? { crc32: 'x' as never } : {}) });
    const asked: boolean[] = [];
    const lazy = await exportToBytes(store, {
      unsigned: true,
      unsignedReason: 'test',
      hashBlob: async (blob, withCrc) => {
        asked.push(withCrc);
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return { sha256: await sha256Hex(bytes), ...(withCrc ? { crc32: zlib.crc32(bytes) >>> 0 } : {}) };
      },
    });
    expect(asked).toEqual([true, true, true, true]);
    expect(lazy.blobs).toBe(4);
    expect(await sha256Hex(lazy.bytes)).toBe(await sha256Hex(fresh.bytes));
  });

  it('a stored Blob whose bytes changed is written from its bytes with their own CRC and named; the bundle stays checkable', async () => {
    const { store, added } = await storeWith(sizes);
    const db = await store.db();
    const row = (await rowOf(store, added[1]!.id))!;
    const changed = new Uint8Array(fileOf(sizes[1]!, 1));
    changed[777] ^= 0xff;
    await db.put('evidenceBytes', { ...row, bytes: new Blob([changed]) });
    const { bytes, result, blobs } = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    expect(blobs).toBe(2);
    expect(result.problems).toEqual([expect.stringMatching(/^evidence\/20250502T090001Z-screenshot-pinterest-com\.png no longer matches the SHA-256 recorded at capture\.$/)]);
    const verdict = await verify(bytes, { allowUnsigned: true });
    expect(verdict.status).toBe('intact');
    // What the bundle holds for that file is what is stored now, and its manifest says so (not the captured digest).
    expect(verdict.changed).toEqual([]);
  });

  it('a stored CRC that is a wrong number makes that file fail the check: never a bundle passed as intact with a wrong checksum', async () => {
    const { store, added } = await storeWith(sizes);
    const db = await store.db();
    const row = (await rowOf(store, added[3]!.id))!;
    await db.put('evidenceBytes', { ...row, crc32: (row.crc32! ^ 1) >>> 0 });
    const { bytes } = await exportToBytes(store, { unsigned: true, unsignedReason: 'test' });
    const verdict = await verify(bytes, { allowUnsigned: true });
    expect(verdict.status).not.toBe('intact');
    expect(verdict.intact).toBe(false);
  });

  it('a stored Blob that cannot be read is left out and named; the other files export', async () => {
    const { store, added } = await storeWith(sizes);
    const unreadable = (await rowOf(store, added[1]!.id))!.bytes as Blob;
    const { bytes, result, blobs } = await exportToBytes(store, {
      unsigned: true,
      unsignedReason: 'test',
      hashBlob: async (blob, withCrc) => {
        if (blob.size === unreadable.size) throw new Error('the file is gone');
        const b = new Uint8Array(await blob.arrayBuffer());
        return { sha256: await sha256Hex(b), ...(withCrc ? { crc32: zlib.crc32(b) >>> 0 } : {}) };
      },
    });
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^The file of evidence ${added[1]!.id} could not be read \\(the file is gone\\)\\.$`))]);
    expect(blobs).toBe(2);
    expect((await verify(bytes, { allowUnsigned: true })).status).toBe('intact');
  });
});
