/**
 * The entries a bundle page's verify scan hands to its Workers, packed into
 * three typed arrays sent once per Worker: a job is then five numbers, not
 * a thousand entry objects (and their names) cloned per window, and a
 * reply one string of digests. Cloning 50,000 objects there and back cost
 * the page's thread about as much as the rest of its work.
 */
import type { EntryWant } from './verify';
import type { ZipEntry } from './zip-reader.js';

/** Numbers kept per entry, in this order. */
const FIELDS = 8;
const WANTS: EntryWant[] = ['data', 'header', 'skip'];

export interface EntryTable {
  /** Per entry: localOffset, next, crc, size, compressedSize, method, flags, want (index in WANTS). */
  numbers: Float64Array;
  /** Every entry's name bytes as the directory holds them, end to end. */
  names: Uint8Array;
  /** Where each entry's name ends in `names`. */
  nameEnds: Uint32Array;
}

export function packEntries(entries: readonly ZipEntry[], want: (entry: ZipEntry) => EntryWant): EntryTable {
  const numbers = new Float64Array(entries.length * FIELDS);
  const nameEnds = new Uint32Array(entries.length);
  let nameBytes = 0;
  for (const entry of entries) nameBytes += entry.nameBytes.length;
  const names = new Uint8Array(nameBytes);
  let at = 0;
  entries.forEach((e, i) => {
    numbers.set([e.localOffset, e.next, e.crc, e.size, e.compressedSize, e.method, e.flags, WANTS.indexOf(want(e))], i * FIELDS);
    names.set(e.nameBytes, at);
    at += e.nameBytes.length;
    nameEnds[i] = at;
  });
  return { numbers, names, nameEnds };
}

const utf8 = new TextDecoder();

/**
 * Entries `from` to `to` of a table as the ZIP reader's rules take them. The
 * name is decoded only when a message needs it (the directory already
 * checked it is UTF-8), so a good entry costs no string.
 */
export function unpackEntries(table: EntryTable, from: number, to: number): { entries: ZipEntry[]; wants: EntryWant[] } {
  const entries: ZipEntry[] = [];
  const wants: EntryWant[] = [];
  for (let i = from; i < to; i++) {
    const n = table.numbers.subarray(i * FIELDS, (i + 1) * FIELDS);
    const nameBytes = table.names.subarray(i ? table.nameEnds[i - 1]! : 0, table.nameEnds[i]!);
    entries.push({
      get name() {
        return utf8.decode(nameBytes);
      },
      localOffset: n[0]!,
      next: n[1]!,
      crc: n[2]!,
      size: n[3]!,
      compressedSize: n[4]!,
      method: n[5]!,
      flags: n[6]!,
      nameBytes,
    });
    wants.push(WANTS[n[7]!]!);
  }
  return { entries, wants };
}

/**
 * How a Worker settled each entry of a job, by its place in the job:
 * checked (a folder whose header is good), hashed (its digest is the next 64
 * characters of the reply's `hex`), slow (the window could not settle it:
 * deflated, a header outside the window; the page reads it itself) or
 * failed (the next of the reply's `errors`).
 */
export const SETTLED = { checked: 0, hashed: 1, slow: 2, failed: 3 } as const;
