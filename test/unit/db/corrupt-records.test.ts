import { describe, expect, it } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import type { StoreName } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { exportToBytes, seededStore, verify } from '../bundle/helpers';

/**
 * The corrupt-record matrix (issue 14 item 8). For every store, every field
 * a page, the popup or the export reads is written missing and with a wrong
 * type, straight into IndexedDB (bypassing the store), beside valid records.
 */
const REQUIRED: Partial<Record<StoreName, string[]>> = {
  cases: ['title', 'platform', 'status', 'region', 'createdAt', 'referenceIds', 'business'],
  evidence: ['caseId', 'kind', 'mime', 'size', 'sha256', 'capturedAt', 'timeZone', 'url', 'title', 'provenance'],
  notices: ['caseId', 'platform', 'kind', 'language', 'text', 'textHash', 'dedupeKey', 'url', 'title', 'seenAt', 'timeZone', 'confidence', 'signals', 'evidenceIds'],
  letters: ['caseId', 'kind', 'language', 'tone', 'subject', 'body', 'createdAt'],
  correspondence: ['caseId', 'at', 'loggedAt', 'channel', 'direction', 'summary', 'attachmentIds'],
  inventories: ['caseId', 'state', 'state.counts', 'state.counts.pins', 'state.startedAt', 'state.updatedAt', 'state.status', 'state.boards', 'state.username'],
  boards: ['name', 'url', 'privacy', 'pinCount', 'sectionCount', 'archived'],
  pins: [],
  log: ['at', 'action', 'summary'],
};
/** Fields that may be absent but, when present, must have their type. */
const OPTIONAL: Partial<Record<StoreName, string[]>> = {
  cases: ['account', 'decisionDate', 'decisionKind'],
  evidence: ['noticeId', 'thumb'],
  notices: ['account', 'screenshotMissing'],
  letters: ['noticeId'],
  correspondence: ['referenceId', 'text', 'letterId'],
  pins: ['title', 'description', 'link', 'imageOriginal', 'imageSmall', 'boardId', 'sectionId', 'createdAt', 'pinner', 'source'],
  log: ['caseId', 'subject'],
};

const wrongTypeOf = (value: unknown): unknown => (typeof value === 'string' ? 12345 : typeof value === 'number' ? 'twelve' : typeof value === 'boolean' ? 'yes' : Array.isArray(value) ? 'not a list' : 'not an object');

function withField(record: Record<string, unknown>, path: string, value: unknown | typeof REMOVE): Record<string, unknown> {
  const copy = structuredClone(record);
  const parts = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>;
  if (value === REMOVE) delete target[parts.at(-1)!];
  else target[parts.at(-1)!] = value;
  return copy;
}
const REMOVE = Symbol('remove');
const fieldOf = (record: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)?.[p], record);

