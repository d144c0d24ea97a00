import { describe, expect, it } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME, type EvidenceKind } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { countReads } from './cursor-steps';
import { fiveCasesWithPinImages, SEED_PROVENANCE as provenance, seedEvidence } from './evidence-rows';




describe('evidence at scale: a case reads only its own rows', () => {
  const rows = fiveCasesWithPinImages(500);

  it('the first page of one case among many takes about `limit` cursor steps, newest first, without pin images', async () => {
    await seedEvidence(rows);
    const store = new Store();
    const steps = countReads();
    const page = await store.listEvidence({ caseId: 'c3', limit: 20 });
    console.log(`listEvidence(one case of 5, limit 20) over ${rows.length} rows: ${steps.steps} cursor steps`);
    expect(page).toHaveLength(20);
    expect(steps.steps).toBeLessThanOrEqual(20 + 8);
    const times = page.map((l) => (l.ok ? l.record.capturedAt : ''));
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.every((l) => l.ok && l.record.caseId === 'c3')).toBe(true);

    const gridSteps = countReads();
    const grid = await store.listEvidence({ caseId: 'c0', limit: 20 });
    expect(grid.every((l) => l.ok && l.record.kind !== 'thumbnail')).toBe(true);
    expect(gridSteps.steps).toBeLessThanOrEqual(20 + 8);
  });

  it('a whole case reads its own rows only: steps = that case\'s captures, not the database\'s', async () => {
    await seedEvidence(rows);
    const store = new Store();
    const steps = countReads();
    const all = await store.listEvidence({ caseId: 'c2' });
    expect(all).toHaveLength(300);
    expect(steps.steps).toBeLessThanOrEqual(300 + 8);
    console.log(`listEvidence(one whole case of 300) over ${rows.length} rows: ${steps.steps} cursor steps`);
  });

  it('pages on with `before`, and pin images come only when asked for, counted per case', async () => {
    await seedEvidence(rows);
    const store = new Store();
    const first = await store.listEvidence({ caseId: 'c1', limit: 100 });
    const last = first.at(-1)!;
    const next = await store.listEvidence({ caseId: 'c1', limit: 100, before: last.ok ? last.record.capturedAt : '' });
    const ids = [...first, ...next].map((l) => l.ok && l.record.id);
    expect(new Set(ids).size).toBe(200);
    expect(await store.countPinImages('c0')).toBe(500);
    expect(await store.countPinImages('c1')).toBe(0);
    expect((await store.listEvidence({ caseId: 'c0' })).length).toBe(300);
    expect((await store.listEvidence({ caseId: 'c0', includePinImages: true })).length).toBe(800);
    // The export's view (no case) keeps everything.
    expect((await store.listEvidence()).length).toBe(2000);
  });

  it('damaged rows of a case are reported, not dropped', async () => {
    await seedEvidence(rows.slice(0, 10));
    const db = await openReinstateDb();
    await db.put('evidence', { id: 'ev_no_time', caseId: 'c0', kind: 'screenshot' } as never);
    await db.put('evidence', { id: 'ev_bad_kind', caseId: 'c0', kind: 'weird', capturedAt: '2026-01-01T00:00:00.000Z' } as never);
    const listed = await new Store().listEvidence({ caseId: 'c0' });
    expect(listed.filter((l) => !l.ok).map((l) => !l.ok && l.id).sort()).toEqual(['ev_bad_kind', 'ev_no_time']);
  });
});

describe('listing every record (the export)', () => {
  it('reads the store without a cursor step, in the order the capture-time cursor gives, damaged rows last', async () => {
    const T0 = Date.parse('2026-01-01T00:00:00Z');
    // Ties in time (ids decide), two cases, pin images, and rows out of key order.
    await seedEvidence(Array.from({ length: 300 }, (_, i) => ({ caseId: `c${i % 2}`, kind: (i % 3 ? 'screenshot' : 'thumbnail') as EvidenceKind, at: T0 + ((i * 37) % 50) * 1000 })));
    const db = await openReinstateDb();
    await db.put('evidence', { id: 'ev_bad_time', caseId: 'c0', kind: 'screenshot', capturedAt: 'yesterday' } as never);
    await db.put('evidence', { id: 'ev_bad_hash', caseId: 'c1', kind: 'screenshot', mime: 'image/png', size: 1, sha256: 'nope', capturedAt: new Date(T0).toISOString(), timeZone: 'UTC', url: '', title: '', provenance } as never);
    db.close();
    const store = new Store();
    const counter = countReads();
    const all = await store.listEvidence();
    expect(counter.steps).toBe(0);
    // The cursor path (a limit) walks the capture-time index newest first: the same order for the valid rows.
    const byCursor = await store.listEvidence({ limit: 10_000 });
    const valid = all.filter((l) => l.ok);
    expect(valid.map((l) => l.ok && l.record.id)).toEqual(byCursor.filter((l) => l.ok).map((l) => l.ok && l.record.id));
    expect(valid).toHaveLength(300);
    expect(all.slice(300).map((l) => !l.ok && l.id).sort()).toEqual(['ev_bad_hash', 'ev_bad_time']);
    expect((await store.listEvidence({ includePinImages: false })).filter((l) => l.ok && l.record.kind === 'thumbnail')).toEqual([]);
  });
});

describe('migration 005', () => {
  it('adds the per-case indexes to a version-4 database, keeping its evidence', async () => {
    const v4 = await openReinstateDb(DB_NAME, 4);
    await v4.put('evidence', { id: 'ev_old', caseId: 'c1', kind: 'screenshot', mime: 'image/png', size: 1, sha256: '0'.repeat(64), capturedAt: '2025-05-01T00:00:00.000Z', timeZone: 'UTC', url: '', title: '', provenance });
    expect([...v4.transaction('evidence').store.indexNames].sort()).toEqual(['capturedAt', 'caseId']);
    v4.close();
    const v5 = await openReinstateDb(DB_NAME, 5);
    expect([...v5.transaction('evidence').store.indexNames].sort()).toEqual(['capturedAt', 'caseId', 'caseId_capturedAt', 'caseId_kind_capturedAt']);
    expect(await v5.getAllKeysFromIndex('evidence', 'caseId_capturedAt', IDBKeyRange.bound(['c1'], ['c1', []]))).toEqual(['ev_old']);
    v5.close();
    const listed = await new Store().listEvidence({ caseId: 'c1' });
    expect(listed.map((l) => l.ok && l.record.id)).toEqual(['ev_old']);
  });
});
