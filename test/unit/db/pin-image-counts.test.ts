import { describe, expect, it } from 'vitest';
import { countReads } from './cursor-steps';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME, PIN_IMAGE_KIND, type EvidenceRecord, type NoticeRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { countPinImagesBatch, PIN_IMAGE_COUNTS } from '@/utils/db/stores/pin-image-counts';
import { sha256Hex } from '@/utils/hash';

const provenance = { browser: 'x', extensionVersion: '1' };
const T0 = Date.parse('2026-01-01T00:00:00Z');
const png = () => new Uint8Array([137, 80, 78, 71, 1, 2, 3]).buffer;

/** What the index holds: the truth every kept count must equal. */
async function indexed(caseId: string): Promise<number> {
  const db = await openReinstateDb();
  const n = await db.countFromIndex('evidence', 'caseId_kind_capturedAt', IDBKeyRange.bound([caseId, PIN_IMAGE_KIND], [caseId, PIN_IMAGE_KIND, []]));
  db.close();
  return n;
}

async function expectKeptEqualsIndex(store: Store, caseIds: string[]) {
  for (const caseId of caseIds) {
    const kept = await store.keptPinImages(caseId);
    expect(kept, `case ${caseId}`).toBe(await indexed(caseId));
  }
}

const pinImage = (caseId: string, i: number) => ({ caseId, kind: PIN_IMAGE_KIND, mime: 'image/png', bytes: png(), url: `https://i.pinimg.com/236x/${i}.png`, title: `Pin ${i}`, provenance, capturedAt: new Date(T0 + i) });

/** A record as a bundle carries it, with an id of our choosing (imports keep ids, so they land anywhere in key order). */
async function bundled(id: string, caseId: string, kind: EvidenceRecord['kind'] = PIN_IMAGE_KIND): Promise<{ record: EvidenceRecord; bytes: ArrayBuffer }> {
  const bytes = png();
  return { bytes, record: { id, caseId, kind, mime: 'image/png', size: bytes.byteLength, sha256: await sha256Hex(bytes), capturedAt: new Date(T0 + 9).toISOString(), timeZone: 'UTC', url: 'https://i.pinimg.com/x.png', title: 'Pin', provenance } };
}

function notice(id: string, caseId: string): NoticeRecord {
  return { id, caseId, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 'Suspended.', textHash: 'h', dedupeKey: `k-${id}`, url: 'https://www.pinterest.com/', title: 'Pinterest', seenAt: '2026-05-02T00:00:00.000Z', timeZone: 'UTC', confidence: 0.9, signals: [], evidenceIds: [] };
}

/** Rows as an older version (before migration 006) left them, written at version 5. */
async function olderDatabase(rows: { id: string; caseId: string; kind: string; at?: number }[]) {
  const v5 = await openReinstateDb(DB_NAME, 5);
  const tx = v5.transaction('evidence', 'readwrite');
  for (const r of rows) {
    void tx.store.add({ id: r.id, caseId: r.caseId, kind: r.kind, mime: 'image/png', size: 1, sha256: '0'.repeat(64), ...(r.at === undefined ? {} : { capturedAt: new Date(r.at).toISOString() }), timeZone: 'UTC', url: '', title: '', provenance } as never);
  }
  await tx.done;
  v5.close();
}

