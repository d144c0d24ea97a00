import { sha256Hex } from '../../hash';
import { ReinstateError } from '../../errors';
import type { BoardRecord, CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, NoticeRecord, PinRecord, StoreName } from '../schema';
import { CAPS, capText, idOfForm, platformId, type StoreContext, type WriteTx } from './base';
import { validateCase } from './cases';
import { validateCorrespondence } from './correspondence';
import { bytesRow, validateEvidence } from './evidence';
import { validateBoard, validateInventory, validatePin } from './inventories';
import { validateLetter } from './letters';
import { validateLogEntry } from './log';
import { capNotice, validateNotice } from './notices';
import { plainDataProblem } from '../../security/plain-data';
import { idRange } from '../id-range';
import { COUNT_STORES, keepPinImageCounts, type CountChange } from './pin-image-counts';

/** What an import did, record by record: nothing is overwritten, every refusal says why. */
export interface ImportReport {
  added: number;
  skipped: number;
  refused: number;
  reasons: string[];
}

export interface ImportableRecords {
  cases: CaseRecord[];
  notices: NoticeRecord[];
  letters: LetterRecord[];
  correspondence: CorrespondenceRecord[];
  log: LogRecord[];
}

/** At most this many reasons are kept: a hostile bundle with 50,000 bad pins gets a count, not a novel. */
const MAX_REASONS = 50;

const ID_PREFIX = { cases: 'case', notices: 'notice', letters: 'letter', correspondence: 'msg', log: 'log', inventories: 'inv', evidence: 'ev' } as const;

function newReport(): ImportReport {
  return { added: 0, skipped: 0, refused: 0, reasons: [] };
}

function refuse(report: ImportReport, what: string, id: unknown, why: string): void {
  report.refused++;
  if (report.reasons.length < MAX_REASONS) report.reasons.push(`${what} ${shortId(id)}: ${why}`);
}

