import { sha256Hex } from '../../hash';
import { newId } from '../../ids';
import { ReinstateError } from '../../errors';
import { EVIDENCE_KINDS, PIN_IMAGE_KIND, type EvidenceBytesRecord, type EvidenceKind, type EvidenceRecord, type LogRecord, type Provenance, type ReinstateDB } from '../schema';
import { CAPS, capText, isoTime, keyText, logEntry, newestCursor, nonEmptyText, number, object, optionalText, text, together, validator, type Check, type Db, type Listed, type StoreContext } from './base';
import { idRange } from '../id-range';
import { crc32 } from '../../bundle/crc32.js';
import { COUNT_STORES, keepPinImageCounts } from './pin-image-counts';

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

export interface EvidenceQuery {
  caseId?: string;
  /** At most this many valid records. */
  limit?: number;
  /** Only records captured strictly before this ISO time (the next page of a grid). */
  before?: string;
  /** Pin images (inventory thumbnails) are left out of a case's list unless asked for. */
  includePinImages?: boolean;
  /** Only these kinds (a case's list only): the case home asks for pictures alone, without walking the rest. */
  kinds?: readonly EvidenceKind[];
}

const knownKind: Check = (r) => ((EVIDENCE_KINDS as readonly unknown[]).includes(r.kind) ? null : 'kind is missing or unknown');
const sha256: Check = (r) => (typeof r.sha256 === 'string' && /^[0-9a-f]{64}$/.test(r.sha256) ? null : 'SHA-256 is missing or malformed');
const thumb: Check = (r) => {
  if (r.thumb === undefined) return null;
  const t = r.thumb as { mime?: unknown; bytes?: { byteLength?: unknown } } | null;
  return t && typeof t === 'object' && typeof t.mime === 'string' && typeof t.bytes?.byteLength === 'number' ? null : 'thumbnail is damaged';
};

/** Everything the evidence grid, the case panel, the appeal editor and the export read. */
export const validateEvidence = validator(
  nonEmptyText('id'),
  nonEmptyText('caseId'),
  sha256,
  isoTime('capturedAt'),
  knownKind,
  text('url'),
  text('mime'),
  number('size'),
  text('title'),
  text('timeZone'),
  object('provenance'),
  optionalText('noticeId'),
  thumb,
);

/** The record for a capture, hashed; page-supplied strings capped. */
export async function buildEvidence(input: NewEvidence, now: Date): Promise<EvidenceRecord> {
  const capturedAt = input.capturedAt ?? now;
  return {
    id: newId('ev', capturedAt),
    caseId: input.caseId,
    kind: input.kind,
    mime: input.mime,
    size: input.bytes.byteLength,
    sha256: await sha256Hex(input.bytes),
    capturedAt: capturedAt.toISOString(),
    timeZone: input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    url: capText(input.url, CAPS.url),
    title: capText(input.title, CAPS.title),
    provenance: input.provenance,
    ...(input.noticeId ? { noticeId: input.noticeId } : {}),
    ...(input.thumb ? { thumb: input.thumb } : {}),
  };
}


/**
 * The rows of `ids` with one `getAll`, when they are all the key range from
 * the smallest to the largest id holds (ids start with their capture time, so
 * an export's batch, in capture order, usually is one range): two requests
 * instead of one per file, which in Chromium costs ~35 µs each. Undefined
 * when the range holds other rows too (another case's evidence between
 * them), which would read bytes nobody asked for; the caller then gets them one by one.
 */
export async function rowsInOneRange<Row extends { id: unknown }>(store: RangeStore<Row>, ids: readonly string[]): Promise<(Row | undefined)[] | undefined> {
  if (ids.length < 2 || ids.some((id) => typeof id !== 'string')) return undefined;
  const range = idRange(ids);
  if ((await store.count(range)) > ids.length) return undefined;
  const byId = new Map((await store.getAll(range)).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id as never));
}

/** The rows of `ids` in the order asked: one range read where `rowsInOneRange` can, else one `get` each. */
async function rowsOf<Row extends { id: unknown }>(store: RangeStore<Row>, ids: readonly string[]): Promise<(Row | undefined)[]> {
  return (await rowsInOneRange(store, ids)) ?? (await Promise.all(ids.map((id) => store.get(id))));
}

