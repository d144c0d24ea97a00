import { describe, expect, it } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import type { LogRecord, NoticeRecord, PinRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const emptyImport = { cases: [], notices: [], letters: [], correspondence: [], log: [] };

async function storeWithRun() {
  const store = new Store(undefined, () => NOW);
  const c = await store.addCase({ title: 'Mine' });
  const state = { id: 'inv_mine', username: 'maya', status: 'done' as const, boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 0, pins: 1, requests: 1 }, startedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };
  await store.startInventory(c.id, state);
  await store.saveInventoryBatch({ state, boards: [], pins: [pin('111', 'inv_mine', 'my own words')] });
  return { store, caseId: c.id, state };
}

function pin(id: string, inventoryId: string, description: unknown = ''): PinRecord {
  return { id, inventoryId, title: `Pin ${id}`, description, link: '', imageOriginal: '', imageSmall: '', boardId: '', sectionId: '', createdAt: '', pinner: 'maya', source: 'test' } as PinRecord;
}

function notice(id: string, caseId: string): NoticeRecord {
  return { id, caseId, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 'Suspended.', textHash: 'h', dedupeKey: `k-${id}`, url: 'https://www.pinterest.com/', title: 'Pinterest', seenAt: '2026-05-02T00:00:00.000Z', timeZone: 'UTC', confidence: 0.9, signals: [], evidenceIds: [] };
}

describe('strict import: the attacks of issue 14', () => {
  it('cannot overwrite a pin of an existing inventory, through a new run or the same one', async () => {
    const { store, caseId, state } = await storeWithRun();
    // A new run whose pins claim to belong to the existing run.
    const forgedRun = { id: 'inv_forged', caseId, state: { ...state, id: 'inv_forged' } };
    const report = await store.importInventoryReport(forgedRun, [], [pin('111', 'inv_mine', 'FORGED'), pin('222', 'inv_forged')]);
    expect(report).toMatchObject({ state: 'added', added: 2, refused: 1 });
    expect(report.reasons[0]).toMatch(/pin "111": it belongs to another inventory run/);
    // The same run id again: left alone as a whole.
    expect(await store.importInventory({ id: 'inv_mine', caseId, state }, [], [pin('111', 'inv_mine', 'FORGED')])).toBe('skipped');
    const [kept] = await store.listPins('inv_mine');
    expect(kept!.description).toBe('my own words');
    expect(await store.countPins('inv_mine')).toBe(1);
  });

  it('refuses a case without createdAt (which blanked the Locker) and keeps the Locker listing', async () => {
    const { store } = await storeWithRun();
    const { createdAt: _gone, ...noDate } = { id: 'case_evil1', title: 'Evil', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '' };
    const report = await store.importRecords({ ...emptyImport, cases: [noDate as never, { ...noDate, id: 'case_evil2', createdAt: 12345 } as never] });
    expect(report).toMatchObject({ added: 0, refused: 2 });
    expect(report.reasons.join('\n')).toMatch(/case "case_evil1": createdAt is missing or not a date/);
    expect((await store.listCases()).every((l) => l.ok)).toBe(true);
    expect(await store.listDamaged()).toEqual([]);
  });

  it('refuses ids that are not of the store\'s own form, such as a path', async () => {
    const { store, caseId } = await storeWithRun();
    const report = await store.importRecords({ ...emptyImport, notices: [notice('../../../../tmp/x', caseId), notice('notice_ok1', caseId), { ...notice('notice_ref1', caseId), evidenceIds: ['../x'] }] });
    expect(report).toMatchObject({ added: 1, refused: 2 });
    expect(report.reasons.join('\n')).toMatch(/notice "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x": the id is not of the form notice_/);
    expect((await store.listNotices()).map((n) => n.id)).toEqual(['notice_ok1']);

    const bytes = new TextEncoder().encode('x').buffer as ArrayBuffer;
    const evidence = { id: '../../etc/passwd', caseId, kind: 'text', mime: 'text/plain', size: 1, sha256: await sha256Hex(bytes), capturedAt: '2026-05-02T00:00:00.000Z', timeZone: 'UTC', url: '', title: '', provenance: { browser: 'x', extensionVersion: '1' } } as const;
    const refused = await store.importEvidenceReport(evidence as never, bytes);
    expect(refused).toMatchObject({ state: 'refused', refused: 1 });
    expect(refused.reasons[0]).toMatch(/not of the form ev_/);
    expect(await store.importEvidence({ ...evidence, id: 'ev_abc_123' } as never, bytes)).toBe('added');
    const run = { id: '../inv', caseId, state: { id: '../inv', username: 'm', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 0, pins: 0, requests: 0 }, startedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' } };
    expect(await store.importInventory(run as never, [], [])).toBe('refused');
  });

  it('keeps imported log entries marked as imported, with the import time, and never replaces one here', async () => {
    const { store, caseId } = await storeWithRun();
    const [own] = await store.listLog();
    const forged: LogRecord[] = [
      { id: 'log_forged1', at: '2020-01-01T00:00:00.000Z', action: 'evidence.deleted', caseId, summary: 'Nothing was ever deleted here.' },
      { ...own!, summary: 'rewritten history' },
      { id: 'log_forged2', at: '2020-01-01T00:00:00.000Z', action: 'case.created', caseId: 'case_nowhere', summary: 'a case that does not exist' },
      { id: 'log_forged3', action: 'case.created', summary: 'no time' } as never,
    ];
    const report = await store.importRecords({ ...emptyImport, log: forged });
    expect(report).toMatchObject({ added: 1, skipped: 1, refused: 2 });
    const log = await store.listLog();
    expect(log.find((e) => e.id === 'log_forged1')).toMatchObject({ imported: true, importedAt: NOW.toISOString() });
    expect(log.find((e) => e.id === own!.id)).toEqual(own);
    expect(own!.imported).toBeUndefined();
  });

  it('counts added, skipped and refused, and importing twice adds nothing', async () => {
    const { store, caseId } = await storeWithRun();
    const records = { ...emptyImport, cases: [{ id: 'case_b_1', title: 'B', platform: 'pinterest' as const, status: 'open' as const, referenceIds: [], region: 'eu' as const, business: false, createdAt: '2026-01-01T00:00:00.000Z' }], notices: [notice('notice_b1', 'case_b_1')], letters: [{ id: 'letter_b1', caseId, kind: 'k', language: 'en', tone: 'formal' as const, subject: 's', body: 'b' }] as never };
    expect(await store.importRecords(records)).toMatchObject({ added: 2, skipped: 0, refused: 1 });
    expect(await store.importRecords(records)).toMatchObject({ added: 0, skipped: 2, refused: 1 });
    expect((await store.listCases()).filter((l) => l.ok)).toHaveLength(2);
    // Nothing in the database is damaged after any of it.
    expect(await store.listDamaged()).toEqual([]);
    const db = await openReinstateDb();
    expect(await db.count('notices')).toBe(1);
  });
});