describe('corrupt records in every store', () => {
  it('no list throws, every damaged record is named with its problem, the export completes, nothing is lost', async () => {
    const { store, caseId } = await seededStore();
    const db = await openReinstateDb();
    const corrupt: { store: StoreName; id: string }[] = [];
    const put = async (name: StoreName, record: Record<string, unknown>) => {
      await db.put(name as 'cases', record as never);
      corrupt.push({ store: name, id: Array.isArray(db.transaction(name).store.keyPath) ? `${record.inventoryId}/${record.id}` : String(record.id ?? record.key) });
    };

    for (const name of Object.keys(REQUIRED) as StoreName[]) {
      const [template] = (await db.getAll(name as 'cases')) as unknown as Record<string, unknown>[];
      expect(template, `a valid ${name} record to start from`).toBeDefined();
      let n = 0;
      const variant = async (path: string, value: unknown) => {
        const id = `${name}_bad_${++n}`;
        // Each corrupt record gets its own id; a notice its own dedupe key (a unique index).
        const record = withField({ ...template!, id, ...(name === 'notices' ? { dedupeKey: `bad-${n}` } : {}) }, path, value);
        await put(name, record);
      };
      for (const field of REQUIRED[name]!) {
        await variant(field, REMOVE);
        await variant(field, wrongTypeOf(fieldOf(template!, field)));
      }
      for (const field of OPTIONAL[name] ?? []) await variant(field, wrongTypeOf(fieldOf(template!, field) ?? 'text'));
      // The id itself: a number where text belongs.
      await put(name, { ...template!, id: 900_000 + corrupt.length, ...(name === 'notices' ? { dedupeKey: 'bad-id' } : {}) });
    }
    // The issue's own cases, by name: a date as a number, evidence bytes that are not bytes, a setting without a key is impossible (keyPath).
    await put('cases', { id: 'case_numeric_date', title: 'x', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: 1714000000000 });
    const [anyEvidence] = await db.getAll('evidence');
    await db.put('evidence', { ...anyEvidence!, id: 'ev_bytes_bad' });
    await db.put('evidenceBytes', { id: 'ev_bytes_bad', bytes: 'not bytes' } as never);
    corrupt.push({ store: 'evidenceBytes', id: 'ev_bytes_bad' });

    const countAll = async () => Object.fromEntries(await Promise.all([...db.objectStoreNames].map(async (s) => [s, await db.count(s as 'cases')] as const)));
    const before = await countAll();

    // Every list a page, the popup or the export calls, on a fresh connection as a page would.
    const page = new Store();
    const runs = await page.listInventories();
    const lists = await Promise.all([
      page.listCases(), page.listEvidence(), page.listEvidence({ caseId }), page.listEvidence({ caseId, limit: 5 }), page.listNotices(), page.listNotices(caseId),
      page.listLetters(caseId), page.listCorrespondence(caseId), page.listLog(), ...runs.flatMap((r) => [page.listBoards(r.id), page.listPins(r.id), page.listPins(r.id, 0, 10)]),
      page.currentCase('x'), page.getSetting('currentCaseId'),
    ]);
    expect(lists.length).toBeGreaterThan(10);
    // What they hand out is valid: no damaged notice, letter, message, run, pin or log entry reaches a page.
    expect((await page.listNotices()).every((n) => Array.isArray(n.signals) && typeof n.seenAt === 'string')).toBe(true);
    expect(runs.every((r) => typeof r.state.counts.pins === 'number')).toBe(true);
    expect((await page.listCases()).filter((l) => l.ok).every((l) => l.ok && typeof l.record.createdAt === 'string' && typeof l.record.status === 'string')).toBe(true);

    const damaged = await page.listDamaged();
    const named = new Set(damaged.map((d) => `${d.store}:${d.id}`));
    const missing = corrupt.filter((c) => !named.has(`${c.store}:${c.id}`));
    expect(missing, 'corrupt records listDamaged() did not name').toEqual([]);
    expect(damaged.every((d) => d.problem.length > 3)).toBe(true);
    // And nothing valid is called damaged.
    expect(damaged.filter((d) => !corrupt.some((c) => c.store === d.store && c.id === d.id))).toEqual([]);

    const { bytes, result } = await exportToBytes(page);
    const verdict = await verify(bytes);
    expect(verdict.intact).toBe(true);
    expect(result.files).toBeGreaterThan(10);
    expect(result.problems.some((p) => /ev_bytes_bad/.test(p))).toBe(true);

    const after = await countAll();
    expect(after).toEqual({ ...before, cases: after.cases, log: after.log });
    expect(after.cases).toBeGreaterThanOrEqual(before.cases!);
    const lost = Object.keys(before).reduce((n, s) => n + Math.max(0, before[s]! - after[s]!), 0);
    expect(lost).toBe(0);
    console.log(`corrupt-record matrix: ${corrupt.length} corrupt records in ${new Set(corrupt.map((c) => c.store)).size} stores; ${damaged.length} named by listDamaged(); ${lists.length} lists read without an error; export ${result.files} files, ${verdict.intact ? 'INTACT' : 'NOT INTACT'}; records lost: ${lost}`);
  });
});
