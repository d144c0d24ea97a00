import type { EvidenceRecord } from '../db/schema';
import { ReinstateError } from '../errors';
import { sha256Hex } from '../hash';
import type { BundleRecords } from './export';
import { verifyBundle } from './verify.js';
import { scanInWorkers } from './verify-in-workers';
import type { Verdict, VerifyOptions } from './verify-core.js';
import { readEntry, listEntries, type RandomAccessSource } from './zip-reader.js';

export const browserHashEntry = async (source: RandomAccessSource, entry: Parameters<typeof readEntry>[1]) => sha256Hex(await readEntry(source, entry));

/** A source over a File; it keeps the File (`blob`) so the verifier can hand it to Workers, which read it themselves. */
export function fileSource(file: Blob): RandomAccessSource & { blob: Blob } {
  const source = readAhead({ size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) }, READ_AHEAD, true);
  return { ...source, blob: file };
}

/** How much one read of a file brings in at a time: small entries then cost a slice of memory, not a read of the disk each. */
export const READ_AHEAD = 8 * 1024 * 1024;

type Window = { start: number; end: number; bytes: Promise<Uint8Array> };

/**
 * A source that reads ahead in windows of `window` bytes and answers small
 * reads from the window it holds. A bundle's entries lie end to end and are
 * read in order, so 50,000 small files (three reads each: local header, name,
 * data) cost a few dozen reads of the file instead of 150,000. A read larger
 * than the window goes straight through, so memory stays at one window (two
 * with `prefetch`) plus the largest entry.
 *
 * With `prefetch`, the window after the current one is read as soon as the
 * current one is claimed, so the disk (a Blob read is a round trip to the
 * browser process) works while the verifier CRCs and hashes what it has; a
 * read that straddles the two windows is joined from both (a copy).
 */
export function readAhead(source: RandomAccessSource, window = READ_AHEAD, prefetch = false): RandomAccessSource {
  // A window is claimed before its bytes arrive, so reads that overlap in
  // time (the verifier hashes files side by side) share one read and never
  // see one window's position with another's bytes.
  let current: Window = { start: 0, end: 0, bytes: Promise.resolve(new Uint8Array(0)) };
  let next: Window | undefined;
  const claim = (start: number): Window | undefined => {
    if (start >= source.size) return undefined;
    const end = Math.min(start + window, source.size);
    return { start, end, bytes: source.read(start, end - start) };
  };
  const from = async (w: Window, offset: number, end: number) => (await w.bytes).subarray(offset - w.start, Math.min(end - w.start, w.end - w.start));
  return {
    size: source.size,
    read: async (offset, length) => {
      const end = Math.min(offset + length, source.size);
      if (offset >= current.start && end <= current.end) return from(current, offset, end);
      if (next && offset >= next.start && end <= next.end) {
        current = next;
        next = prefetch ? claim(current.end) : undefined;
        return from(current, offset, end);
      }
      if (next && offset >= current.start && offset < current.end && end <= next.end) {
        const [a, b] = [current, next];
        const [head, tail] = await Promise.all([from(a, offset, a.end), from(b, b.start, end)]);
        // A window shorter than claimed (the file changed under us): ask the source itself, never join across a gap.
        if (head.length !== a.end - offset) return source.read(offset, length);
        const joined = new Uint8Array(head.length + tail.length);
        joined.set(head);
        joined.set(tail, head.length);
        return joined;
      }
      if (length > window / 2) return source.read(offset, length);
      const claimed = claim(offset);
      if (!claimed) return new Uint8Array(0); // at or past the end, as a read of the source there would give
      current = claimed;
      next = prefetch ? claim(current.end) : undefined;
      return from(current, offset, end);
    },
  };
}

/** pkijs is loaded only when a bundle carries a timestamp. */
const checkTimestamp: NonNullable<VerifyOptions['checkTimestamp']> = async (token, manifestSha256, manifestBytes) => (await import('./timestamp-check.js')).checkTimestamp(token, manifestSha256, manifestBytes);

export async function verifyInBrowser(source: RandomAccessSource & { blob?: Blob }, options: VerifyOptions = {}): Promise<Verdict> {
  // Over a File, one Worker per core checks and hashes windows of it; otherwise the page scans the file itself.
  const scan = source.blob && typeof Worker === 'function' ? scanInWorkers(source.blob) : undefined;
  try {
    return await verifyBundle(source, { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry, hashBytes: sha256Hex, ...(scan ? { scan } : {}) }, { checkTimestamp, ...options });
  } finally {
    scan?.close();
  }
}

