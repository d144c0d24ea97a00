import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { ReinstateError, isQuotaError, toErrorData } from '../../errors';
import { newId } from '../../ids';
import type { LogAction, LogRecord, ReinstateDB, StoreName } from '../schema';

export type Db = IDBPDatabase<ReinstateDB>;
export type WriteTx = IDBPTransaction<ReinstateDB, StoreName[], 'readwrite'>;

/** A record as read from disk: valid, or damaged with what is wrong. */
export type Listed<T> = { ok: true; record: T } | { ok: false; id: string; problem: string };

/** One damaged record of one store, as `Store.listDamaged()` reports it. */
export interface Damaged {
  store: StoreName;
  id: string;
  problem: string;
}

/** What every per-store module shares: the connection, the clock and the one write path. */
export interface StoreContext {
  db(): Promise<Db>;
  clock(): Date;
  write(stores: StoreName[], body: (tx: WriteTx) => Promise<void>): Promise<void>;
}

/**
 * Runs a read-write transaction and turns a full disk into a clear
 * `storage-full` error. The transaction is aborted as a whole, so nothing
 * is stored half and earlier records stay as they were.
 */
export async function writeTx(db: Db, stores: StoreName[], body: (tx: WriteTx) => Promise<void>): Promise<void> {
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

/**
 * Issues several requests of one transaction and waits for all. A request that
 * throws at once (a full disk) still leaves the others observed, so their
 * rejection on abort is not an unhandled error.
 */
export function together(...requests: (() => Promise<unknown>)[]): Promise<unknown[]> {
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

export function logEntry(now: Date, action: LogAction, summary: string, caseId?: string, subject?: LogRecord['subject']): LogRecord {
  return { id: newId('log', now), at: now.toISOString(), action, summary, ...(caseId ? { caseId } : {}), ...(subject ? { subject } : {}) };
}

// The checks shared by the validators live apart (no imports), so a page's first read can validate without this module's.
export * from './checks';

/**
 * The id forms this extension writes (`newId(prefix)`: prefix, time, random,
 * all lower-case base 36). Imported ids must have the same form: an id ends up
 * in file names and URLs, so `../../x` or a 10 kB id is refused.
 */
export function idOfForm(prefix: string, value: unknown): boolean {
  return typeof value === 'string' && value.length <= 80 && new RegExp(`^${prefix}_[0-9a-z]+(?:_[0-9a-z]+)*$`).test(value);
}

/** Ids that come from the platform (boards, pins): letters, digits, `_` and `-` only. */
export function platformId(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9A-Za-z_-]{1,80}$/.test(value);
}

/** Page-supplied text is capped on store: a 1 MB title must not overflow every list that shows it. */
export const CAPS = { title: 500, url: 8_192, noticeText: 20_000, signal: 200, signals: 100 } as const;

export function capText(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Walks every row of a store through a cursor and names the ones `validate` rejects. */
export async function damagedIn(db: Db, store: StoreName, validate: (value: unknown) => string | null): Promise<Damaged[]> {
  const damaged: Damaged[] = [];
  let cursor = await db.transaction(store).store.openCursor();
  while (cursor) {
    const problem = validate(cursor.value);
    if (problem) damaged.push({ store, id: keyText(cursor.primaryKey), problem });
    cursor = await cursor.continue();
  }
  return damaged;
}

export function keyText(key: IDBValidKey): string {
  return Array.isArray(key) ? key.map(keyText).join('/') : String(key);
}

/** Keeps what passes `validate`; the rest is left for `listDamaged` to report. */
export function onlyValid<T>(rows: unknown[], validate: (value: unknown) => string | null): T[] {
  return rows.filter((r) => validate(r) === null) as T[];
}

/**
 * Which of several per-kind cursors over the `[caseId, kind, capturedAt]`
 * index holds the newest row (-1 when all are done): by capture time, then by
 * id, so a case's whole list and its pages agree on rows of the same millisecond too.
 */
export function newestCursor(cursors: readonly ({ key: IDBValidKey; primaryKey: IDBValidKey } | null | undefined)[]): number {
  let newest = -1;
  cursors.forEach((c, i) => {
    if (!c) return;
    const best = cursors[newest];
    if (!best) {
      newest = i;
      return;
    }
    const byTime = indexedDB.cmp((c.key as IDBValidKey[])[2], (best.key as IDBValidKey[])[2]);
    if (byTime > 0 || (byTime === 0 && indexedDB.cmp(c.primaryKey, best.primaryKey) > 0)) newest = i;
  });
  return newest;
}
