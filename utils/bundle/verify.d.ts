import type { Manifest, Verdict } from './verify-core';
import type { RandomAccessSource, ZipEntry } from './zip-reader';
export function verifyBundle(
  source: RandomAccessSource,
  deps: {
    subtle: SubtleCrypto;
    sha256Hex(bytes: Uint8Array): Promise<string>;
    hashEntry(source: RandomAccessSource, entry: ZipEntry): Promise<string>;
  },
): Promise<Verdict & { manifest?: Manifest }>;
