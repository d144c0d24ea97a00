import { describe, expect, it } from 'vitest';
import { countReads } from './cursor-steps';
import { fiveCasesWithPinImages, SEED_PROVENANCE as provenance, seedEvidence } from './evidence-rows';
import { openReinstateDb } from '@/utils/db/open';
import type { EvidenceKind } from '@/utils/db/schema';
import { Store, type Listed, type PageMark } from '@/utils/db/store';

const T0 = Date.parse('2026-01-01T00:00:00Z');


const idOf = (l: Listed<unknown>) => (l.ok ? (l.record as { id: string }).id : l.id);

/** Every page of a case, in order, with the cursor steps and counts each cost. */
async function allPages(store: Store, caseId: string, limit: number) {
  const pages: { ids: string[]; steps: number; counts: number }[] = [];
  let after: PageMark | undefined;
  do {
    const reads = countReads();
    const page = await store.pageEvidence({ caseId, limit, ...(after ? { after } : {}) });
    pages.push({ ids: page.items.map(idOf), steps: reads.steps, counts: reads.counts });
    after = page.next;
  } while (after);
  return pages;
}

describe('a case\'s evidence a page at a time (the Evidence tab, the appeal editor)', () => {
  const rows = fiveCasesWithPinImages(2000);

  it('each page reads about its own rows (cursor steps counted), makes no count, and the pages together are the whole list in order', async () => {
    await seedEvidence(rows);
    const store = new Store();
    const pages = await allPages(store, 'c0', 48);
    const whole = (await store.listEvidence({ caseId: 'c0' })).map(idOf);
    expect(pages.flatMap((p) => p.ids)).toEqual(whole);
    expect(whole).toHaveLength(300);
    expect(pages).toHaveLength(Math.ceil(300 / 48));
    for (const page of pages) {
      // One step per row, plus at most one more per kind cursor (7 kinds): never the 2,000 pin images or another case's rows.
      expect(page.steps).toBeLessThanOrEqual(page.ids.length + 7);
      expect(page.counts).toBe(0);
    }
    console.log(`pages of 48 over a case of 300 captures and 2,000 pin images among 3,500 rows: ${pages.map((p) => p.steps).join(', ')} cursor steps`);
  });

  it('rows captured in the same millisecond are each listed once across a page boundary', async () => {
    // 30 rows at one instant in two kinds, between older and newer ones: every page boundary falls among equal times.
    await seedEvidence([
      ...Array.from({ length: 10 }, (_, i) => ({ caseId: 'c', kind: 'screenshot' as EvidenceKind, at: T0 + 100 + i })),
      ...Array.from({ length: 30 }, (_, i) => ({ caseId: 'c', kind: (i % 2 ? 'mhtml' : 'screenshot') as EvidenceKind, at: T0 + 50, id: `ev_tie_${String(i).padStart(2, '0')}` })),
      ...Array.from({ length: 10 }, (_, i) => ({ caseId: 'c', kind: 'screenshot' as EvidenceKind, at: T0 + i, id: `ev_old_${i}` })),
    ]);
    const store = new Store();
    const whole = (await store.listEvidence({ caseId: 'c' })).map(idOf);
    const timeOf = new Map((await store.listEvidence({ caseId: 'c' })).map((l) => [idOf(l), l.ok ? l.record.capturedAt : '']));
    for (const limit of [1, 4, 7, 30]) {
      const ids = (await allPages(store, 'c', limit)).flatMap((p) => p.ids);
      expect([...ids].sort()).toEqual([...whole].sort());
      expect(new Set(ids).size).toBe(50);
      // Newest first, equal times by id, newest first: the one order every page agrees on.
      const keys = ids.map((id) => `${timeOf.get(id)} ${id}`);
      expect(keys).toEqual([...keys].sort().reverse());
    }
  });

  it('a damaged row the index lists stands in its page as damaged; the audit names the rows no index lists and counts the pin images', async () => {
    await seedEvidence(rows.slice(0, 20));
    const db = await openReinstateDb();
    await db.put('evidence', { id: 'ev_bad_hash', caseId: 'c0', kind: 'screenshot', capturedAt: new Date(T0 + 5500).toISOString() } as never);
    await db.put('evidence', { id: 'ev_no_time', caseId: 'c0', kind: 'screenshot' } as never);
    await db.put('evidence', { id: 'ev_bad_kind', caseId: 'c0', kind: 'weird', capturedAt: new Date(T0).toISOString() } as never);
    await db.put('evidence', { id: 'ev_pin', caseId: 'c0', kind: 'thumbnail', mime: 'image/png', size: 1, sha256: '0'.repeat(64), capturedAt: new Date(T0).toISOString(), timeZone: 'UTC', url: '', title: '', provenance } as never);
    db.close();
    const store = new Store();
    const page = await store.pageEvidence({ caseId: 'c0', limit: 10 });
    expect(page.items.map(idOf)).toContain('ev_bad_hash');
    expect(page.items.find((l) => idOf(l) === 'ev_bad_hash')?.ok).toBe(false);
    const audit = await store.auditEvidence('c0');
    expect(audit.pinImages).toBe(1);
    expect(audit.unlisted.map(idOf).sort()).toEqual(['ev_bad_kind', 'ev_no_time']);
    expect(audit.unlisted.every((l) => !l.ok)).toBe(true);
    // A clean case: nothing unlisted, no pin image, and the answer comes from counts alone (no key list read).
    expect(await store.auditEvidence('c1')).toEqual({ pinImages: 0, unlisted: [] });
  });

  it('an empty or unknown case gives an empty page and an empty audit', async () => {
    const store = new Store();
    expect(await store.pageEvidence({ caseId: 'nobody', limit: 10 })).toEqual({ items: [] });
    expect(await store.auditEvidence('nobody')).toEqual({ pinImages: 0, unlisted: [] });
  });
});
