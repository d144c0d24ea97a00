import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EvidenceImporter } from '@/utils/background/bundle';
import { evidenceBatches } from '@/utils/bundle/export';
import { sendEvidence } from '@/utils/bundle/import-evidence';
import type { EvidenceRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';

const PROVENANCE = { browser: 'Chrome 156', extensionVersion: '0.1.0' };

/** A store on its own fake IndexedDB, opened at once so two stores in one test never share a database. */
async function freshStore(): Promise<{ store: Store; caseId: string }> {
  globalThis.indexedDB = new IDBFactory();
  const store = new Store();
  const c = await store.addCase({ title: 'Mine' });
  return { store, caseId: c.id };
}

const bytesOf = (n: number, size = 40) => new Uint8Array(size).map((_, i) => (n * 31 + i) % 256).buffer as ArrayBuffer;

async function item(n: number, caseId: string, changes: Partial<EvidenceRecord> = {}, size?: number) {
  const bytes = bytesOf(n, size);
  const record: EvidenceRecord = { id: `ev_item_${n}`, caseId, kind: 'screenshot', mime: 'image/png', size: bytes.byteLength, sha256: await sha256Hex(bytes), capturedAt: new Date(Date.UTC(2025, 4, 1, 0, n)).toISOString(), timeZone: 'UTC', url: `https://www.pinterest.com/${n}/`, title: `Item ${n}`, provenance: PROVENANCE, ...changes };
  return { record, bytes };
}

/** Valid items, a refused id, a case not here, a twin inside the batch, one already stored, a damaged record. */
async function mixedItems(caseId: string) {
  const items = await Promise.all([0, 1, 2, 3].map((n) => item(n, caseId)));
  items.push(await item(4, caseId, { id: '../../etc/passwd' }));
  items.push(await item(5, caseId, { caseId: 'case_elsewhere' }));
  items.push(await item(1, caseId));
  items.push(await item(6, caseId, { capturedAt: 'yesterday' }));
  return items;
}

async function stored(store: Store) {
  const listed = await store.listEvidence();
  const rows = listed.flatMap((l) => (l.ok ? [l.record] : [])).sort((a, b) => a.id.localeCompare(b.id));
  return Promise.all(rows.map(async (r) => ({ id: r.id, caseId: r.caseId, title: r.title, sha256: r.sha256, bytes: await sha256Hex(await store.getEvidenceBytes(r.id)) })));
}

describe('evidence import in batches', () => {
  it('gives the same states, counts, refusals and records as one item at a time', async () => {
    const one = await freshStore();
    await one.store.importEvidence((await item(3, one.caseId)).record, bytesOf(3));
    const singleStates: string[] = [];
    const singleReasons: string[] = [];
    for (const { record, bytes } of await mixedItems(one.caseId)) {
      const report = await one.store.importEvidenceReport(record, bytes);
      singleStates.push(report.state);
      singleReasons.push(...report.reasons);
    }
    const oneRows = await stored(one.store);

    const many = await freshStore();
    await many.store.importEvidence((await item(3, many.caseId)).record, bytesOf(3));
    // The case ids differ between the two databases; the records follow their own store's case.
    const batch = await many.store.importEvidenceBatch(await mixedItems(many.caseId));
    expect(batch.states).toEqual(singleStates);
    expect(batch.states).toEqual(['added', 'added', 'added', 'skipped', 'refused', 'refused', 'skipped', 'refused']);
    expect(batch).toMatchObject({ added: 3, skipped: 2, refused: 3 });
    // The same reasons; the batch names schema refusals before those found in its transaction.
    expect([...batch.reasons].sort()).toEqual([...singleReasons].sort());
    const manyRows = await stored(many.store);
    expect(manyRows.map(({ caseId: _c, ...r }) => r)).toEqual(oneRows.map(({ caseId: _c, ...r }) => r));
    expect(manyRows).toHaveLength(4);
  });

  it('finds what is here already also when many other rows lie between the batch\'s ids (one lookup each then)', async () => {
    const { store, caseId } = await freshStore();
    // 40 rows already stored, ids ev_item_10 … ev_item_49, and a batch whose ids span them all.
    const here = await Promise.all(Array.from({ length: 40 }, (_, n) => item(n + 10, caseId)));
    expect((await store.importEvidenceBatch(here)).added).toBe(40);
    const batch = [await item(1, caseId), await item(25, caseId), await item(9, caseId, { id: 'ev_item_99' })];
    const result = await store.importEvidenceBatch(batch);
    expect(result.states).toEqual(['added', 'skipped', 'added']);
    expect((await stored(store)).map((r) => r.id)).toHaveLength(42);
  });

  it('adds nothing the second time: every item is skipped and the store is unchanged', async () => {
    const { store, caseId } = await freshStore();
    const items = await Promise.all(Array.from({ length: 50 }, (_, n) => item(n, caseId)));
    expect((await store.importEvidenceBatch(items)).added).toBe(50);
    const before = await stored(store);
    const again = await store.importEvidenceBatch(items);
    expect(again).toMatchObject({ added: 0, skipped: 50, refused: 0 });
    expect(await stored(store)).toEqual(before);
  });

  it('refuses a whole batch, writing none of it, when one file does not match its SHA-256', async () => {
    const { store, caseId } = await freshStore();
    const items = await Promise.all([0, 1, 2].map((n) => item(n, caseId)));
    items[1] = { ...items[1]!, bytes: bytesOf(99) };
    await expect(store.importEvidenceBatch(items)).rejects.toMatchObject({ code: 'damaged-record' });
    expect(await store.listEvidence()).toEqual([]);
  });

  it('reads many files in one transaction in the order asked, with an error in place of a missing one', async () => {
    const { store, caseId } = await freshStore();
    const a = await store.addEvidence({ caseId, kind: 'screenshot', mime: 'image/png', bytes: bytesOf(1), url: '', title: 'a', provenance: PROVENANCE });
    const b = await store.addEvidence({ caseId, kind: 'screenshot', mime: 'image/png', bytes: bytesOf(2, 7), url: '', title: 'b', provenance: PROVENANCE });
    const got = await store.getEvidenceBytesMany([b.id, 'ev_missing_1', a.id]);
    expect(new Uint8Array(got[0] as ArrayBuffer)).toEqual(new Uint8Array(bytesOf(2, 7)));
    expect(got[1]).toBeInstanceOf(Error);
    expect((got[1] as Error).message).toMatch(/ev_missing_1 is missing or damaged/);
    expect(new Uint8Array(got[2] as ArrayBuffer)).toEqual(new Uint8Array(bytesOf(1)));
  });
});

describe('reading an export batch as one key range', () => {
  /** Counts the requests the bytes store answers, by kind. */
  function counting(store: Store) {
    const calls = { get: 0, getAll: 0, count: 0 };
    const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const originals = { get: proto.get!, getAll: proto.getAll!, count: proto.count! };
    for (const name of ['get', 'getAll', 'count'] as const) {
      proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'evidenceBytes') calls[name]++;
        return originals[name].apply(this, args);
      };
    }
    return { calls, restore: () => Object.assign(proto, originals), store };
  }

  it('reads a batch that is all its range holds with two requests, and one with another case between them one by one', async () => {
    const { store, caseId } = await freshStore();
    const other = (await store.addCase({ title: 'Other' })).id;
    const at = (n: number) => new Date(Date.UTC(2025, 4, 1, 0, n));
    const add = (n: number, c: string) => store.addEvidence({ caseId: c, kind: 'screenshot', mime: 'image/png', bytes: bytesOf(n), url: '', title: `${n}`, provenance: PROVENANCE, capturedAt: at(n) });
    const mine = [await add(1, caseId), await add(2, caseId), await add(3, caseId)];
    const between = await add(4, other);
    const later = await add(5, caseId);
    const { calls, restore } = counting(store);
    try {
      const together = await store.getEvidenceBytesMany(mine.map((e) => e.id).reverse());
      expect(together.map((b) => new Uint8Array(b as ArrayBuffer))).toEqual([3, 2, 1].map((n) => new Uint8Array(bytesOf(n))));
      expect(calls).toEqual({ get: 0, getAll: 1, count: 1 });
      // The other case's row lies between: its bytes are not read, each file comes alone.
      const apart = await store.getEvidenceBytesMany([mine[2]!.id, later.id]);
      expect(apart.map((b) => new Uint8Array(b as ArrayBuffer))).toEqual([3, 5].map((n) => new Uint8Array(bytesOf(n))));
      expect(calls).toEqual({ get: 2, getAll: 1, count: 2 });
      expect(between.caseId).toBe(other);
    } finally {
      restore();
    }
  });
});

