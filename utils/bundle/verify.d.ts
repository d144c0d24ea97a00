import type { Manifest, Verdict, VerifyOptions } from './verify-core';
import type { RandomAccessSource, ZipEntry } from './zip-reader';
export function verifyBundle(
  source: RandomAccessSource,
  deps: {
    subtle: SubtleCrypto;
    sha256Hex(bytes: Uint8Array): Promise<string>;
    hashEntry(source: RandomAccessSource, entry: ZipEntry): Promise<string>;
    /** Hashes bytes in memory; when given, the file is read once in order and only large or deflated entries go to hashEntry. */
    hashBytes?(bytes: Uint8Array): Promise<string> | string;
  },
  options?: VerifyOptions,
): Promise<Verdict & { manifest?: Manifest }>;
