import type { EvidenceRecord } from '../db/schema';
import { ReinstateError } from '../errors';
import { sha256Hex } from '../hash';
import type { BundleRecords } from './export';
import { verifyBundle } from './verify.js';
import type { Verdict, VerifyOptions } from './verify-core.js';
import { readEntry, listEntries, type RandomAccessSource } from './zip-reader.js';

export const browserHashEntry = async (source: RandomAccessSource, entry: Parameters<typeof readEntry>[1]) => sha256Hex(await readEntry(source, entry));

export function fileSource(file: Blob): RandomAccessSource {
  return { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
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
  const json = async <T>(name: string, fallback: T): Promise<T> => {
    const entry = entries.find((e) => e.name === name);
    return entry ? (JSON.parse(new TextDecoder().decode(await readEntry(source, entry))) as T) : fallback;
  };
  const records: BundleRecords = {
    cases: (await json<{ cases: BundleRecords['cases'] }>('case.json', { cases: [] })).cases,
    notices: await json('notices.json', []),
    evidence: await json('evidence.json', []),
    letters: await json('letters.json', []),
    correspondence: await json('correspondence.json', []),
    log: await json('log.json', []),
    inventories: [],
  };
  for (const entry of entries.filter((e) => /^inventory\/[^/]+\.json$/.test(e.name))) {
    const parsed = JSON.parse(new TextDecoder().decode(await readEntry(source, entry)));
    records.inventories!.push({ ...parsed, path: entry.name });
  }
  return {
    verdict,
    records,
    evidenceBytes: async (path) => {
      const entry = entries.find((e) => e.name === path);
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
