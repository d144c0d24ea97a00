import { describe, expect, it } from 'vitest';
import { countReads } from './cursor-steps';
import { fiveCasesWithPinImages, seedEvidence } from './evidence-rows';
import { Store, type Listed } from '@/utils/db/store';
import { AUDIT_MAX_AGE_MS } from '@/utils/db/stores/audit-mark';

/**
 * The Evidence tab's audit walks a case's rows on the case's first open and
 * once a day after; in between it reads the kept count and re-reads the
 * damaged rows the last walk found, by id: no count, no cursor step.
 */
const idOf = (l: Listed<unknown>) => (l.ok ? (l.record as { id: string }).id : l.id);
const NOW = Date.parse('2026-03-01T12:00:00Z');

async function seededCase() {
  await seedEvidence(fiveCasesWithPinImages(600));
  const store = new Store();
  // The seed leaves the counts owed, as an older database would: count them as the background does.
  expect(await store.fillPinImageCounts({ batch: 1000, pauseMs: 0 })).toBe(true);
  const db = await store.db();
  await db.put('evidence', { id: 'ev_no_time', caseId: 'c0', kind: 'screenshot' } as never);
  await db.put('evidence', { id: 'ev_bad_kind', caseId: 'c0', kind: 'weird', capturedAt: new Date(NOW).toISOString() } as never);
  return { store, db };
}

describe('the audit between full walks', () => {
  it('walks the case once, then answers from the kept count and the damaged rows it found, with no count and no cursor step', async () => {
    const { store } = await seededCase();
    const first = countReads();
    const walked = await store.auditEvidence('c0', { now: NOW });
    expect(first.counts).toBeGreaterThan(0);
    expect(walked.pinImages).toBe(600);
    expect(walked.unlisted.map(idOf).sort()).toEqual(['ev_bad_kind', 'ev_no_time']);
    const again = countReads();
    const marked = await store.auditEvidence('c0', { now: NOW + 60_000 });
    expect({ counts: again.counts, steps: again.steps }).toEqual({ counts: 0, steps: 0 });
    expect(marked).toEqual(walked);
  });

  it('a damaged row deleted, mended or moved away is no longer named; one still damaged is, with its problem', async () => {
    const { store, db } = await seededCase();
    await store.auditEvidence('c0', { now: NOW });
    await db.delete('evidence', 'ev_no_time');
    const mended = { ...((await store.listEvidence({ caseId: 'c1', kinds: ['screenshot'] }))[0] as { record: object }).record, id: 'ev_bad_kind', caseId: 'c0' };
    await db.put('evidence', mended as never);
    expect(await store.auditEvidence('c0', { now: NOW + 1000 })).toEqual({ pinImages: 600, unlisted: [] });
    await db.put('evidence', { id: 'ev_bad_kind', caseId: 'c0', kind: 'weird', capturedAt: new Date(NOW).toISOString() } as never);
    const still = await store.auditEvidence('c0', { now: NOW + 2000 });
    expect(still.unlisted.map(idOf)).toEqual(['ev_bad_kind']);
    // Named as a walk names it.
    expect(still.unlisted).toEqual((await store.auditEvidence('c0', { now: NOW + 2500, full: true })).unlisted);
    await db.put('evidence', { id: 'ev_bad_kind', caseId: 'c3', kind: 'weird' } as never);
    expect((await store.auditEvidence('c0', { now: NOW + 3000 })).unlisted).toEqual([]);
  });

  it('the store’s own writes keep the mark and the count: a pin image added through the store is counted without a walk', async () => {
    const { store } = await seededCase();
    await store.auditEvidence('c0', { now: NOW });
    await store.addEvidence({ caseId: 'c0', kind: 'thumbnail', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]).buffer, url: 'https://i.pinimg.com/236x/n.png', title: 'Pin n', provenance: { browser: 'x', extensionVersion: '1' }, capturedAt: new Date(NOW) });
    const reads = countReads();
    const audit = await store.auditEvidence('c0', { now: NOW + 1000 });
    expect(reads.counts).toBe(0);
    expect(audit.pinImages).toBe(601);
    expect(audit.unlisted).toHaveLength(2);
  });

  it('walks again once the mark is a day old, when asked, when the clock went back, and when the count row was damaged; a row written past the store is found then and the count repaired', async () => {
    const { store, db } = await seededCase();
    await store.auditEvidence('c0', { now: NOW });
    // Past the store: a third damaged row, and a pin image the kept count does not hold.
    await db.put('evidence', { id: 'ev_later', caseId: 'c0', kind: 'mhtml' } as never);
    const [pin] = await store.listEvidence({ caseId: 'c0', kinds: ['thumbnail'], includePinImages: true } as never);
    await db.put('evidence', { ...(pin as { record: object }).record, id: 'ev_pin_past_store' } as never);
    expect((await store.auditEvidence('c0', { now: NOW + AUDIT_MAX_AGE_MS - 1 })).unlisted).toHaveLength(2);
    const aged = await store.auditEvidence('c0', { now: NOW + AUDIT_MAX_AGE_MS });
    expect(aged.unlisted.map(idOf).sort()).toEqual(['ev_bad_kind', 'ev_later', 'ev_no_time']);
    expect(aged).toMatchObject({ pinImages: 601, repaired: { from: 600, to: 601 } });
    // The new mark holds all three; asked for, the audit walks whatever the mark says.
    const reads = countReads();
    expect((await store.auditEvidence('c0', { now: NOW + AUDIT_MAX_AGE_MS + 1 })).unlisted).toHaveLength(3);
    expect(reads.counts).toBe(0);
    await store.auditEvidence('c0', { now: NOW + AUDIT_MAX_AGE_MS + 2, full: true });
    expect(reads.counts).toBeGreaterThan(0);
    // A clock set back: the mark is not trusted.
    const back = countReads();
    await store.auditEvidence('c0', { now: NOW });
    expect(back.counts).toBeGreaterThan(0);
    // A damaged count row (mark and all) is repaired by a walk.
    await db.put('caseCounts', { caseId: 'c0', pinImages: 'many', audited: { at: new Date(NOW).toISOString(), unlisted: [] } } as never);
    const repaired = await store.auditEvidence('c0', { now: NOW + 10 });
    expect(repaired).toMatchObject({ pinImages: 601, repaired: { from: null, to: 601 } });
    expect(repaired.unlisted).toHaveLength(3);
    // A mark of the wrong shape is no mark.
    await db.put('caseCounts', { caseId: 'c0', pinImages: 601, audited: { at: 'yesterday', unlisted: 'none' } } as never);
    const shapeless = countReads();
    expect((await store.auditEvidence('c0', { now: NOW + 20 })).unlisted).toHaveLength(3);
    expect(shapeless.counts).toBeGreaterThan(0);
  });

  it('while an older database is still being counted, every audit walks (no mark is written)', async () => {
    await seedEvidence(fiveCasesWithPinImages(50));
    const store = new Store();
    await store.auditEvidence('c0', { now: NOW });
    const reads = countReads();
    expect((await store.auditEvidence('c0', { now: NOW + 1 })).pinImages).toBe(50);
    expect(reads.counts).toBeGreaterThan(0);
    expect(await (await store.db()).get('caseCounts', 'c0')).toBeUndefined();
  });
});
