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
  flags: number;
  nameBytes: Uint8Array;
  /** Where the next entry (or the directory) starts: this entry's data must end exactly there. */
  next: number;
}
export class BundleFormatError extends Error {
  constructor(message: string, kind?: 'unreadable' | 'unsafe');
  kind: 'unreadable' | 'unsafe';
}
export function listEntries(source: RandomAccessSource): Promise<ZipEntry[]>;
export function checkEntry(source: RandomAccessSource, entry: ZipEntry): Promise<void>;
export function readEntry(source: RandomAccessSource, entry: ZipEntry): Promise<Uint8Array>;
export function streamEntry(source: RandomAccessSource, entry: ZipEntry, chunkSize?: number): AsyncGenerator<Uint8Array>;
export function bytesSource(bytes: Uint8Array): RandomAccessSource;
export const SCAN_WINDOW: number;
export function scanEntries(
  source: RandomAccessSource,
  entries: ZipEntry[],
  handlers: {
    want(entry: ZipEntry): 'data' | 'header' | 'skip';
    onData(entry: ZipEntry, data: Uint8Array | undefined): Promise<unknown> | unknown;
    onError(entry: ZipEntry, error: unknown): void;
    signal?: AbortSignal;
  },
  window?: number,
): Promise<void>;
export type WindowRun = { alone: true; entries: ZipEntry[] } | { alone: false; start: number; end: number; entries: ZipEntry[] };
export function planWindows(entries: ZipEntry[], want: (entry: ZipEntry) => 'data' | 'header' | 'skip', window?: number): WindowRun[];
export function checkWindow(bytes: Uint8Array, base: number, fileSize: number, entries: ZipEntry[], wants: ('data' | 'header' | 'skip')[]): { data?: Uint8Array; error?: unknown; slow?: true }[];
