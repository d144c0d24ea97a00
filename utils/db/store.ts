import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { sha256Hex } from '../hash';
import { newId } from '../ids';
import { ReinstateError, isQuotaError, toErrorData } from '../errors';
import { openReinstateDb } from './open';
import type {
  CaseRecord,
  EvidenceKind,
  EvidenceRecord,
  LogAction,
  BoardRecord,
  CorrespondenceRecord,
  InventoryRecord,
  LetterRecord,
  PinRecord,
  LogRecord,
  NoticeRecord,
  Provenance,
  ReinstateDB,
  StoreName,
} from './schema';
import { caseProblem, evidenceProblem } from './validate';
import { regionFromTimeZone } from '../cases/region';
import { t } from '../i18n';
import type { BoardRow, PinRow } from '../inventory/pinterest-api';

export interface NewEvidence {
  caseId: string;
  kind: EvidenceKind;
  mime: string;
  bytes: ArrayBuffer;
  url: string;
  title: string;
  provenance: Provenance;
  capturedAt?: Date;
  timeZone?: string;
  noticeId?: string;
  thumb?: { mime: string; bytes: ArrayBuffer };
}

export type Listed<T> = { ok: true; record: T } | { ok: false; id: string; problem: string };

export const DEFAULT_CASE_SETTING = 'currentCaseId';

/**
 * The one typed door to IndexedDB. The background writes through it; extension
 * pages may read through it (same origin); content scripts never open it.
 */
export class Store {
  private dbPromise: Promise<IDBPDatabase<ReinstateDB>> | null = null;

