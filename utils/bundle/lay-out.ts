/**
 * A batch of evidence files laid out as ZIP entries, ready to go into the
 * bundle as one piece: each file's local header (`localHeader`, the writer's
 * own) followed by its bytes, end to end. This is the per-byte work of an
 * export (reading the stored rows, SHA-256, CRC-32, copying), done in a Worker
 * (`lay-out-worker.ts`) so the page's thread only orders the pieces; the same
 * function runs on the page where no Worker starts.
 *
 * Rules, the same as the page's own path in `export.ts`: every file is hashed
 * and its digest compared with the one recorded at capture; a file that no
 * longer matches is laid out from its bytes with a CRC taken from them (its
 * stored CRC belongs to the old bytes) and the page names it; a stored Blob
 * that matches is not copied but handed back, to be spliced by reference
 * with its stored CRC (or one taken now in rows written before CRCs were); a
 * missing, damaged or unreadable file is a named failure for that file alone.
 */
import { sha256Hex } from '../hash';
import { crc32 } from './crc32.js';
import { localHeader } from './zip-writer';

/** One file of the batch as the page named it. */
export interface LayOutItem {
  id: string;
  /** Its path in the bundle (already unique). */
  name: string;
  /** Its capture time in ms, or NaN: the entry's DOS time. */
  mtime: number;
  /** The SHA-256 recorded at capture. */
  sha256: string;
}

export type LaidOut =
  /** Laid out in the batch's data at [start, end) (header and bytes). */
  | { laid: true; sha256: string; crc: number; size: number; start: number; end: number }
  /** A stored Blob that matches its record: spliced by reference. */
  | { blob: Blob; sha256: string; crc: number }
  | { failed: string };

export interface LaidOutBatch {
  /** The laid-out entries end to end (a Worker's file on disk, or bytes). */
  data: Blob | Uint8Array;
  items: LaidOut[];
}

/** What the bytes store holds for a file, as read (unchecked). */
export type BytesRow = { bytes?: unknown; crc32?: unknown } | undefined;

const isBlob = (value: unknown): value is Blob => typeof Blob === 'function' && (value instanceof Blob || Object.prototype.toString.call(value) === '[object Blob]' || Object.prototype.toString.call(value) === '[object File]');

const validCrc = (crc: unknown): number | undefined => (typeof crc === 'number' && Number.isInteger(crc) && crc >= 0 && crc <= 0xffffffff ? crc : undefined);

const entryTime = (ms: number) => (Number.isFinite(ms) ? new Date(ms) : undefined);

/** The batch laid out in one buffer; `rows[i]` is the stored row of `items[i]`. */
export async function layOutRows(items: readonly LayOutItem[], rows: readonly BytesRow[]): Promise<{ data: Uint8Array<ArrayBuffer>; items: LaidOut[] }> {
  // Every digest of the batch is asked for at once: WebCrypto works on its own thread while the next file is read.
  const prepared = await Promise.all(
    items.map(async (item, i): Promise<{ bytes: Uint8Array; sha256: string; crc: number } | LaidOut> => {
      const stored = rows[i]?.bytes;
      let bytes: Uint8Array;
      if (stored instanceof ArrayBuffer) bytes = new Uint8Array(stored);
      else if (isBlob(stored)) {
        try {
          bytes = new Uint8Array(await stored.arrayBuffer());
        } catch (error) {
          return { failed: `The file of evidence ${item.id} could not be read (${(error as Error)?.message ?? error}).` };
        }
      } else return { failed: `The file of evidence ${item.id} is missing or damaged.` };
      const sha256 = await sha256Hex(bytes);
      const changed = sha256 !== item.sha256;
      const crc = (changed ? undefined : validCrc(rows[i]?.crc32)) ?? crc32(bytes);
      if (isBlob(stored) && !changed) return { blob: stored, sha256, crc };
      return { bytes, sha256, crc };
    }),
  );
  const headers = prepared.map((p, i) => ('bytes' in p ? localHeader(items[i]!.name, p.bytes.length, p.crc, entryTime(items[i]!.mtime)) : undefined));
  let length = 0;
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!;
    if ('bytes' in p) length += headers[i]!.length + p.bytes.length;
  }
  const data = new Uint8Array(length);
  let at = 0;
  const out = prepared.map((p, i): LaidOut => {
    if (!('bytes' in p)) return p;
    const start = at;
    data.set(headers[i]!, at);
    at += headers[i]!.length;
    data.set(p.bytes, at);
    at += p.bytes.length;
    return { laid: true, sha256: p.sha256, crc: p.crc, size: p.bytes.length, start, end: at };
  });
  return { data, items: out };
}

/** A batch to lay out, and where a Worker may put its result on disk (OPFS `exports/<part>`); bytes are handed back otherwise. */
export interface LayOutJob {
  items: LayOutItem[];
  part?: string;
}

export type LayOut = (job: LayOutJob) => Promise<LaidOutBatch>;

/**
 * The page's own lay-out (tests, and wherever no Worker starts): the rows
 * read through the store, the same function as the Workers run.
 */
export function layOutHere(readRows: (ids: string[]) => Promise<(BytesRow | Error)[]>): LayOut {
  return async ({ items }) => {
    const rows = await readRows(items.map((i) => i.id));
    const errors = new Map<number, string>();
    const plain = rows.map((row, i) => {
      if (row instanceof Error) errors.set(i, row.message);
      return row instanceof Error ? undefined : row;
    });
    const laid = await layOutRows(items, plain);
    return { data: laid.data, items: laid.items.map((item, i) => (errors.has(i) ? { failed: errors.get(i)! } : item)) };
  };
}

/** The page's lay-out over the store's batched reads (its records are read again, unused: a fallback, not the fast path). */
export const layOutFromStore = (store: { getEvidenceWithBytesMany(ids: readonly string[]): Promise<({ bytes: unknown; crc32?: number } | Error)[]> }): LayOut =>
  layOutHere(async (ids) => (await store.getEvidenceWithBytesMany(ids)).map((row) => (row instanceof Error ? row : { bytes: row.bytes, crc32: row.crc32 })));
