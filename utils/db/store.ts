import type { IDBPDatabase } from 'idb';
import { openReinstateDb } from './open';
import { DEFAULT_CASE_SETTING } from './schema';
import type {
  BoardRecord,
  CaseRecord,
  CorrespondenceRecord,
  EvidenceRecord,
  InventoryRecord,
  LetterRecord,
  LogRecord,
  NoticeRecord,
  PinRecord,
  ReinstateDB,
  StoreName,
} from './schema';
import { regionFromTimeZone } from '../cases/region';
import { t } from '../i18n';
import type { BoardRow, PinRow } from '../inventory/pinterest-api';
import { ReinstateError } from '../errors';
import { logEntry, together, writeTx, type Damaged, type Listed, type StoreContext, type WriteTx } from './stores/base';
import { CasesStore } from './stores/cases';
import { CorrespondenceStore } from './stores/correspondence';
import { listDamaged } from './stores/damaged';
import { EvidenceStore, type EvidenceQuery, type NewEvidence, type RecordWithBytes } from './stores/evidence';
import { COUNT_STORES, fillPinImageCounts, keepPinImageCounts, keptPinImageCount, type CountChange, type FillOptions } from './stores/pin-image-counts';
import { auditCase, pageOfCase, type AuditOptions, type CaseAudit, type EvidencePage, type PageMark, type PageQuery } from './stores/evidence-pages';
import { importEvidence, importEvidenceBatch, importInventory, importRecords, type ImportReport, type ImportState, type ImportableRecords } from './stores/imports';
import { InventoriesStore } from './stores/inventories';
import { LettersStore } from './stores/letters';
import { LogStore } from './stores/log';
import { NoticesStore } from './stores/notices';
import { SettingsStore } from './stores/settings';
import type { LogAction } from './schema';

export type { Damaged, Listed, NewEvidence, EvidenceQuery, ImportReport, CaseAudit, EvidencePage, PageMark, PageQuery };

export { DEFAULT_CASE_SETTING };

/**
 * The one typed door to IndexedDB, as a facade over one module per store
 * (`utils/db/stores/`), each owning its records' validator, reads and writes.
 * The background writes through it; extension pages may read through it
 * (same origin); content scripts never open it. Lists give only valid
 * records (cases and evidence add the damaged ones as `ok: false`);
 * `listDamaged()` names every damaged record of every store.
 */
export class Store {
  private dbPromise: Promise<IDBPDatabase<ReinstateDB>> | null = null;
  private readonly ctx: StoreContext;
  readonly cases: CasesStore;
  readonly evidence: EvidenceStore;
  readonly notices: NoticesStore;
  readonly letters: LettersStore;
  readonly correspondence: CorrespondenceStore;
  readonly inventories: InventoriesStore;
  readonly settings: SettingsStore;
  readonly log: LogStore;

  constructor(
    private readonly open: () => Promise<IDBPDatabase<ReinstateDB>> = () => openReinstateDb(),
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.ctx = {
      db: () => this.db(),
      clock: () => this.clock(),
      write: async (stores: StoreName[], body: (tx: WriteTx) => Promise<void>) => writeTx(await this.db(), stores, body),
    };
    this.cases = new CasesStore(this.ctx);
    this.evidence = new EvidenceStore(this.ctx);
    this.notices = new NoticesStore(this.ctx);
    this.letters = new LettersStore(this.ctx);
    this.correspondence = new CorrespondenceStore(this.ctx);
    this.inventories = new InventoriesStore(this.ctx);
    this.settings = new SettingsStore(this.ctx);
    this.log = new LogStore(this.ctx);
  }

  async db(): Promise<IDBPDatabase<ReinstateDB>> {
    if (!this.dbPromise) {
      this.dbPromise = this.open().then((db) => {
        // After `blocking` closed it (an upgrade elsewhere) or the browser did, reopen next time.
        db.addEventListener('close', () => (this.dbPromise = null));
        db.addEventListener('versionchange', () => (this.dbPromise = null));
        return db;
      });
      this.dbPromise.catch(() => (this.dbPromise = null));
    }
    return this.dbPromise;
  }

  /** Every damaged record of every store, with what is wrong; nothing is deleted. */
  async listDamaged(): Promise<Damaged[]> {
    return listDamaged(await this.db());
  }

  // ---- evidence ---------------------------------------------------------

