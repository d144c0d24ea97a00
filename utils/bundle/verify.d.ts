import type { Manifest, Verdict, VerifyOptions } from './verify-core';
import type { RandomAccessSource, ZipEntry } from './zip-reader';
export function verifyBundle(
  source: RandomAccessSource,
  deps: {
    subtle: SubtleCrypto;
    sha256Hex(bytes: Uint8Array): Promise<string>;
    hashEntry(source: RandomAccessSource, entry: ZipEntry): Promise<string>;
  },
  options?: VerifyOptions,
): Promise<Verdict & { manifest?: Manifest }>;