describe('the import page sending evidence', () => {
  it('sends small items many to a message and a large one in chunks, with the same result as one by one', async () => {
    const { store, caseId } = await freshStore();
    const importer = new EvidenceImporter(store);
    const items = await Promise.all(Array.from({ length: 30 }, (_, n) => item(n, caseId)));
    items.push(await item(30, caseId, {}, 1000));
    items.push(await item(31, caseId, { id: 'not-an-id' }));
    const files = new Map(items.map(({ record, bytes }) => [`evidence/${record.id}.png`, new Uint8Array(bytes)]));
    const evidence = items.map(({ record }) => ({ ...record, path: `evidence/${record.id}.png` }));
    const messages = { batch: 0, chunk: 0 };
    const sender = {
      batch: (batch: Parameters<EvidenceImporter['acceptBatch']>[0]['items']) => (messages.batch++, importer.acceptBatch(JSON.parse(JSON.stringify({ items: batch })))),
      chunk: (input: Parameters<EvidenceImporter['accept']>[0]) => (messages.chunk++, importer.accept(JSON.parse(JSON.stringify(input)))),
    };
    const limits = { batchBytes: 400, chunkBytes: 300, batchItems: 8 };
    const counts = await sendEvidence(evidence, async (path) => files.get(path)!, sender, limits);
    expect(counts).toEqual({ added: 31, skipped: 0, refused: 1 });
    // 40-byte items, at most 8 a message: 30 small items in 4 messages, then 1,000 bytes in 4 chunks, then the last one.
    expect(messages).toEqual({ batch: 5, chunk: 4 });
    const big = await store.getEvidenceBytes('ev_item_30');
    expect(new Uint8Array(big)).toEqual(new Uint8Array(bytesOf(30, 1000)));
    expect(await sendEvidence(evidence, async (path) => files.get(path)!, sender, limits)).toEqual({ added: 0, skipped: 31, refused: 1 });
    expect((await store.listEvidence()).length).toBe(31);
  });
});

describe('export batches', () => {
  it('cut by count and by recorded size, in order, a large record alone', () => {
    const sizes = [10, 10, 10, 10, 100, 5, 5, 5, 5, 5];
    const batches = evidenceBatches(sizes.map((size, i) => ({ i, size })), 3, 30);
    expect(batches.map((b) => b.map((r) => r.i))).toEqual([[0, 1, 2], [3], [4], [5, 6, 7], [8, 9]]);
  });
});
