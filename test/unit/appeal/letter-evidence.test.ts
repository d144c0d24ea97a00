import { describe, expect, it } from 'vitest';
import { countReads } from '../db/cursor-steps';
import { seedEvidence } from '../db/evidence-rows';
import { readLetterEvidence, LETTER_EVIDENCE_PAGE } from '@/utils/appeal/letter-evidence';
import type { EvidenceKind } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';

const T0 = Date.parse('2026-01-01T00:00:00Z');


describe('the appeal editor reads only the evidence its letter lists, a page at a time', () => {
  it('shows the first page after about a page of cursor steps and no count, then the rest; never another case or a pin image', async () => {
    await seedEvidence([
      // Case c0: 120 captures (every third for notice n1) among 2,000 pin images; case c1: 500 captures.
      ...Array.from({ length: 120 }, (_, i) => ({ caseId: 'c0', kind: 'screenshot' as EvidenceKind, at: T0 + i * 1000, ...(i % 3 === 0 ? { noticeId: 'n1' } : {}) })),
      ...Array.from({ length: 2000 }, (_, i) => ({ caseId: 'c0', kind: 'thumbnail' as EvidenceKind, at: T0 + 500_000 + i })),
      ...Array.from({ length: 500 }, (_, i) => ({ caseId: 'c1', kind: 'screenshot' as EvidenceKind, at: T0 + i * 1000 + 1 })),
    ]);
    const store = new Store();
    const shown: { size: number; steps: number; counts: number }[] = [];
    const reads = countReads();
    const all = await readLetterEvidence(store, 'c0', undefined, (found) => shown.push({ size: found.length, steps: reads.steps, counts: reads.counts }));
    expect(shown[0]).toEqual({ size: LETTER_EVIDENCE_PAGE, steps: expect.any(Number), counts: 0 });
    expect(shown[0]!.steps).toBeLessThanOrEqual(LETTER_EVIDENCE_PAGE + 7);
    expect(shown.map((s) => s.size)).toEqual([48, 96, 120]);
    // The whole case costs its own rows, not the pin images or case c1's.
    expect(reads.steps).toBeLessThanOrEqual(120 + 3 * 7);
    expect(reads.counts).toBe(0);
    expect(all.every((e) => e.caseId === 'c0' && e.kind === 'screenshot')).toBe(true);
    expect(all.map((e) => e.capturedAt)).toEqual(all.map((e) => e.capturedAt).sort().reverse());

    const forNotice = await readLetterEvidence(store, 'c0', 'n1', () => undefined);
    expect(forNotice).toHaveLength(40);
    expect(forNotice.every((e) => e.noticeId === 'n1')).toBe(true);
  });

  it('stops when the editor is closed', async () => {
    await seedEvidence(Array.from({ length: 200 }, (_, i) => ({ caseId: 'c0', kind: 'screenshot' as EvidenceKind, at: T0 + i })));
    const stop = new AbortController();
    let pages = 0;
    await readLetterEvidence(new Store(), 'c0', undefined, () => (pages++, stop.abort()), stop.signal);
    expect(pages).toBe(1);
  });
});