  /** Hashes and stores one capture; metadata and bytes in one transaction, never overwriting. */
  addEvidence(input: NewEvidence): Promise<EvidenceRecord> {
    return this.evidence.add(input);
  }

  /**
   * Newest first. With `caseId`: that case only, read through its own index,
   * pin images left out unless `includePinImages`; `before` pages on. Without:
   * every record (the export). Damaged records come last, as `ok: false`.
   */
  listEvidence(filter: EvidenceQuery = {}): Promise<Listed<EvidenceRecord>[]> {
    return this.evidence.list(filter);
  }

  /**
   * One page of a case's evidence, newest first, pin images left out; pass
   * the previous page's `next` as `after` for the one after it. No count is
   * made, so a page costs about `limit` rows however large the case.
   */
  async pageEvidence(query: PageQuery): Promise<EvidencePage> {
    return pageOfCase(await this.db(), query);
  }

  /**
   * What pages leave out: the case's rows no index lists (damaged), and its
   * pin images' count checked against the rows (a wrong kept count is
   * repaired). Walks the case's rows on the case's first audit and once a
   * day after (`full`: now); in between re-reads only the damaged rows the
   * last walk found. Read it after the first page.
   */
  async auditEvidence(caseId: string, options?: AuditOptions): Promise<CaseAudit> {
    return auditCase(await this.db(), caseId, options);
  }

  /** The kept count of a case's pin images (one read), or undefined while an older database is still being counted. */
  async keptPinImages(caseId: string): Promise<number | undefined> {
    return keptPinImageCount(await this.db(), caseId);
  }

  /** Pin images (inventory thumbnails) a case holds: the kept count (one read), or while an older database is still being counted, a count of the index. */
  async countPinImages(caseId: string): Promise<number> {
    return (await keptPinImageCount(await this.db(), caseId)) ?? this.evidence.countPinImages(caseId);
  }

  private filling?: Promise<boolean>;

  /**
   * Counts an older database's pin images per case, paced, a batch per
   * transaction (migration 006 leaves this owed); at most one run per Store,
   * and a run stopped midway goes on from its place next time. True when done.
   */
  fillPinImageCounts(options?: FillOptions): Promise<boolean> {
    this.filling ??= fillPinImageCounts(() => this.db(), options).finally(() => (this.filling = undefined));
    return this.filling;
  }

  getEvidence(id: string): Promise<EvidenceRecord | undefined> {
    return this.evidence.get(id);
  }

  getEvidenceBytes(id: string): Promise<ArrayBuffer> {
    return this.evidence.getBytes(id);
  }

  /** The bytes of many records in one readonly transaction, in the order asked; a missing file is an error in its place. */
  getEvidenceBytesMany(ids: readonly string[]): Promise<(ArrayBuffer | Error)[]> {
    return this.evidence.getBytesMany(ids);
  }

  /** Every evidence record, valid or damaged, a page at a time to `visit` (the export keeps only what it needs of each). */
  scanEvidence(visit: (item: Listed<EvidenceRecord>) => void, pageSize?: number): Promise<void> {
    return this.evidence.scan(visit, pageSize);
  }

  /** Records and bytes of many evidence files in one readonly transaction, in the order asked; a missing or damaged one is an error in its place. */
  getEvidenceWithBytesMany(ids: readonly string[]): Promise<(RecordWithBytes | Error)[]> {
    return this.evidence.getWithBytesMany(ids);
  }

  /** Records of many evidence files (no bytes) in one readonly transaction, in the order asked; a missing or damaged one is an error in its place. */
  getEvidenceMany(ids: readonly string[]): Promise<(EvidenceRecord | Error)[]> {
    return this.evidence.getMany(ids);
  }

  /** Re-hashes the stored bytes: true when they are exactly what was captured. */
  verifyEvidence(id: string): Promise<boolean> {
    return this.evidence.verify(id);
  }

  moveEvidence(id: string, toCaseId: string): Promise<Omit<EvidenceRecord, 'thumb'>> {
    return this.evidence.move(id, toCaseId);
  }

