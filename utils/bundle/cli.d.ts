export function main(
  argv: string[],
  io: { out(text: string): void; err(text: string): void },
  deps?: { selfPath?: string; checkTimestamp?(token: Uint8Array, manifestSha256: string, manifestBytes: Uint8Array): Promise<import('./verify-core').TimestampCheck> },
): Promise<number>;
export function scriptPath(metaUrl: string): string;
export const nodeHashers: {
  hashEntry(source: import('./zip-reader').RandomAccessSource, entry: import('./zip-reader').ZipEntry): Promise<string>;
  hashBytes(bytes: Uint8Array): string;
};