/**
 * Files from this size on are stored as a Blob, smaller ones as an
 * ArrayBuffer. Both browsers keep a large Blob in IndexedDB as a file of its
 * own and hand it back as a handle, not a copy, so the export can put it into
 * the ZIP (a Blob of Blobs handed to the download) without its bytes passing
 * through the page. Chromium already keeps every value from 64 KiB on in a
 * file (IndexedDB "value wrapping"), so such a Blob costs no extra file; a
 * small value stays inline in the database, where one `getAll` reads hundreds
 * (50,000 pin images as 50,000 Blobs would be 50,000 files, each opened twice).
 */
export const BLOB_FROM = 64 * 1024;

/** A stored file: a Blob from `BLOB_FROM` bytes on; an ArrayBuffer below it, and in databases written before Blobs were used. */
export type StoredBytes = ArrayBuffer | Blob;

/** What is put into `evidenceBytes` for a file's bytes (capture, import, notices). */
export function storedBytes(bytes: ArrayBuffer, mime = ''): StoredBytes {
  return bytes.byteLength >= BLOB_FROM && blobsSurviveCloning() ? new Blob([bytes], { type: mime }) : bytes;
}

/**
 * The `evidenceBytes` row for a file: its bytes as `storedBytes` keeps them
 * and its CRC-32, taken now while the bytes are in hand (about 1 ms per MB),
 * so that an export never has to read a large file to write its ZIP header.
 */
export function bytesRow(id: string, bytes: ArrayBuffer, mime = ''): EvidenceBytesRecord {
  return { id, bytes: storedBytes(bytes, mime), crc32: crc32(new Uint8Array(bytes)) };
}

/** A stored CRC-32 the export may trust as a number (a damaged or absent one is computed again). */
export const storedCrc = (row: { crc32?: unknown } | undefined): number | undefined => {
  const crc = row?.crc32;
  return typeof crc === 'number' && Number.isInteger(crc) && crc >= 0 && crc <= 0xffffffff ? crc : undefined;
};

let cloneable: boolean | undefined;
/**
 * Whether a Blob comes back from the structured clone IndexedDB stores values
 * with. It does in both browsers; where it does not (fake-indexeddb under
 * happy-dom gives back a plain object), the bytes are kept as an ArrayBuffer
 * rather than lost.
 */
function blobsSurviveCloning(): boolean {
  if (cloneable === undefined) {
    try {
      cloneable = typeof Blob === 'function' && typeof structuredClone === 'function' && isBlob(structuredClone(new Blob([new Uint8Array(1)])));
    } catch {
      cloneable = false;
    }
  }
  return cloneable;
}

/** True for a stored Blob (`instanceof` alone would miss one made in another realm). */
export const isBlob = (value: unknown): value is Blob => typeof Blob === 'function' && (value instanceof Blob || Object.prototype.toString.call(value) === '[object Blob]' || Object.prototype.toString.call(value) === '[object File]');

/** A stored file as it is kept (a Blob is not read), or the error that names it missing or damaged. */
function bytesOf(row: { bytes?: unknown } | undefined, id: string): StoredBytes | ReinstateError {
  return row && (row.bytes instanceof ArrayBuffer || isBlob(row.bytes)) ? row.bytes : new ReinstateError('damaged-record', `The file of evidence ${id} is missing or damaged.`);
}

/** A stored file's bytes, read from its Blob where it is one; a Blob that cannot be read (its file gone) is damaged. */
async function readBytes(stored: StoredBytes | ReinstateError, id: string): Promise<ArrayBuffer | ReinstateError> {
  if (!isBlob(stored)) return stored;
  try {
    return await stored.arrayBuffer();
  } catch (error) {
    return new ReinstateError('damaged-record', `The file of evidence ${id} could not be read (${(error as Error).message}).`);
  }
}

/** What `rowsInOneRange` needs of an object store (the bytes store, or the records store). */
interface RangeStore<Row> {
  count(range: IDBKeyRange): Promise<number>;
  getAll(range: IDBKeyRange): Promise<Row[]>;
  get(id: string): Promise<Row | undefined>;
}

/** One evidence file as the export reads it: its record as stored now and its file as stored (a Blob is a handle, not yet read). */
export interface RecordWithBytes {
  record: EvidenceRecord;
  bytes: StoredBytes;
  /** The CRC-32 stored with the file at capture or import; absent in older rows. */
  crc32?: number;
}