  constructor(
    private readonly open: () => Promise<IDBPDatabase<ReinstateDB>> = () => openReinstateDb(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async db(): Promise<IDBPDatabase<ReinstateDB>> {
    if (!this.dbPromise) {
      this.dbPromise = this.open().then((db) => {
        // After `blocking` closed it (an upgrade elsewhere) or the browser did, reopen next time.
        db.addEventListener('close', () => (this.dbPromise = null));
        return db;
      });
      this.dbPromise.catch(() => (this.dbPromise = null));
    }
    return this.dbPromise;
  }

  // ---- evidence ---------------------------------------------------------

  /**
   * Hashes and stores one capture. The metadata and the bytes go in one
   * transaction: either both are saved or neither is. Existing records are
   * never overwritten (`add`, not `put`).
   */
  async addEvidence(input: NewEvidence): Promise<EvidenceRecord> {
    const capturedAt = input.capturedAt ?? this.clock();
    const record: EvidenceRecord = {
      id: newId('ev', capturedAt),
      caseId: input.caseId,
      kind: input.kind,
      mime: input.mime,
      size: input.bytes.byteLength,
      sha256: await sha256Hex(input.bytes),
      capturedAt: capturedAt.toISOString(),
      timeZone: input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      url: input.url,
      title: input.title,
      provenance: input.provenance,
      ...(input.noticeId ? { noticeId: input.noticeId } : {}),
      ...(input.thumb ? { thumb: input.thumb } : {}),
    };
    await this.write(['evidence', 'evidenceBytes'], async (tx) => {
      await together(
        () => tx.objectStore('evidence').add(record),
        () => tx.objectStore('evidenceBytes').add({ id: record.id, bytes: input.bytes }),
      );
    });
    return record;
  }

  /** Every evidence record, newest first; damaged ones are reported, not thrown. */
  async listEvidence(filter: { caseId?: string; limit?: number } = {}): Promise<Listed<EvidenceRecord>[]> {
    const db = await this.db();
    const out: Listed<EvidenceRecord>[] = [];
    const tx = db.transaction('evidence');
    let cursor = await tx.store.index('capturedAt').openCursor(null, 'prev');
    const damaged: Listed<EvidenceRecord>[] = [];
    while (cursor) {
      const problem = evidenceProblem(cursor.value);
      if (problem) damaged.push({ ok: false, id: String(cursor.primaryKey), problem });
      else if (!filter.caseId || cursor.value.caseId === filter.caseId) {
        out.push({ ok: true, record: cursor.value });
        if (filter.limit && out.length >= filter.limit) break;
      }
      cursor = await cursor.continue();
    }
    // A record without a capturedAt is not in that index at all: find those too.
    if (!filter.limit) {
      const inIndex = new Set(await db.getAllKeysFromIndex('evidence', 'capturedAt'));
      for (const key of await db.getAllKeys('evidence')) {
        if (inIndex.has(key)) continue;
        const value = await db.get('evidence', key);
        damaged.push({ ok: false, id: key, problem: evidenceProblem(value) ?? 'missing capture time' });
      }
    }
    return [...out, ...damaged];
  }

  async getEvidence(id: string): Promise<EvidenceRecord | undefined> {
    return (await this.db()).get('evidence', id);
  }

  async getEvidenceBytes(id: string): Promise<ArrayBuffer> {
    const row = await (await this.db()).get('evidenceBytes', id);
    if (!row || !(row.bytes instanceof ArrayBuffer)) {
      throw new ReinstateError('damaged-record', `The file of evidence ${id} is missing or damaged.`);
    }
    return row.bytes;
  }

  /** Re-hashes the stored bytes: true when they are exactly what was captured. */
  async verifyEvidence(id: string): Promise<boolean> {
    const record = await this.getEvidence(id);
    if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
    return (await sha256Hex(await this.getEvidenceBytes(id))) === record.sha256;
  }

  /**
   * Moves evidence to another case. Only the case changes, never the bytes or
   * their hash; the log says what moved where and when.
   */
  async moveEvidence(id: string, toCaseId: string): Promise<Omit<EvidenceRecord, 'thumb'>> {
    let moved: EvidenceRecord | undefined;
    await this.write(['evidence', 'cases', 'log'], async (tx) => {
      const record = await tx.objectStore('evidence').get(id);
      if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
      if (!(await tx.objectStore('cases').get(toCaseId))) throw new ReinstateError('not-found', `No case ${toCaseId}.`);
      moved = { ...record, caseId: toCaseId };
      await together(
        () => tx.objectStore('evidence').put(moved!),
        () => tx.objectStore('log').add(this.logEntry('evidence.moved', `Evidence moved to another case.`, toCaseId, { evidenceId: id, from: record.caseId, to: toCaseId, sha256: record.sha256 })),
      );
    });
    const { thumb: _thumb, ...rest } = moved!;
    return rest;
  }

  /**
   * Moves a notice (with the evidence taken for it), a letter, a message or an
   * inventory run to another case. Only the case changes; the log says what moved.
   */
  async moveToCase(kind: 'notice' | 'letter' | 'correspondence' | 'inventory', id: string, toCaseId: string): Promise<void> {
    const storeName = ({ notice: 'notices', letter: 'letters', correspondence: 'correspondence', inventory: 'inventories' } as const)[kind];
    await this.write([storeName, 'evidence', 'cases', 'log'], async (tx) => {
      if (!(await tx.objectStore('cases').get(toCaseId))) throw new ReinstateError('not-found', `No case ${toCaseId}.`);
      const record = (await tx.objectStore(storeName).get(id)) as { caseId: string; evidenceIds?: string[] } | undefined;
      if (!record) throw new ReinstateError('not-found', `No ${kind} ${id}.`);
      const from = record.caseId;
      const moves: (() => Promise<unknown>)[] = [() => tx.objectStore(storeName).put({ ...record, caseId: toCaseId } as never)];
      for (const evidenceId of record.evidenceIds ?? []) {
        const evidence = await tx.objectStore('evidence').get(evidenceId);
        if (evidence) moves.push(() => tx.objectStore('evidence').put({ ...evidence, caseId: toCaseId }));
      }
      moves.push(() => tx.objectStore('log').add(this.logEntry('evidence.moved', `${kind} moved to another case.`, toCaseId, { [`${kind}Id`]: id, from, to: toCaseId })));
      await together(...moves);
    });
  }

  /**
   * Deletion is the one way evidence leaves the store, and it always leaves a
   * log entry saying what was deleted, when, and why.
   */
  async deleteEvidence(id: string, reason: string): Promise<LogRecord> {
    const now = this.clock();
    let entry: LogRecord | undefined;
    await this.write(['evidence', 'evidenceBytes', 'log'], async (tx) => {
      const record = await tx.objectStore('evidence').get(id);
      if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
      const damaged = evidenceProblem(record);
      entry = {
        id: newId('log', now),
        at: now.toISOString(),
        action: 'evidence.deleted',
        caseId: typeof record.caseId === 'string' ? record.caseId : undefined,
        summary: reason.trim() || 'Deleted by the user.',
        subject: {
          evidenceId: id,
          kind: String(record.kind ?? ''),
          sha256: damaged ? null : record.sha256,
          url: String(record.url ?? ''),
          capturedAt: String(record.capturedAt ?? ''),
          size: typeof record.size === 'number' ? record.size : null,
        },
      };
      await together(
        () => tx.objectStore('evidence').delete(id),
        () => tx.objectStore('evidenceBytes').delete(id),
        () => tx.objectStore('log').add(entry!),
      );
    });
    return entry!;
  }

  // ---- inventory --------------------------------------------------------------

  async startInventory(caseId: string, state: InventoryRecord['state']): Promise<InventoryRecord> {
    const record: InventoryRecord = { id: state.id, caseId, state };
    await this.write(['inventories'], (tx) => tx.objectStore('inventories').add(record).then(() => undefined));
    return record;
  }

  /**
   * One page of a run: its boards, its pins and the new cursors, in one
   * transaction. Rows are keyed by (run, id), so a page saved twice is one page.
   * A run the user cancelled stays cancelled.
   */
  async saveInventoryBatch(batch: { state: InventoryRecord['state']; boards: BoardRow[]; pins: PinRow[] }): Promise<InventoryRecord['state']['status']> {
    let status: InventoryRecord['state']['status'] = batch.state.status;
    await this.write(['inventories', 'boards', 'pins'], async (tx) => {
      const existing = await tx.objectStore('inventories').get(batch.state.id);
      if (!existing) throw new ReinstateError('not-found', `No inventory run ${batch.state.id}.`);
      if (existing.state.status === 'cancelled') {
        status = 'cancelled';
        return;
      }
      const id = batch.state.id;
      await together(
        () => tx.objectStore('inventories').put({ ...existing, state: batch.state }),
        ...batch.boards.map((b) => () => tx.objectStore('boards').put({ ...b, inventoryId: id })),
        ...batch.pins.map((p) => () => tx.objectStore('pins').put({ ...p, inventoryId: id })),
      );
    });
    return status;
  }

  async cancelInventory(id: string): Promise<void> {
    await this.write(['inventories'], async (tx) => {
      const existing = await tx.objectStore('inventories').get(id);
      if (!existing) throw new ReinstateError('not-found', `No inventory run ${id}.`);
      if (existing.state.status === 'running') await tx.objectStore('inventories').put({ ...existing, state: { ...existing.state, status: 'cancelled', message: 'Cancelled by the user.' } });
    });
  }

  async getInventory(id: string): Promise<InventoryRecord | undefined> {
    return (await this.db()).get('inventories', id);
  }

  async listInventories(caseId?: string): Promise<InventoryRecord[]> {
    const all = await (await this.db()).getAll('inventories');
    return all.filter((r) => !caseId || r.caseId === caseId).sort((a, b) => b.state.startedAt.localeCompare(a.state.startedAt));
  }

  async listBoards(inventoryId: string): Promise<BoardRecord[]> {
    return (await this.db()).getAllFromIndex('boards', 'inventoryId', inventoryId);
  }

  /** Pins of a run, a page at a time (a run can hold 50,000). */
  async listPins(inventoryId: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<PinRecord[]> {
    const out: PinRecord[] = [];
    let cursor = await (await this.db()).transaction('pins').store.index('inventoryId').openCursor(inventoryId);
    if (cursor && offset) cursor = await cursor.advance(offset);
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async countPins(inventoryId: string): Promise<number> {
    return (await this.db()).countFromIndex('pins', 'inventoryId', inventoryId);
  }

  // ---- import ----------------------------------------------------------------

  /**
   * Adds records from a bundle, keeping their ids; a record already here is
   * left alone, so importing twice duplicates nothing.
   */
  async importRecords(records: { cases: CaseRecord[]; notices: NoticeRecord[]; letters: LetterRecord[]; correspondence: CorrespondenceRecord[]; log: LogRecord[] }): Promise<{ added: number; skipped: number }> {
    let added = 0;
    let skipped = 0;
    await this.write(['cases', 'notices', 'letters', 'correspondence', 'log'], async (tx) => {
      const groups: [StoreName, { id: string }[]][] = [['cases', records.cases], ['notices', records.notices], ['letters', records.letters], ['correspondence', records.correspondence], ['log', records.log]];
      for (const [name, rows] of groups) {
        const os = tx.objectStore(name as 'cases');
        for (const row of rows) {
          if (await os.getKey(row.id)) skipped++;
          else {
            // A notice with the same wording from another install is the same notice.
            if (name === 'notices' && (await tx.objectStore('notices').index('dedupeKey').getKey((row as NoticeRecord).dedupeKey))) {
              skipped++;
              continue;
            }
            await os.add(row as never);
            added++;
          }
        }
      }
    });
    return { added, skipped };
  }

  /** An inventory run from a bundle, with its boards and pins; a run already here is left alone. */
  async importInventory(run: InventoryRecord, boards: BoardRecord[], pins: PinRecord[]): Promise<'added' | 'skipped'> {
    if (await this.getInventory(run.id)) return 'skipped';
    await this.write(['inventories', 'boards', 'pins'], async (tx) => {
      await together(
        () => tx.objectStore('inventories').add(run),
        ...boards.map((b) => () => tx.objectStore('boards').put(b)),
        ...pins.map((p) => () => tx.objectStore('pins').put(p)),
      );
    });
    return 'added';
  }

  /** One evidence item from a bundle: its bytes must still hash to the recorded SHA-256. */
  async importEvidence(record: EvidenceRecord, bytes: ArrayBuffer): Promise<'added' | 'skipped'> {
    if ((await sha256Hex(bytes)) !== record.sha256) throw new ReinstateError('damaged-record', `The file of evidence ${record.id} does not match its SHA-256; it was not imported.`);
    if (await this.getEvidence(record.id)) return 'skipped';
    await this.write(['evidence', 'evidenceBytes'], async (tx) => {
      await together(
        () => tx.objectStore('evidence').add({ ...record, size: bytes.byteLength }),
        () => tx.objectStore('evidenceBytes').add({ id: record.id, bytes }),
      );
    });
    return 'added';
  }

  // ---- notices -------------------------------------------------------------

  async findNotice(dedupeKey: string): Promise<NoticeRecord | undefined> {
    return (await this.db()).getFromIndex('notices', 'dedupeKey', dedupeKey);
  }

  /** Stores a notice once; a second one with the same `dedupeKey` is refused by the index. */
  async addNotice(notice: NoticeRecord): Promise<NoticeRecord> {
    await this.write(['notices'], (tx) => tx.objectStore('notices').add(notice).then(() => undefined));
    return notice;
  }

  async listNotices(caseId?: string): Promise<NoticeRecord[]> {
    const all = await (await this.db()).getAllFromIndex('notices', 'seenAt');
    return all.filter((n) => !caseId || n.caseId === caseId).reverse();
  }

  // ---- letters and correspondence ------------------------------------------

  async addLetter(input: Omit<LetterRecord, 'id' | 'createdAt'>): Promise<LetterRecord> {
    const now = this.clock();
    const record: LetterRecord = { ...input, id: newId('letter', now), createdAt: now.toISOString() };
    await this.write(['letters'], (tx) => tx.objectStore('letters').add(record).then(() => undefined));
    return record;
  }

  async listLetters(caseId: string): Promise<LetterRecord[]> {
    return (await (await this.db()).getAllFromIndex('letters', 'caseId', caseId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async addCorrespondence(input: Omit<CorrespondenceRecord, 'id' | 'loggedAt'>): Promise<CorrespondenceRecord> {
    const now = this.clock();
    const record: CorrespondenceRecord = { ...input, id: newId('msg', now), loggedAt: now.toISOString() };
    await this.write(['correspondence'], (tx) => tx.objectStore('correspondence').add(record).then(() => undefined));
    return record;
  }

  async listCorrespondence(caseId: string): Promise<CorrespondenceRecord[]> {
    return (await (await this.db()).getAllFromIndex('correspondence', 'caseId', caseId)).sort((a, b) => a.at.localeCompare(b.at));
  }

  async getNotice(id: string): Promise<NoticeRecord | undefined> {
    return (await this.db()).get('notices', id);
  }

  // ---- cases -------------------------------------------------------------

  /**
   * Changes a case's facts (status, dates, region…). Every change leaves a
   * log line with the fields before and after; a status change gets its own
   * action so the timeline can show it.
   */
  async updateCase(id: string, changes: Partial<Omit<CaseRecord, 'id' | 'createdAt'>>): Promise<CaseRecord> {
    let updated: CaseRecord | undefined;
    await this.write(['cases', 'log'], async (tx) => {
      const current = await tx.objectStore('cases').get(id);
      if (!current) throw new ReinstateError('not-found', `No case ${id}.`);
      updated = { ...current, ...changes, id: current.id, createdAt: current.createdAt };
      const changed = Object.keys(changes).filter((k) => JSON.stringify((current as unknown as Record<string, unknown>)[k]) !== JSON.stringify((changes as Record<string, unknown>)[k]));
      const entries = changed.map((key) =>
        this.logEntry(
          key === 'status' ? 'case.status' : 'case.updated',
          key === 'status' ? `Status: ${current.status} → ${changes.status}` : `${key} changed`,
          id,
          { field: key, before: JSON.stringify((current as unknown as Record<string, unknown>)[key] ?? null), after: JSON.stringify((changes as Record<string, unknown>)[key] ?? null) },
        ),
      );
      await together(() => tx.objectStore('cases').put(updated!), ...entries.map((e) => () => tx.objectStore('log').add(e)));
    });
    return updated!;
  }

  async addCase(input: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> & { title: string }): Promise<CaseRecord> {
    const now = this.clock();
    const record: CaseRecord = {
      id: newId('case', now),
      platform: 'pinterest',
      status: 'open',
      referenceIds: [],
      region: 'other',
      business: false,
      ...input,
      createdAt: now.toISOString(),
    };
    await this.write(['cases', 'log'], async (tx) => {
      await together(
        () => tx.objectStore('cases').add(record),
        () => tx.objectStore('log').add(this.logEntry('case.created', `Case “${record.title}” created.`, record.id)),
      );
    });
    return record;
  }

  async listCases(): Promise<Listed<CaseRecord>[]> {
    const rows = await (await this.db()).getAll('cases');
    return rows
      .map((value): Listed<CaseRecord> => {
        const problem = caseProblem(value);
        return problem ? { ok: false, id: String((value as { id?: unknown })?.id ?? '?'), problem } : { ok: true, record: value };
      })
      .sort((a, b) => (a.ok && b.ok ? b.record.createdAt.localeCompare(a.record.createdAt) : a.ok ? -1 : 1));
  }

  async getCase(id: string): Promise<CaseRecord | undefined> {
    return (await this.db()).get('cases', id);
  }

  /** The case new captures go to; on first use, a default case is made. */
  async currentCase(defaultTitle = 'My case'): Promise<CaseRecord> {
    const id = await this.getSetting<string>(DEFAULT_CASE_SETTING);
    if (id) {
      const found = await this.getCase(id);
      if (found && !caseProblem(found)) return found;
    }
    // Pages open together (at install Firefox opens the welcome tab while the
    // popup and the background start) and each has its own Store: look again
    // and create inside one readwrite transaction, which IndexedDB runs one at
    // a time across pages, so they all get the same first case.
    const now = this.clock();
    let current: CaseRecord | undefined;
    await this.write(['cases', 'settings', 'log'], async (tx) => {
      const setting = (await tx.objectStore('settings').get(DEFAULT_CASE_SETTING))?.value as string | undefined;
      const existing = setting ? await tx.objectStore('cases').get(setting) : undefined;
      if (existing && !caseProblem(existing)) {
        current = existing;
        return;
      }
      const record: CaseRecord = {
        id: newId('case', now),
        platform: 'pinterest',
        status: 'open',
        referenceIds: [],
        region: regionFromTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone),
        business: false,
        title: defaultTitle,
        createdAt: now.toISOString(),
      };
      await together(
        () => tx.objectStore('cases').add(record),
        () => tx.objectStore('settings').put({ key: DEFAULT_CASE_SETTING, value: record.id }),
        () => tx.objectStore('log').add(this.logEntry('case.created', `Case “${record.title}” created.`, record.id)),
      );
      current = record;
    });
    return current!;
  }

  /** The case a request names, or the current case (made on first use, titled in the UI language). */
  async caseIdOrCurrent(caseId?: string): Promise<string> {
    return caseId ?? (await this.currentCase(t('defaultCaseTitle'))).id;
  }

  // ---- settings and log ----------------------------------------------------

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await (await this.db()).get('settings', key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.write(['settings'], (tx) => tx.objectStore('settings').put({ key, value }).then(() => undefined));
  }

  async listLog(): Promise<LogRecord[]> {
    return (await (await this.db()).getAllFromIndex('log', 'at')).reverse();
  }

  private logEntry(action: LogAction, summary: string, caseId?: string, subject?: LogRecord['subject']): LogRecord {
    const now = this.clock();
    return { id: newId('log', now), at: now.toISOString(), action, summary, ...(caseId ? { caseId } : {}), ...(subject ? { subject } : {}) };
  }

  /**
   * Runs a read-write transaction and turns a full disk into a clear
   * `storage-full` error. The transaction is aborted as a whole, so nothing
   * is stored half and earlier records stay as they were.
   */
  private async write(
    stores: StoreName[],
    body: (tx: IDBPTransaction<ReinstateDB, StoreName[], 'readwrite'>) => Promise<void>,
  ): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(stores, 'readwrite');
    try {
      await body(tx);
      await tx.done;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(() => undefined);
      if (error instanceof ReinstateError) throw error;
      if (isQuotaError(error)) throw new ReinstateError('storage-full', toErrorData(error).message);
      throw error;
    }
  }
}

/**
 * Issues several requests of one transaction and waits for all. A request that
 * throws at once (a full disk) still leaves the others observed, so their
 * rejection on abort is not an unhandled error.
 */
function together(...requests: (() => Promise<unknown>)[]): Promise<unknown[]> {
  return Promise.all(
    requests.map((issue) => {
      try {
        return issue();
      } catch (error) {
        return Promise.reject(error);
      }
    }),
  );
}
