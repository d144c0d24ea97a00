import type { EvidenceRecord } from '../db/schema';
import { ReinstateError } from '../errors';
import { sha256Hex } from '../hash';
import type { BundleRecords } from './export';
import { verifyBundle } from './verify.js';
import type { Verdict, VerifyOptions } from './verify-core.js';
import { readEntry, listEntries, type RandomAccessSource } from './zip-reader.js';

export const browserHashEntry = async (source: RandomAccessSource, entry: Parameters<typeof readEntry>[1]) => sha256Hex(await readEntry(source, entry));

export function fileSource(file: Blob): RandomAccessSource {
  return readAhead({ size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) });
}

/** How much one read of a file brings in at a time: small entries then cost a slice of memory, not a read of the disk each. */
export const READ_AHEAD = 8 * 1024 * 1024;

/**
 * A source that reads ahead in windows of `window` bytes and answers small
 * reads from the window it holds. A bundle's entries lie end to end and are
 * read in order, so 50,000 small files (three reads each: local header, name,
 * data) cost a few dozen reads of the file instead of 150,000. A read larger
 * than the window goes straight through, so memory stays at one window plus
 * the largest entry. The bytes given are a copy only when they straddle windows.
 */
export function readAhead(source: RandomAccessSource, window = READ_AHEAD): RandomAccessSource {
  // The window is claimed before its bytes arrive, so reads that overlap in
  // time (the verifier hashes files side by side) share one read and never
  // see one window's position with another's bytes.
  let current: { start: number; end: number; bytes: Promise<Uint8Array> } = { start: 0, end: 0, bytes: Promise.resolve(new Uint8Array(0)) };
  return {
    size: source.size,
    read: async (offset, length) => {
      const end = Math.min(offset + length, source.size);
      if (offset < current.start || end > current.end) {
        if (length > window / 2) return source.read(offset, length);
        const size = Math.min(window, source.size - offset);
        current = { start: offset, end: offset + size, bytes: source.read(offset, size) };
      }
      const { start, bytes } = current;
      const held = await bytes;
      return held.subarray(offset - start, Math.min(end - start, held.length));
    },
  };
}

/** pkijs is loaded only when a bundle carries a timestamp. */
const checkTimestamp: NonNullable<VerifyOptions['checkTimestamp']> = async (token, manifestSha256, manifestBytes) => (await import('./timestamp-check.js')).checkTimestamp(token, manifestSha256, manifestBytes);

export async function verifyInBrowser(source: RandomAccessSource, options: VerifyOptions = {}): Promise<Verdict> {
  return verifyBundle(source, { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry }, { checkTimestamp, ...options });
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
