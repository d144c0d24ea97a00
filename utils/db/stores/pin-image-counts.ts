import { PIN_IMAGE_KIND, type BackfillRecord, type StoreName } from '../schema';
import { boolean, nonEmptyText, optionalIsoTime, validator, writeTx, type Db, type WriteTx } from './base';

/**
 * Per-case pin-image counts, kept in the same transaction as every write
 * that adds, deletes or moves a pin-image evidence row, so a screen reads a
 * case's count with one `get` instead of counting its index (in Chromium an
 * index count walks every entry: seconds for 50,000 pin images).
 *
 * An older database is counted afterwards by a paced job (migration 006
 * notes it is owed) that walks the evidence store in key order a batch per
 * transaction and keeps its place (`after`). Until it is done, a write
 * counts only the rows the job has passed (it counts the rest as it reaches
 * them), and readers fall back to counting the index.
 */

export const PIN_IMAGE_COUNTS = 'pin-image-counts';

/** What a write must include in its transaction to keep the counts. */
export const COUNT_STORES = ['caseCounts', 'backfills'] as const satisfies readonly StoreName[];

const isKey = (value: unknown): value is IDBValidKey => {
  try {
    indexedDB.cmp(value, value);
    return true;
  } catch {
    return false;
  }
};

export const validateCaseCounts = validator(nonEmptyText('caseId'), (r) => (Number.isInteger(r.pinImages) && (r.pinImages as number) >= 0 ? null : 'pinImages is not a count'));
export const validateBackfill = validator(nonEmptyText('name'), boolean('done'), (r) => (r.after === undefined || isKey(r.after) ? null : 'after is not a key'), optionalIsoTime('startedAt'), optionalIsoTime('finishedAt'));

/**
 * The case a row counts for as a pin image, or undefined: exactly the rows
 * the `[caseId, kind, capturedAt]` index lists under the pin-image kind, so
 * the count and a count of the index agree (a damaged pin image included).
 */
export function pinImageCaseOf(row: unknown): string | undefined {
  const r = row as { caseId?: unknown; kind?: unknown; capturedAt?: unknown } | null | undefined;
  return r && typeof r.caseId === 'string' && r.kind === PIN_IMAGE_KIND && isKey(r.capturedAt) ? r.caseId : undefined;
}

/** One row a write adds (+1) or deletes (−1); a move is its row before (−1) and after (+1). */
export interface CountChange {
  row: unknown;
  delta: 1 | -1;
}

const validState = (value: unknown): BackfillRecord | undefined => (validateBackfill(value) ? undefined : (value as BackfillRecord));

/** Whether the paced count has passed the row with this key (then a write must count it itself). */
const passed = (state: BackfillRecord | undefined, id: unknown) =>
  !!state && (state.done || (state.after !== undefined && isKey(id) && indexedDB.cmp(id, state.after) <= 0));

async function addToCounts(tx: WriteTx, deltas: Map<string, number>): Promise<void> {
  const counts = tx.objectStore('caseCounts');
  await Promise.all(
    [...deltas].map(async ([caseId, delta]) => {
      if (!delta) return;
      const row = await counts.get(caseId);
      const valid = row && !validateCaseCounts(row) ? row : undefined;
      // Never below zero: a count that went wrong is found and repaired by the audit, not made worse.
      // The row's audit mark stays: a write through the store can change the count but never leaves a row unlisted.
      await counts.put({ ...valid, caseId, pinImages: Math.max(0, (valid?.pinImages ?? 0) + delta) });
    }),
  );
}

/** Keeps the counts for the rows a write changes, inside that write's transaction (which must include `COUNT_STORES`). */
export async function keepPinImageCounts(tx: WriteTx, changes: readonly CountChange[]): Promise<void> {
  const counted = changes.flatMap(({ row, delta }) => {
    const caseId = pinImageCaseOf(row);
    return caseId ? [{ caseId, id: (row as { id?: unknown }).id, delta }] : [];
  });
  if (!counted.length) return;
  const state = validState(await tx.objectStore('backfills').get(PIN_IMAGE_COUNTS));
  const deltas = new Map<string, number>();
  for (const { caseId, id, delta } of counted) if (passed(state, id)) deltas.set(caseId, (deltas.get(caseId) ?? 0) + delta);
  await addToCounts(tx, deltas);
}