describe('per-case pin-image counts, kept by every write', () => {
  it('a new database owes no count: the kept count is read at once, with no cursor step and no index count', async () => {
    const store = new Store();
    const c = await store.addCase({ title: 'A' });
    for (let i = 0; i < 30; i++) await store.addEvidence(pinImage(c.id, i));
    await store.addEvidence({ ...pinImage(c.id, 99), kind: 'screenshot' });
    const reads = countReads();
    expect(await store.countPinImages(c.id)).toBe(30);
    expect(await store.keptPinImages('no-such-case')).toBe(0);
    expect(reads.steps).toBe(0);
    expect(reads.counts).toBe(0);
    expect(await indexed(c.id)).toBe(30);
  });

  it('capture, notice, import (one and batch), move, move with a notice and delete each keep the count in their own transaction', async () => {
    const store = new Store();
    const a = (await store.addCase({ title: 'A' })).id;
    const b = (await store.addCase({ title: 'B' })).id;
    const added = await Promise.all([0, 1, 2, 3].map((i) => store.addEvidence(pinImage(a, i))));
    await expectKeptEqualsIndex(store, [a, b]);
    expect(await store.keptPinImages(a)).toBe(4);

    const withNotice = await store.addNoticeWithEvidence(notice('notice_1', a), [pinImage(a, 10), { ...pinImage(a, 11), kind: 'screenshot' }]);
    expect(await store.keptPinImages(a)).toBe(5);

    const one = await bundled('ev_imported_1', b);
    expect(await store.importEvidence(one.record, one.bytes)).toBe('added');
    expect(await store.importEvidence(one.record, one.bytes)).toBe('skipped');
    const batch = await Promise.all([bundled('ev_imported_2', b), bundled('ev_imported_3', b), bundled('ev_imported_4', b, 'screenshot'), bundled('ev_imported_5', 'case_not_here')]);
    const report = await store.importEvidenceBatch([...batch, batch[0]!]);
    expect(report.states).toEqual(['added', 'added', 'added', 'refused', 'skipped']);
    expect(await store.keptPinImages(b)).toBe(3);
    await expectKeptEqualsIndex(store, [a, b]);

    await store.moveEvidence(added[0]!.id, b);
    expect([await store.keptPinImages(a), await store.keptPinImages(b)]).toEqual([4, 4]);
    await store.moveToCase('notice', withNotice.notice.id, b);
    expect([await store.keptPinImages(a), await store.keptPinImages(b)]).toEqual([3, 5]);
    await store.deleteEvidence(added[1]!.id, 'test');
    await store.deleteEvidence(withNotice.evidence[1]!.id, 'a screenshot: no pin-image count changes');
    expect([await store.keptPinImages(a), await store.keptPinImages(b)]).toEqual([2, 5]);
    await expectKeptEqualsIndex(store, [a, b]);
  });

  it('a write that fails stores neither its rows nor its count', async () => {
    const store = new Store();
    const a = (await store.addCase({ title: 'A' })).id;
    const one = await bundled('ev_twice_1', a);
    await store.importEvidence(one.record, one.bytes);
    // The same notice twice: the unique dedupe key refuses the second, with its evidence and its count.
    await store.addNoticeWithEvidence(notice('notice_1', a), [pinImage(a, 1)]);
    await expect(store.addNoticeWithEvidence({ ...notice('notice_2', a), dedupeKey: 'k-notice_1' }, [pinImage(a, 2), pinImage(a, 3)])).rejects.toThrow();
    expect(await store.keptPinImages(a)).toBe(2);
    await expectKeptEqualsIndex(store, [a]);
  });
});