  /**
   * Moves a notice (with the evidence taken for it), a letter, a message or an
   * inventory run to another case. Only the case changes; the log says what moved.
   */
  async moveToCase(kind: 'notice' | 'letter' | 'correspondence' | 'inventory', id: string, toCaseId: string): Promise<void> {
    const storeName = ({ notice: 'notices', letter: 'letters', correspondence: 'correspondence', inventory: 'inventories' } as const)[kind];
    const now = this.clock();
    await this.ctx.write([storeName, 'evidence', 'cases', 'log', ...COUNT_STORES], async (tx) => {
      if (!(await tx.objectStore('cases').get(toCaseId))) throw new ReinstateError('not-found', `No case ${toCaseId}.`);
      const record = (await tx.objectStore(storeName).get(id)) as { caseId: string; evidenceIds?: string[] } | undefined;
      if (!record) throw new ReinstateError('not-found', `No ${kind} ${id}.`);
      const from = record.caseId;
      const moves: (() => Promise<unknown>)[] = [() => tx.objectStore(storeName).put({ ...record, caseId: toCaseId } as never)];
      const counted: CountChange[] = [];
      for (const evidenceId of Array.isArray(record.evidenceIds) ? record.evidenceIds : []) {
        const evidence = await tx.objectStore('evidence').get(evidenceId);
        if (!evidence) continue;
        const moved = { ...evidence, caseId: toCaseId };
        moves.push(() => tx.objectStore('evidence').put(moved));
        counted.push({ row: evidence, delta: -1 }, { row: moved, delta: 1 });
      }
      moves.push(() => tx.objectStore('log').add(logEntry(now, 'evidence.moved', `${kind} moved to another case.`, toCaseId, { [`${kind}Id`]: id, from, to: toCaseId })));
      await together(...moves);
      await keepPinImageCounts(tx, counted);
    });
  }

  /** Deletion is the one way evidence leaves the store, and it always leaves a log entry. */
  deleteEvidence(id: string, reason: string): Promise<LogRecord> {
    return this.evidence.delete(id, reason);
  }

  // ---- inventory --------------------------------------------------------------

  startInventory(caseId: string, state: InventoryRecord['state']): Promise<InventoryRecord> {
    return this.inventories.start(caseId, state);
  }

  /** One page of a run in one transaction; a full disk marks the run stopped and throws `storage-full`. */
  saveInventoryBatch(batch: { state: InventoryRecord['state']; boards: BoardRow[]; pins: PinRow[] }): Promise<InventoryRecord['state']['status']> {
    return this.inventories.saveBatch(batch);
  }

  cancelInventory(id: string): Promise<void> {
    return this.inventories.cancel(id);
  }

  getInventory(id: string): Promise<InventoryRecord | undefined> {
    return this.inventories.get(id);
  }

  listInventories(caseId?: string): Promise<InventoryRecord[]> {
    return this.inventories.list(caseId);
  }

  listBoards(inventoryId: string): Promise<BoardRecord[]> {
    return this.inventories.listBoards(inventoryId);
  }