export interface ImportPlan {
  verdict: Verdict;
  records: BundleRecords;
  /** The original bytes of one evidence item (and its thumbnail), read when needed. */
  evidenceBytes(path: string): Promise<Uint8Array>;
}

/**
 * Checks a bundle before anything is imported: a strict ZIP, every hash, no
 * unsafe path, a manifest this version reads, a valid signature (unsigned
 * only when `allowUnsigned`). Only an intact bundle gives a plan.
 */
export async function planImport(source: RandomAccessSource, options: VerifyOptions = {}): Promise<ImportPlan> {
  const verdict = await verifyInBrowser(source, options);
  if (verdict.status !== 'intact') {
    const reasons = [
      ...verdict.problems,
      ...verdict.unsafe.map((u) => `unsafe path ${u.path} (${u.reason})`),
      ...verdict.changed.map((p) => `changed: ${p}`),
      ...verdict.missing.map((p) => `missing: ${p}`),
      ...verdict.extra.map((p) => `not in the manifest: ${p}`),
    ];
    throw new ReinstateError('bad-request', `This bundle did not pass the check, so nothing was imported: ${reasons.slice(0, 8).join('; ')}.`);
  }
  const entries = await listEntries(source);
  const byName = new Map(entries.map((e) => [e.name, e]));
  // The store checks every record with its own validator; here only the shape
  // of each file is checked, so a malformed one gives a clear message, not a crash.
  const parse = async (name: string): Promise<unknown> => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(await readEntry(source, entry)));
    } catch {
      throw new ReinstateError('bad-request', `${name} in this bundle is not valid JSON, so nothing was imported.`);
    }
  };
  const list = async <T>(name: string, pick: (value: unknown) => unknown = (v) => v): Promise<T[]> => {
    const value = await parse(name);
    if (value === undefined) return [];
    const rows = pick(value);
    if (!Array.isArray(rows)) throw new ReinstateError('bad-request', `${name} in this bundle does not hold a list of records, so nothing was imported.`);
    return rows as T[];
  };
  const records: BundleRecords = {
    cases: await list('case.json', (v) => (v as { cases?: unknown } | null)?.cases),
    notices: await list('notices.json'),
    evidence: await list('evidence.json'),
    letters: await list('letters.json'),
    correspondence: await list('correspondence.json'),
    log: await list('log.json'),
    inventories: [],
  };
  for (const entry of entries.filter((e) => /^inventory\/[^/]+\.json$/.test(e.name))) {
    const parsed = (await parse(entry.name)) as { run?: unknown; boards?: unknown; pins?: unknown } | null;
    if (!parsed || typeof parsed !== 'object' || !parsed.run || !Array.isArray(parsed.boards) || !Array.isArray(parsed.pins)) {
      throw new ReinstateError('bad-request', `${entry.name} in this bundle is not an inventory run with boards and pins, so nothing was imported.`);
    }
    records.inventories!.push({ ...(parsed as Omit<NonNullable<BundleRecords['inventories']>[number], 'path'>), path: entry.name });
  }
  // Each evidence row must name its file; the store checks the rest with its own validator.
  if (records.evidence.some((e) => !e || typeof e !== 'object' || typeof (e as { path?: unknown }).path !== 'string')) {
    throw new ReinstateError('bad-request', 'evidence.json in this bundle has a row that names no file, so nothing was imported.');
  }
  return {
    verdict,
    records,
    evidenceBytes: async (path) => {
      const entry = byName.get(path);
      if (!entry) throw new ReinstateError('not-found', `${path} is not in the bundle.`);
      return readEntry(source, entry);
    },
  };
}

/** The evidence record as stored, rebuilt from the bundle (the thumbnail comes from its own file). */
export function evidenceRecordOf(item: BundleRecords['evidence'][number], thumb?: Uint8Array): EvidenceRecord {
  const { path: _path, thumbPath: _thumbPath, ...record } = item;
  return { ...record, ...(thumb ? { thumb: { mime: 'image/jpeg', bytes: thumb.slice().buffer } } : {}) };
}
