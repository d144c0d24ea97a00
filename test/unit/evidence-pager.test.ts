import { describe, expect, it } from 'vitest';
import { EvidencePager } from '@/utils/cases/evidence-pager';
import type { CaseAudit, EvidencePage, PageQuery } from '@/utils/db/store';

/** A store that records the reads asked of it, in order, and fails when told to. */
function fakeStore(rows: number, { failAt, kept }: { failAt?: number; kept?: number } = {}) {
  const asked: string[] = [];
  const ids = Array.from({ length: rows }, (_, i) => `ev_${String(rows - i).padStart(4, '0')}`);
  return {
    asked,
    async pageEvidence({ limit, after }: PageQuery): Promise<EvidencePage> {
      asked.push(`page after ${after?.id ?? '-'}`);
      if (failAt !== undefined && asked.length > failAt) throw new Error('The database is closed.');
      const from = after ? ids.indexOf(after.id) + 1 : 0;
      const items = ids.slice(from, from + limit).map((id) => ({ ok: true as const, record: { id } as never }));
      return { items, ...(from + limit < ids.length ? { next: { key: 'x', id: ids[from + limit - 1]! } } : {}) };
    },
    async keptPinImages(): Promise<number | undefined> {
      asked.push('count');
      return kept;
    },
    async auditEvidence(): Promise<CaseAudit> {
      asked.push('audit');
      return { pinImages: 50_000, unlisted: [{ ok: false, id: 'ev_broken', problem: 'capturedAt is missing' }] };
    },
  };
}

describe('EvidencePager: a case\'s evidence as a screen reads it', () => {
  it('reads one page per call, the audit only when asked, and lists the rows no index lists last', async () => {
    const store = fakeStore(100);
    let changes = 0;
    const pager = new EvidencePager(store, 'c0', 48, () => changes++);
    await pager.more();
    expect(store.asked).toEqual(['page after -']);
    expect(pager.list).toHaveLength(48);
    expect(pager.complete).toBe(false);
    // Unknown, not zero, until counted.
    expect(pager.audit).toBeUndefined();
    expect(pager.busy).toBe(true);
    await pager.readAudit();
    expect(pager.busy).toBe(false);
    expect(pager.audit?.pinImages).toBe(50_000);
    expect(pager.shown.at(-1)).toEqual({ ok: false, id: 'ev_broken', problem: 'capturedAt is missing' });
    await Promise.all([pager.more(), pager.more()]);
    // Two asks at once are one read.
    expect(store.asked).toEqual(['page after -', 'count', 'audit', 'page after ev_0053']);
    await pager.all();
    expect(pager.complete).toBe(true);
    expect(new Set(pager.list.map((l) => (l.ok ? (l.record as { id: string }).id : ''))).size).toBe(100);
    await pager.readAudit();
    expect(store.asked.filter((a) => a === 'audit')).toHaveLength(1);
    expect(changes).toBeGreaterThanOrEqual(4);
  });

  it('shows the kept pin-image count before the audit, and the audit\'s count after it', async () => {
    const store = fakeStore(10, { kept: 49_999 });
    const seen: (number | undefined)[] = [];
    const pager = new EvidencePager(store, 'c0', 48, () => seen.push(pager.pinImages));
    await pager.more();
    expect(pager.pinImages).toBeUndefined();
    await pager.readAudit();
    // The kept count first (one read), then the audit's (here it disagrees: the audit's wins).
    expect(seen.slice(-2)).toEqual([49_999, 50_000]);
    expect(store.asked).toEqual(['page after -', 'count', 'audit']);
  });

  it('a failed read keeps what was read and says why; a closed pager tells the screen nothing more', async () => {
    const store = fakeStore(200, { failAt: 1 });
    const pager = new EvidencePager(store, 'c0', 48, () => undefined);
    await pager.more();
    await pager.more();
    expect(pager.list).toHaveLength(48);
    expect(pager.error).toBe('The database is closed.');
    expect(pager.busy).toBe(false);

    let changes = 0;
    const replaced = fakeStore(10);
    const closed = new EvidencePager(replaced, 'c1', 48, () => changes++);
    const reading = closed.more();
    closed.close();
    await reading;
    // A screen that moved on (another version of the list, another tab) starts no audit: its counts would hold the database.
    await closed.readAudit();
    await closed.more();
    expect(changes).toBe(0);
    expect(replaced.asked).toEqual(['page after -']);
  });
});