  /** Pins of a run, a page at a time (a run can hold 50,000). */
  listPins(inventoryId: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<PinRecord[]> {
    return this.inventories.listPins(inventoryId, offset, limit);
  }

  countPins(inventoryId: string): Promise<number> {
    return this.inventories.countPins(inventoryId);
  }

  // ---- import ----------------------------------------------------------------

  /**
   * Adds records from a bundle, keeping their ids; each is checked with its
   * store's validator and id form; nothing here is overwritten; imported log
   * entries are marked as imported. The report counts added, skipped, refused.
   */
  importRecords(records: ImportableRecords): Promise<ImportReport> {
    return importRecords(this.ctx, records);
  }

  /** An inventory run from a bundle; a run already here is left alone, rows of another run are refused. */
  async importInventory(run: InventoryRecord, boards: BoardRecord[], pins: PinRecord[]): Promise<'added' | 'skipped' | 'refused'> {
    return (await importInventory(this.ctx, run, boards, pins)).state;
  }

  /** As `importInventory`, with the counts and reasons. */
  importInventoryReport(run: InventoryRecord, boards: BoardRecord[], pins: PinRecord[]): Promise<ImportReport & { state: 'added' | 'skipped' | 'refused' }> {
    return importInventory(this.ctx, run, boards, pins);
  }

  /** One evidence item from a bundle: its bytes must still hash to the recorded SHA-256. */
  async importEvidence(record: EvidenceRecord, bytes: ArrayBuffer): Promise<'added' | 'skipped' | 'refused'> {
    return (await importEvidence(this.ctx, record, bytes)).state;
  }

  /** As `importEvidence`, with the reason of a refusal. */
  importEvidenceReport(record: EvidenceRecord, bytes: ArrayBuffer): Promise<ImportReport & { state: 'added' | 'skipped' | 'refused' }> {
    return importEvidence(this.ctx, record, bytes);
  }

  /** Many evidence items from a bundle in one transaction, each checked as `importEvidence` checks one; `states` in the order given. */
  importEvidenceBatch(items: readonly { record: EvidenceRecord; bytes: ArrayBuffer }[]): Promise<ImportReport & { states: ImportState[] }> {
    return importEvidenceBatch(this.ctx, items);
  }

  // ---- notices -------------------------------------------------------------

  findNotice(dedupeKey: string): Promise<NoticeRecord | undefined> {
    return this.notices.find(dedupeKey);
  }

  /** Stores a notice once; a second one with the same `dedupeKey` is refused by the index. */
  addNotice(notice: NoticeRecord): Promise<NoticeRecord> {
    return this.notices.add(notice);
  }

  /** A notice and its evidence in one transaction: both are stored or neither. */
  addNoticeWithEvidence(notice: NoticeRecord, evidence: NewEvidence[]): Promise<{ notice: NoticeRecord; evidence: EvidenceRecord[] }> {
    return this.notices.addWithEvidence(notice, evidence);
  }

  /** Evidence taken after the notice was stored (screenshot, crop, snapshot). */
  attachToNotice(noticeId: string, evidenceIds: string[], screenshotMissing?: string): Promise<void> {
    return this.notices.attach(noticeId, evidenceIds, screenshotMissing);
  }

  listNotices(caseId?: string): Promise<NoticeRecord[]> {
    return this.notices.list(caseId);
  }

  getNotice(id: string): Promise<NoticeRecord | undefined> {
    return this.notices.get(id);
  }

  // ---- letters and correspondence ------------------------------------------

  addLetter(input: Omit<LetterRecord, 'id' | 'createdAt'>): Promise<LetterRecord> {
    return this.letters.add(input);
  }

  listLetters(caseId: string): Promise<LetterRecord[]> {
    return this.letters.list(caseId);
  }

  addCorrespondence(input: Omit<CorrespondenceRecord, 'id' | 'loggedAt'>): Promise<CorrespondenceRecord> {
    return this.correspondence.add(input);
  }

  listCorrespondence(caseId: string): Promise<CorrespondenceRecord[]> {
    return this.correspondence.list(caseId);
  }

  // ---- cases -------------------------------------------------------------

  /** Changes a case's facts; every change leaves a log line with before and after. */
  updateCase(id: string, changes: Partial<Omit<CaseRecord, 'id' | 'createdAt'>>): Promise<CaseRecord> {
    return this.cases.update(id, changes);
  }

  addCase(input: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> & { title: string }): Promise<CaseRecord> {
    return this.cases.add(input);
  }

  listCases(): Promise<Listed<CaseRecord>[]> {
    return this.cases.list();
  }

  getCase(id: string): Promise<CaseRecord | undefined> {
    return this.cases.get(id);
  }

  /** The case new captures go to; on first use (or when it is damaged), a default case is made. */
  async currentCase(defaultTitle = 'My case'): Promise<CaseRecord> {
    const id = await this.getSetting<string>(DEFAULT_CASE_SETTING);
    if (typeof id === 'string') {
      const found = await this.getCase(id);
      if (found) return found;
    }
    return this.cases.currentOrCreate(DEFAULT_CASE_SETTING, { title: defaultTitle, region: regionFromTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) });
  }

  /** The case a request names, or the current case (made on first use, titled in the UI language). */
  async caseIdOrCurrent(caseId?: string): Promise<string> {
    return caseId ?? (await this.currentCase(t('defaultCaseTitle'))).id;
  }

  // ---- settings and log ----------------------------------------------------

  getSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get<T>(key);
  }

  /** What is wrong with a stored setting (damaged settings read as absent), or null. */
  settingProblem(key: string): Promise<string | null> {
    return this.settings.problem(key);
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.settings.set(key, value);
  }

  listLog(): Promise<LogRecord[]> {
    return this.log.list();
  }

  addLog(action: LogAction, summary: string, caseId?: string, subject?: LogRecord['subject']): Promise<LogRecord> {
    return this.log.add(action, summary, caseId, subject);
  }
}