describe('migration 006: an older database is counted afterwards, paced and resumable', () => {
  const older = [
    ...Array.from({ length: 40 }, (_, i) => ({ id: `ev_${String(i * 10).padStart(4, '0')}`, caseId: i % 4 ? 'c0' : 'c1', kind: i % 5 ? 'thumbnail' : 'screenshot', at: T0 + i })),
    // A pin image without a time: no index lists it, so it is not counted (the index count agrees).
    { id: 'ev_0999', caseId: 'c0', kind: 'thumbnail' },
  ];

  it('the upgrade notes the count as owed; until it is done the readers count the index, then they read the kept count', async () => {
    await olderDatabase(older);
    const db = await openReinstateDb();
    expect(await db.get('backfills', PIN_IMAGE_COUNTS)).toEqual({ name: PIN_IMAGE_COUNTS, done: false });
    expect(await db.count('caseCounts')).toBe(0);
    db.close();
    const store = new Store();
    expect(await store.keptPinImages('c0')).toBeUndefined();
    const truth = await indexed('c0');
    const reads = countReads();
    expect(await store.countPinImages('c0')).toBe(truth);
    expect(reads.counts).toBe(1);
    expect(await store.fillPinImageCounts({ batch: 7, pauseMs: 0 })).toBe(true);
    await expectKeptEqualsIndex(store, ['c0', 'c1']);
    const truthC1 = await indexed('c1');
    const after = countReads();
    expect(await store.countPinImages('c1')).toBe(truthC1);
    expect(after.counts + after.steps).toBe(0);
  });

  it('stopped midway and written to meanwhile (rows before and after its place, added, moved and deleted), it goes on and ends exact', async () => {
    await olderDatabase(older);
    const store = new Store();
    const a = await store.addCase({ title: 'A' });
    const db = await store.db();
    // Three batches of 7: its place is now ev_0200.
    for (let i = 0; i < 3; i++) expect(await countPinImagesBatch(db, 7)).toBe(false);
    expect((await db.get('backfills', PIN_IMAGE_COUNTS))?.after).toBe('ev_0200');
    expect((await db.get('backfills', PIN_IMAGE_COUNTS))?.finishedAt).toBeUndefined();
    // Writes on both sides of the place, each through the store.
    for (const id of ['ev_0005', 'ev_0555']) {
      const one = await bundled(id, 'c0');
      await db.put('cases', { id: 'c0', title: 'Old', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '2025-05-01T00:00:00.000Z' });
      expect(await store.importEvidence(one.record, one.bytes)).toBe('added');
    }
    await store.moveEvidence('ev_0010', a.id);
    await store.moveEvidence('ev_0330', a.id);
    await store.deleteEvidence('ev_0020', 'test');
    await store.deleteEvidence('ev_0390', 'test');
    await store.addEvidence(pinImage(a.id, 1));
    // Stopped (a signal, as when the worker goes away), then a new context goes on from the same place.
    const stop = new AbortController();
    stop.abort();
    expect(await store.fillPinImageCounts({ signal: stop.signal })).toBe(false);
    const next = new Store();
    expect(await next.fillPinImageCounts({ batch: 7, pauseMs: 0 })).toBe(true);
    await expectKeptEqualsIndex(next, ['c0', 'c1', a.id]);
    const state = await (await next.db()).get('backfills', PIN_IMAGE_COUNTS);
    expect(Date.parse(state!.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(state!.startedAt!));
  });

  it('a missing or damaged place starts the count over; a done count is not counted again', async () => {
    await olderDatabase(older);
    const store = new Store();
    await store.fillPinImageCounts({ batch: 100, pauseMs: 0 });
    const db = await store.db();
    await db.put('backfills', { name: PIN_IMAGE_COUNTS, done: 'yes' } as never);
    expect(await store.keptPinImages('c0')).toBeUndefined();
    expect(await store.fillPinImageCounts({ batch: 9, pauseMs: 0 })).toBe(true);
    await expectKeptEqualsIndex(store, ['c0', 'c1']);
    const reads = countReads();
    expect(await countPinImagesBatch(db, 9)).toBe(true);
    expect(reads.steps + reads.counts).toBe(0);
    await expectKeptEqualsIndex(store, ['c0', 'c1']);
  });
});

describe('the audit checks the kept count and repairs it', () => {
  it('a count set wrong (or damaged) is found by the audit and set to what the index holds', async () => {
    const store = new Store();
    const a = (await store.addCase({ title: 'A' })).id;
    for (let i = 0; i < 12; i++) await store.addEvidence(pinImage(a, i));
    await store.addEvidence({ ...pinImage(a, 50), kind: 'screenshot' });
    expect(await store.auditEvidence(a)).toEqual({ pinImages: 12, unlisted: [] });
    const db = await store.db();
    await db.put('caseCounts', { caseId: a, pinImages: 40 });
    expect(await store.auditEvidence(a)).toEqual({ pinImages: 12, unlisted: [], repaired: { from: 40, to: 12 } });
    expect(await store.keptPinImages(a)).toBe(12);
    // A pin image written past the store is not in the kept count: the next full audit finds it too (a day after the
    // last, or asked for; in between an audit re-reads only the damaged rows it knows: audit-mark.test.ts).
    const [shot] = await store.listEvidence({ caseId: a, kinds: ['screenshot'] });
    await db.put('evidence', { ...(shot as { record: EvidenceRecord }).record, id: 'ev_past_store', kind: PIN_IMAGE_KIND });
    expect(await store.auditEvidence(a)).toEqual({ pinImages: 12, unlisted: [] });
    expect(await store.auditEvidence(a, { full: true })).toMatchObject({ pinImages: 13, repaired: { from: 12, to: 13 } });
    await db.put('caseCounts', { caseId: a, pinImages: -3 } as never);
    expect(await store.keptPinImages(a)).toBeUndefined();
    expect(await store.countPinImages(a)).toBe(13);
    expect((await store.listDamaged()).map((d) => d.store)).toEqual(['caseCounts']);
    // The audit replaces a damaged count too.
    expect(await store.auditEvidence(a)).toMatchObject({ pinImages: 13, repaired: { to: 13 } });
    expect(await store.keptPinImages(a)).toBe(13);
    expect(await store.listDamaged()).toEqual([]);
  });
});