/**
 * One batch of the paced count, in one transaction: the next `batch` rows
 * after its place, counted, and its place moved on. True when every row is
 * counted. A missing or damaged place starts the count over from nothing.
 */
export async function countPinImagesBatch(db: Db, batch: number): Promise<boolean> {
  let done = false;
  await writeTx(db, ['evidence', ...COUNT_STORES], async (tx) => {
    const state = validState(await tx.objectStore('backfills').get(PIN_IMAGE_COUNTS));
    if (state?.done) {
      done = true;
      return;
    }
    if (!state) await tx.objectStore('caseCounts').clear();
    const after = state?.after;
    const rows: unknown[] = await tx.objectStore('evidence').getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), batch);
    const deltas = new Map<string, number>();
    for (const row of rows) {
      const caseId = pinImageCaseOf(row);
      if (caseId) deltas.set(caseId, (deltas.get(caseId) ?? 0) + 1);
    }
    await addToCounts(tx, deltas);
    done = rows.length < batch;
    // The store's key path is `id`: every stored row holds its own key there.
    const last = rows.length ? (rows[rows.length - 1] as { id: IDBValidKey }).id : after;
    const now = new Date().toISOString();
    await tx.objectStore('backfills').put({ name: PIN_IMAGE_COUNTS, done, ...(last === undefined ? {} : { after: last }), startedAt: state?.startedAt ?? now, ...(done ? { finishedAt: now } : {}) });
  });
  return done;
}

export interface FillOptions {
  /** Rows per transaction. */
  batch?: number;
  /** Pause between batches, so the pages' own reads go between them. */
  pauseMs?: number;
  signal?: AbortSignal;
}

/** Runs the paced count to its end (or until `signal` aborts; the next run goes on from the same place). */
export async function fillPinImageCounts(db: () => Promise<Db>, { batch = 500, pauseMs = 20, signal }: FillOptions = {}): Promise<boolean> {
  // Run at every start of the background: once done, a read-only look is all it costs.
  if (validState(await (await db()).get('backfills', PIN_IMAGE_COUNTS))?.done) return true;
  for (;;) {
    if (signal?.aborted) return false;
    if (await countPinImagesBatch(await db(), batch)) return true;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** A case's kept count as stored: `owed` while the paced count is under way, `damaged` when its row is (then count the index). */
export async function readKeptCount(db: Db, caseId: string): Promise<number | 'owed' | 'damaged'> {
  const tx = db.transaction([...COUNT_STORES]);
  const [state, row] = await Promise.all([tx.objectStore('backfills').get(PIN_IMAGE_COUNTS), tx.objectStore('caseCounts').get(caseId)]);
  if (!validState(state)?.done) return 'owed';
  if (row === undefined) return 0;
  return validateCaseCounts(row) ? 'damaged' : row.pinImages;
}

/** A case's kept count, or undefined when there is none to trust (owed or damaged): then count the index. */
export async function keptPinImageCount(db: Db, caseId: string): Promise<number | undefined> {
  const kept = await readKeptCount(db, caseId);
  return typeof kept === 'number' ? kept : undefined;
}

/**
 * Sets a case's count to what its index holds, counted inside a read-write
 * transaction so no write slips between the count and the fix. Only once
 * the paced count is done (before that the kept numbers are partial by design).
 * Returns the count as it now stands.
 */
export async function repairPinImageCount(db: Db, caseId: string): Promise<number> {
  let pinImages = 0;
  await writeTx(db, ['evidence', ...COUNT_STORES], async (tx) => {
    pinImages = await tx.objectStore('evidence').index('caseId_kind_capturedAt').count(IDBKeyRange.bound([caseId, PIN_IMAGE_KIND], [caseId, PIN_IMAGE_KIND, []]));
    if (validState(await tx.objectStore('backfills').get(PIN_IMAGE_COUNTS))?.done) {
      const row = await tx.objectStore('caseCounts').get(caseId);
      await tx.objectStore('caseCounts').put({ ...(row && !validateCaseCounts(row) ? row : {}), caseId, pinImages });
    }
  });
  return pinImages;
}
