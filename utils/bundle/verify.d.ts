import type { Manifest, Verdict, VerifyOptions } from './verify-core';
import type { RandomAccessSource, ZipEntry } from './zip-reader';
export type EntryWant = 'data' | 'header' | 'skip';
export type ScanEntries = (
  source: RandomAccessSource,
  entries: ZipEntry[],
  handlers: {
    want(entry: ZipEntry): EntryWant;
    /** An entry checked and being hashed (or hashed). */
    hashed(entry: ZipEntry, sha256: Promise<string> | string): Promise<void> | void;
    /** An entry a window cannot settle: read and hashed through the random-access reader. */
    slow(entry: ZipEntry): Promise<void>;
    onError(entry: ZipEntry, error: unknown): void;
    /** Set when the verdict no longer needs the hashes (the bundle failed before them): stop handing out windows. */
    signal?: AbortSignal;
  },
) => Promise<void>;
export function verifyBundle(
  source: RandomAccessSource,
  deps: {
    subtle: SubtleCrypto;
    sha256Hex(bytes: Uint8Array): Promise<string>;
    hashEntry(source: RandomAccessSource, entry: ZipEntry): Promise<string>;
    /** Hashes bytes in memory; when given, the file is read once in order and only large or deflated entries go to hashEntry. */
    hashBytes?(bytes: Uint8Array): Promise<string> | string;
    /** Does what the in-thread scan does (check each entry from a window of the file, hash it) elsewhere, e.g. in Workers. */
    scan?: ScanEntries;
  },
  options?: VerifyOptions,
): Promise<Verdict & { manifest?: Manifest }>;