/** An id as a reason may show it: short and printable (it may be hostile). */
function shortId(id: unknown): string {
  const s = typeof id === 'string' ? id : JSON.stringify(id) ?? String(id);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

/** The first problem of an imported record: schema, id form, the case it belongs to, or null. */
function importProblem(store: keyof typeof ID_PREFIX, validate: (v: unknown) => string | null, row: unknown, knownCase: (id: string) => boolean): string | null {
  const problem = plainDataProblem(row) ?? validate(row);
  if (problem) return problem;
  const r = row as { id: string; caseId?: string; evidenceIds?: string[]; noticeId?: string; attachmentIds?: string[]; letterId?: string };
  if (!idOfForm(ID_PREFIX[store], r.id)) return `the id is not of the form ${ID_PREFIX[store]}_…`;
  if (store !== 'cases' && r.caseId !== undefined && !knownCase(r.caseId)) return 'it names a case that is neither here nor in the bundle';
  const refs = [...(r.evidenceIds ?? []), ...(r.attachmentIds ?? [])];
  if (refs.some((id) => !idOfForm('ev', id))) return 'it names evidence by an id not of the form ev_…';
  if (r.noticeId !== undefined && !idOfForm('notice', r.noticeId)) return 'it names a notice by an id not of the form notice_…';
  if (r.letterId !== undefined && !idOfForm('letter', r.letterId)) return 'it names a letter by an id not of the form letter_…';
  return null;
}

/**
 * Adds the records of a bundle, keeping their ids, in one transaction. Each
 * record is checked with the store's own validator and id form; a record
 * already here (same id, or a notice with the same wording) is skipped, never
 * overwritten; imported log entries are marked as imported, with the time.
 */
export async function importRecords(ctx: StoreContext, records: ImportableRecords): Promise<ImportReport> {
  const report = newReport();
  const importedAt = ctx.clock().toISOString();
  const list = (rows: unknown): unknown[] => (Array.isArray(rows) ? rows : []);
  await ctx.write(['cases', 'notices', 'letters', 'correspondence', 'log'], async (tx) => {
    const bundleCases = new Set(list(records.cases).flatMap((c) => (!validateCase(c) && idOfForm('case', (c as CaseRecord).id) ? [(c as CaseRecord).id] : [])));
    const hereCases = new Set((await tx.objectStore('cases').getAllKeys()).map(String));
    const knownCase = (id: string) => bundleCases.has(id) || hereCases.has(id);
    const groups: [keyof ImportableRecords, (v: unknown) => string | null, (row: never) => unknown][] = [
      ['cases', validateCase, (c: CaseRecord) => ({ ...c, title: capText(c.title, CAPS.title) })],
      ['notices', validateNotice, (n: NoticeRecord) => capNotice(n)],
      ['letters', validateLetter, (l: LetterRecord) => l],
      ['correspondence', validateCorrespondence, (m: CorrespondenceRecord) => m],
      ['log', validateLogEntry, (e: LogRecord) => ({ ...e, imported: true, importedAt })],
    ];
    for (const [name, validate, prepare] of groups) {
      const what = name === 'correspondence' ? 'message' : name === 'log' ? 'log entry' : name.slice(0, -1);
      const store = tx.objectStore(name as StoreName as 'cases');
      const seen = new Set<string>();
      for (const row of list(records[name])) {
        const problem = importProblem(name, validate, row, knownCase);
        if (problem) {
          refuse(report, what, (row as { id?: unknown } | null)?.id, problem);
          continue;
        }
        const id = (row as { id: string }).id;
        const duplicateWording = name === 'notices' && (await tx.objectStore('notices').index('dedupeKey').getKey((row as NoticeRecord).dedupeKey)) !== undefined;
        if (seen.has(id) || (await store.getKey(id)) !== undefined || duplicateWording) {
          report.skipped++;
          continue;
        }
        seen.add(id);
        await store.add(prepare(row as never) as never);
        report.added++;
      }
    }
  });
  return report;
}

/**
 * An inventory run from a bundle, with its boards and pins, in one
 * transaction. A run already here is left alone as a whole; a board or pin
 * of another run (a bundle trying to change an existing inventory) is refused.
 */
export async function importInventory(ctx: StoreContext, run: InventoryRecord, boards: BoardRecord[], pins: PinRecord[]): Promise<ImportReport & { state: 'added' | 'skipped' | 'refused' }> {
  const report = newReport();
  const runProblem = plainDataProblem(run) ?? validateInventory(run) ?? (!idOfForm('inv', run.id) ? 'the id is not of the form inv_…' : run.state.id !== run.id ? 'its state names another run' : null);
  if (runProblem) {
    refuse(report, 'inventory', (run as { id?: unknown } | null)?.id, runProblem);
    return { ...report, state: 'refused' };
  }
  let state: 'added' | 'skipped' | 'refused' = 'added';
  await ctx.write(['cases', 'inventories', 'boards', 'pins'], async (tx) => {
    if (!(await tx.objectStore('cases').getKey(run.caseId))) {
      refuse(report, 'inventory', run.id, 'it names a case that is not here');
      state = 'refused';
      return;
    }
    if ((await tx.objectStore('inventories').getKey(run.id)) !== undefined) {
      report.skipped += 1 + (Array.isArray(boards) ? boards.length : 0) + (Array.isArray(pins) ? pins.length : 0);
      state = 'skipped';
      return;
    }
    await tx.objectStore('inventories').add(run);
    report.added++;
    await addRows(tx, 'boards', 'board', boards, validateBoard, run.id, report);
    await addRows(tx, 'pins', 'pin', pins, validatePin, run.id, report);
  });
  return { ...report, state };
}

async function addRows(tx: WriteTx, store: 'boards' | 'pins', what: string, rows: unknown, validate: (v: unknown) => string | null, runId: string, report: ImportReport): Promise<void> {
  const os = tx.objectStore(store);
  const requests: Promise<unknown>[] = [];
  const seen = new Set<string>();
  // The run's rows already here, in one request: one lookup per pin would be 50,000 round trips.
  const here = new Set((await os.getAllKeys(IDBKeyRange.bound([runId], [runId, []]))).map((key) => String((key as [string, string])[1])));
  for (const row of Array.isArray(rows) ? rows : []) {
    const r = row as { id?: unknown; inventoryId?: unknown };
    const problem = plainDataProblem(row) ?? validate(row) ?? (r.inventoryId !== runId ? 'it belongs to another inventory run' : !platformId(r.id) ? 'the id is not a platform id' : null);
    if (problem) {
      refuse(report, what, r?.id, problem);
      continue;
    }
    if (seen.has(r.id as string) || here.has(r.id as string)) {
      report.skipped++;
      continue;
    }
    seen.add(r.id as string);
    requests.push(os.add(row as never));
    report.added++;
  }
  await Promise.all(requests);
}

/**
 * One evidence item from a bundle: its bytes must still hash to the recorded
 * SHA-256 (else an error), the record must pass the validator and name a case
 * that is here; one already here is skipped.
 */
export async function importEvidence(ctx: StoreContext, record: EvidenceRecord, bytes: ArrayBuffer): Promise<ImportReport & { state: 'added' | 'skipped' | 'refused' }> {
  const report = newReport();
  if ((await sha256Hex(bytes)) !== (record as { sha256?: unknown } | null)?.sha256) {
    throw new ReinstateError('damaged-record', `The file of evidence ${shortId(record?.id)} does not match its SHA-256; it was not imported.`);
  }
  const sized = { ...record, size: bytes.byteLength, title: typeof record.title === 'string' ? capText(record.title, CAPS.title) : record.title };
  const problem = importProblem('evidence', validateEvidence, sized, () => true);
  if (problem) {
    refuse(report, 'evidence', record.id, problem);
    return { ...report, state: 'refused' };
  }
  let state: 'added' | 'skipped' | 'refused' = 'added';
  await ctx.write(['cases', 'evidence', 'evidenceBytes', ...COUNT_STORES], async (tx) => {
    if (!(await tx.objectStore('cases').getKey(record.caseId))) {
      refuse(report, 'evidence', record.id, 'it names a case that is not here');
      state = 'refused';
      return;
    }
    if ((await tx.objectStore('evidence').getKey(record.id)) !== undefined || (await tx.objectStore('evidenceBytes').getKey(record.id)) !== undefined) {
      report.skipped++;
      state = 'skipped';
      return;
    }
    await Promise.all([tx.objectStore('evidence').add(sized), tx.objectStore('evidenceBytes').add(bytesRow(record.id, bytes, sized.mime))]);
    await keepPinImageCounts(tx, [{ row: sized, delta: 1 }]);
    report.added++;
  });
  return { ...report, state };
}

export type ImportState = 'added' | 'skipped' | 'refused';

/**
 * Which of `ids` a store holds: the keys of the range from the smallest to
 * the largest id in one request when that range holds few others (a batch of
 * a bundle, in capture order, usually is one range), else one lookup each.
 */
async function keysAmong(store: { count(range: IDBKeyRange): Promise<number>; getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>; getKey(key: string): Promise<IDBValidKey | undefined> }, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const range = idRange(ids);
  if ((await store.count(range)) <= 4 * ids.length) return new Set((await store.getAllKeys(range)).map(String));
  const keys = await Promise.all(ids.map((id) => store.getKey(id)));
  return new Set(keys.flatMap((key) => (key === undefined ? [] : [String(key)])));
}

/**
 * Many evidence items from a bundle in one transaction, each judged exactly
 * as `importEvidence` judges one: every file is hashed and must match its
 * record (else an error and nothing of the batch is written), every record
 * passes the validator and names a case that is here, one already here (or
 * twice in the batch) is skipped, nothing is overwritten. `states` gives each
 * item's fate in the order given.
 */
export async function importEvidenceBatch(ctx: StoreContext, items: readonly { record: EvidenceRecord; bytes: ArrayBuffer }[]): Promise<ImportReport & { states: ImportState[] }> {
  const report = newReport();
  const hashes = await Promise.all(items.map(({ bytes }) => sha256Hex(bytes)));
  items.forEach(({ record }, i) => {
    if (hashes[i] !== (record as { sha256?: unknown } | null)?.sha256) {
      throw new ReinstateError('damaged-record', `The file of evidence ${shortId(record?.id)} does not match its SHA-256; nothing of its batch was imported.`);
    }
  });
  const states: ImportState[] = items.map(() => 'refused');
  const ready: { index: number; sized: EvidenceRecord; bytes: ArrayBuffer }[] = [];
  items.forEach(({ record, bytes }, index) => {
    const sized = { ...record, size: bytes.byteLength, title: typeof record.title === 'string' ? capText(record.title, CAPS.title) : record.title };
    const problem = importProblem('evidence', validateEvidence, sized, () => true);
    if (problem) refuse(report, 'evidence', record.id, problem);
    else ready.push({ index, sized, bytes });
  });
  if (!ready.length) return { ...report, states };
  await ctx.write(['cases', 'evidence', 'evidenceBytes', ...COUNT_STORES], async (tx) => {
    const cases = tx.objectStore('cases');
    const evidence = tx.objectStore('evidence');
    const evidenceBytes = tx.objectStore('evidenceBytes');
    // What is here already, in a few requests instead of three per item.
    const ids = ready.map(({ sized }) => sized.id);
    const [caseKeys, evidenceKeys, bytesKeys] = await Promise.all([cases.getAllKeys(), keysAmong(evidence, ids), keysAmong(evidenceBytes, ids)]);
    const hereCases = new Set(caseKeys.map(String));
    const seen = new Set<string>();
    const writes: Promise<unknown>[] = [];
    const added: CountChange[] = [];
    ready.forEach(({ index, sized, bytes }) => {
      if (!hereCases.has(sized.caseId)) {
        refuse(report, 'evidence', sized.id, 'it names a case that is not here');
        return;
      }
      if (seen.has(sized.id) || evidenceKeys.has(sized.id) || bytesKeys.has(sized.id)) {
        report.skipped++;
        states[index] = 'skipped';
        return;
      }
      seen.add(sized.id);
      writes.push(evidence.add(sized), evidenceBytes.add(bytesRow(sized.id, bytes, sized.mime)));
      added.push({ row: sized, delta: 1 });
      report.added++;
      states[index] = 'added';
    });
    await Promise.all(writes);
    await keepPinImageCounts(tx, added);
  });
  return { ...report, states };
}