/** Evidence metadata and its bytes (stored apart, so lists never load megabytes). Append-only. */
export class EvidenceStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Metadata and bytes in one transaction: both are saved or neither. Never overwrites (`add`). */
  async add(input: NewEvidence): Promise<EvidenceRecord> {
    const record = await buildEvidence(input, this.ctx.clock());
    await this.ctx.write(['evidence', 'evidenceBytes', ...COUNT_STORES], async (tx) => {
      await together(
        () => tx.objectStore('evidence').add(record),
        () => tx.objectStore('evidenceBytes').add(bytesRow(record.id, input.bytes, input.mime)),
      );
      await keepPinImageCounts(tx, [{ row: record, delta: 1 }]);
    });
    return record;
  }

  /**
   * Newest first. With a case: read through the `[caseId, kind, capturedAt]`
   * index, one cursor per kind merged by time, so no other case's row and no
   * pin image is stepped over. Without a case: every record (the export),
   * pin images included. Damaged records come last, as damaged.
   */
  async list(query: EvidenceQuery = {}): Promise<Listed<EvidenceRecord>[]> {
    const db = await this.ctx.db();
    if (query.caseId === undefined) return this.listAll(db, query);
    return this.listOfCase(db, { ...query, caseId: query.caseId });
  }

  private async listOfCase(db: Db, query: EvidenceQuery & { caseId: string }): Promise<Listed<EvidenceRecord>[]> {
    const { caseId, limit, before } = query;
    const kinds = EVIDENCE_KINDS.filter((k) => (query.includePinImages || k !== PIN_IMAGE_KIND) && (!query.kinds || query.kinds.includes(k)));
    const tx = db.transaction('evidence');
    const index = tx.store.index('caseId_kind_capturedAt');
    const range = (kind: string) => IDBKeyRange.bound([caseId, kind], [caseId, kind, before ?? []], false, before !== undefined);
    const cursors = await Promise.all(kinds.map((k) => index.openCursor(range(k), 'prev')));
    const out: Listed<EvidenceRecord>[] = [];
    const damaged: Listed<EvidenceRecord>[] = [];
    const seen = new Set<string>();
    while (!limit || out.length < limit) {
      const newest = newestCursor(cursors);
      if (newest < 0) break;
      const cursor = cursors[newest]!;
      const id = keyText(cursor.primaryKey);
      seen.add(id);
      const problem = validateEvidence(cursor.value);
      if (problem) damaged.push({ ok: false, id, problem });
      else out.push({ ok: true, record: cursor.value });
      cursors[newest] = await cursor.continue();
    }
    // A whole case's list also names the case's rows no kind index holds (no time, an unknown kind).
    // Two counts tell whether there are any; only then are the keys compared.
    // A list of some kinds only names damaged rows of none: which kind a damaged row was meant to be is unknown.
    const whole = !limit && before === undefined && !query.kinds;
    const [inCase, pinImageCount] = whole
      ? await Promise.all([db.countFromIndex('evidence', 'caseId', caseId), query.includePinImages ? 0 : db.countFromIndex('evidence', 'caseId_kind_capturedAt', range(PIN_IMAGE_KIND))])
      : [0, 0];
    if (whole && inCase !== seen.size + pinImageCount) {
      const [all, pinImages] = await Promise.all([
        db.getAllKeysFromIndex('evidence', 'caseId', caseId),
        query.includePinImages ? Promise.resolve([]) : db.getAllKeysFromIndex('evidence', 'caseId_kind_capturedAt', range(PIN_IMAGE_KIND)),
      ]);
      const skip = new Set([...seen, ...pinImages.map(keyText)]);
      for (const key of all) {
        if (skip.has(key)) continue;
        const value = await db.get('evidence', key);
        // A pin image without a time is not in the kind index either; it stays out of the grid.
        if (!query.includePinImages && (value as { kind?: unknown } | undefined)?.kind === PIN_IMAGE_KIND && !validateEvidence(value)) continue;
        damaged.push({ ok: false, id: key, problem: validateEvidence(value) ?? 'not listed in the capture-time index' });
      }
    }
    return [...out, ...damaged];
  }

  private async listAll(db: Db, query: EvidenceQuery): Promise<Listed<EvidenceRecord>[]> {
    if (!query.limit && query.before === undefined) return this.listEverything(db, query);
    const out: Listed<EvidenceRecord>[] = [];
    const damaged: Listed<EvidenceRecord>[] = [];
    const range = query.before !== undefined ? IDBKeyRange.upperBound(query.before, true) : null;
    if (!query.limit) {
      // Everything asked for (the export): one getAll instead of a cursor step per record (50,000 round trips in
      // Chromium). Reversed, it is the cursor's newest-first order, ties by id descending as 'prev' gives them.
      for (const value of (await db.getAllFromIndex('evidence', 'capturedAt', range)).reverse()) {
        const problem = validateEvidence(value);
        if (problem) damaged.push({ ok: false, id: keyText((value as { id: IDBValidKey }).id), problem });
        else if (query.includePinImages !== false || value.kind !== PIN_IMAGE_KIND) out.push({ ok: true, record: value });
      }
    }
    let cursor = query.limit ? await db.transaction('evidence').store.index('capturedAt').openCursor(range, 'prev') : null;
    while (cursor) {
      const problem = validateEvidence(cursor.value);
      if (problem) damaged.push({ ok: false, id: keyText(cursor.primaryKey), problem });
      else if (query.includePinImages !== false || cursor.value.kind !== PIN_IMAGE_KIND) {
        out.push({ ok: true, record: cursor.value });
        if (query.limit && out.length >= query.limit) break;
      }
      cursor = await cursor.continue();
    }
    // A record without a capture time is not in that index at all: find those too.
    if (!query.limit && query.before === undefined) {
      const inIndex = new Set((await db.getAllKeysFromIndex('evidence', 'capturedAt')).map(keyText));
      for (const key of await db.getAllKeys('evidence')) {
        if (inIndex.has(key)) continue;
        damaged.push({ ok: false, id: key, problem: validateEvidence(await db.get('evidence', key)) ?? 'capturedAt is missing or not a date' });
      }
    }
    return [...out, ...damaged];
  }

  /**
   * Every record (the export): one `getAll` over the store itself, which
   * reads the rows in key order, then sorted here newest first (ties by id,
   * newest first, as the index's 'prev' cursor gives them). Through the
   * capture-time index each row would be looked up by its key, one random
   * read each: seconds for 50,000 rows. A row that fails the validator
   * (a missing or malformed time among its faults) is listed as damaged, in key order.
   */
  private async listEverything(db: Db, query: EvidenceQuery): Promise<Listed<EvidenceRecord>[]> {
    const valid: EvidenceRecord[] = [];
    const damaged: Listed<EvidenceRecord>[] = [];
    const rows: unknown[] = await db.getAll('evidence');
    for (const value of rows) {
      const problem = validateEvidence(value);
      if (problem) damaged.push({ ok: false, id: keyText((value as { id?: IDBValidKey } | null)?.id ?? ''), problem });
      else if (query.includePinImages !== false || (value as EvidenceRecord).kind !== PIN_IMAGE_KIND) valid.push(value as EvidenceRecord);
    }
    valid.sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    return [...valid.map((record) => ({ ok: true as const, record })), ...damaged];
  }

  /** How many pin images a case's index lists (a walk in Chromium: `Store.countPinImages` reads the kept count first). */
  async countPinImages(caseId: string): Promise<number> {
    return (await this.ctx.db()).countFromIndex('evidence', 'caseId_kind_capturedAt', IDBKeyRange.bound([caseId, PIN_IMAGE_KIND], [caseId, PIN_IMAGE_KIND, []]));
  }

  /** One record, or undefined when there is none or it is damaged. */
  async get(id: string): Promise<EvidenceRecord | undefined> {
    const value = await (await this.ctx.db()).get('evidence', id);
    return validateEvidence(value) ? undefined : value;
  }

  async getBytes(id: string): Promise<ArrayBuffer> {
    const bytes = await readBytes(bytesOf(await (await this.ctx.db()).get('evidenceBytes', id), id), id);
    if (bytes instanceof ReinstateError) throw bytes;
    return bytes;
  }

  /**
   * The bytes of many records in one readonly transaction (the export reads
   * 50,000 pin images this way, a few hundred at a time, instead of opening
   * one transaction each). In the order asked; a missing or damaged file is
   * an error in its place, so one bad record does not hide the others.
   */
  async getBytesMany(ids: readonly string[]): Promise<(ArrayBuffer | ReinstateError)[]> {
    const rows = await rowsOf((await this.ctx.db()).transaction('evidenceBytes').store, ids);
    return Promise.all(rows.map((row, i) => readBytes(bytesOf(row, ids[i]!), ids[i]!)));
  }

  /**
   * Every record, valid or damaged, handed to `visit` a page of `pageSize` at
   * a time (one `getAll` each, in key order), so a caller that keeps only what
   * it needs of each (the export: id, time, size) never holds all 50,000
   * records at once. Damaged rows are named as `list` names them.
   */
  async scan(visit: (item: Listed<EvidenceRecord>) => void, pageSize = 2000): Promise<void> {
    const db = await this.ctx.db();
    let after: IDBValidKey | undefined;
    // The store's key path is `id`: every stored value, however damaged otherwise, holds its own key there.
    const keyOf = (value: unknown) => (value as { id: IDBValidKey }).id;
    for (;;) {
      const rows: unknown[] = await db.getAll('evidence', after === undefined ? null : IDBKeyRange.lowerBound(after, true), pageSize);
      for (const value of rows) {
        const problem = validateEvidence(value);
        visit(problem ? { ok: false, id: keyText(keyOf(value)), problem } : { ok: true, record: value as EvidenceRecord });
      }
      if (rows.length < pageSize) return;
      after = keyOf(rows[rows.length - 1]);
    }
  }

  /**
   * Records and bytes of many evidence files in one readonly transaction, in
   * the order asked (the export's batches): the record as it is now, so the
   * export never holds records between listing and writing. A file stored as
   * a Blob comes as that Blob, unread. A missing, damaged or bytes-less one is
   * an error in its place.
   */
  async getWithBytesMany(ids: readonly string[]): Promise<(RecordWithBytes | ReinstateError)[]> {
    const tx = (await this.ctx.db()).transaction(['evidence', 'evidenceBytes']);
    const [records, rows] = await Promise.all([rowsOf(tx.objectStore('evidence') as unknown as RangeStore<{ id: unknown }>, ids), rowsOf(tx.objectStore('evidenceBytes'), ids)]);
    return ids.map((id, i) => {
      const problem = validateEvidence(records[i]);
      if (problem) return new ReinstateError('damaged-record', `The record of evidence ${id} is missing or damaged (${records[i] ? problem : 'not found'}).`);
      const bytes = bytesOf(rows[i], id);
      if (bytes instanceof ReinstateError) return bytes;
      const crc = storedCrc(rows[i]);
      return { record: records[i] as unknown as EvidenceRecord, bytes, ...(crc === undefined ? {} : { crc32: crc }) };
    });
  }

  /**
   * Records of many evidence files in one readonly transaction, without their
   * bytes, in the order asked (the export's batches when Workers read the
   * bytes themselves). A missing or damaged one is an error in its place.
   */
  async getMany(ids: readonly string[]): Promise<(EvidenceRecord | ReinstateError)[]> {
    const records = await rowsOf((await this.ctx.db()).transaction('evidence').store as unknown as RangeStore<{ id: unknown }>, ids);
    return ids.map((id, i) => {
      const problem = validateEvidence(records[i]);
      return problem ? new ReinstateError('damaged-record', `The record of evidence ${id} is missing or damaged (${records[i] ? problem : 'not found'}).`) : (records[i] as unknown as EvidenceRecord);
    });
  }

  /** Re-hashes the stored bytes: true when they are exactly what was captured. */
  async verify(id: string): Promise<boolean> {
    const record = await this.get(id);
    if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
    return (await sha256Hex(await this.getBytes(id))) === record.sha256;
  }

  /** Moves evidence to another case: only the case changes, never the bytes or their hash; the log says so. */
  async move(id: string, toCaseId: string): Promise<Omit<EvidenceRecord, 'thumb'>> {
    let moved: EvidenceRecord | undefined;
    const now = this.ctx.clock();
    await this.ctx.write(['evidence', 'cases', 'log', ...COUNT_STORES], async (tx) => {
      const record = await tx.objectStore('evidence').get(id);
      if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
      if (!(await tx.objectStore('cases').get(toCaseId))) throw new ReinstateError('not-found', `No case ${toCaseId}.`);
      moved = { ...record, caseId: toCaseId };
      await together(
        () => tx.objectStore('evidence').put(moved!),
        () => tx.objectStore('log').add(logEntry(now, 'evidence.moved', `Evidence moved to another case.`, toCaseId, { evidenceId: id, from: record.caseId, to: toCaseId, sha256: record.sha256 })),
      );
      await keepPinImageCounts(tx, [{ row: record, delta: -1 }, { row: moved, delta: 1 }]);
    });
    const { thumb: _thumb, ...rest } = moved!;
    return rest;
  }

  /** Deletion is the one way evidence leaves the store, and it always leaves a log entry (what, when, why). */
  async delete(id: string, reason: string): Promise<LogRecord> {
    const now = this.ctx.clock();
    let entry: LogRecord | undefined;
    await this.ctx.write(['evidence', 'evidenceBytes', 'log', ...COUNT_STORES], async (tx) => {
      const record = await tx.objectStore('evidence').get(id);
      if (!record) throw new ReinstateError('not-found', `No evidence ${id}.`);
      const damaged = validateEvidence(record);
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
      await keepPinImageCounts(tx, [{ row: record, delta: -1 }]);
    });
    return entry!;
  }
}
