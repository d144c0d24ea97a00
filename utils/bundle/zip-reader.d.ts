export interface RandomAccessSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}
export class BundleFormatError extends Error {}
export function listEntries(source: RandomAccessSource): Promise<ZipEntry[]>;
export function readEntry(source: RandomAccessSource, entry: ZipEntry): Promise<Uint8Array>;
export function streamEntry(source: RandomAccessSource, entry: ZipEntry, chunkSize?: number): AsyncGenerator<Uint8Array>;
export function bytesSource(bytes: Uint8Array): RandomAccessSource;
