import { crc32 } from './crc32.js';

/**
 * A streaming ZIP writer for bundles: stored entries (evidence is already
 * compressed, and stored bytes can be checked with any tool), UTF-8 names,
 * no data descriptors, and ZIP64 records exactly where an entry, an offset or
 * the entry count outgrows the classic fields (fflate has no ZIP64 writer).
 * Its output is what `zip-reader.js` accepts: entries laid end to end from
 * byte 0, one directory, one end record, nothing else.
 */
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const UTF8_FLAG = 0x0800;
const ENCODER = new TextEncoder();

interface Written {
  /** Kept as the string (shared with the caller's manifest), encoded again for the directory: 50,000 small arrays less held. */
  name: string;
  crc: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
}

function dos(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The local header of a stored entry (ZIP64 sizes from 4 GiB on). Exported so
 * a Worker laying out a batch of files writes exactly the header this writer
 * would.
 */
export function localHeader(name: string, size: number, crc: number, mtime: Date = new Date('2000-01-01T00:00:00Z')): Uint8Array {
  const nameBytes = ENCODER.encode(name);
  const wide = size >= MAX32;
  const header = new Uint8Array(30 + nameBytes.length + (wide ? 20 : 0));
  const v = new DataView(header.buffer);
  const { dosTime, dosDate } = dos(mtime);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, wide ? 45 : 20, true);
  v.setUint16(6, UTF8_FLAG, true);
  v.setUint16(8, 0, true);
  v.setUint16(10, dosTime, true);
  v.setUint16(12, dosDate, true);
  v.setUint32(14, crc, true);
  v.setUint32(18, wide ? MAX32 : size, true);
  v.setUint32(22, wide ? MAX32 : size, true);
  v.setUint16(26, nameBytes.length, true);
  v.setUint16(28, wide ? 20 : 0, true);
  header.set(nameBytes, 30);
  if (wide) {
    const at = 30 + nameBytes.length;
    v.setUint16(at, 0x0001, true);
    v.setUint16(at + 2, 16, true);
    v.setBigUint64(at + 4, BigInt(size), true);
    v.setBigUint64(at + 12, BigInt(size), true);
  }
  return header;
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private readonly names = new Set<string>();
  private ended = false;

  /**
   * `writeBlob` takes a Blob as a part of the output by reference (the bundle
   * page splices stored evidence files into the download unread); without it
   * `addBlob` reads the Blob and writes its bytes.
   */
  constructor(
    private readonly write: (chunk: Uint8Array) => void | Promise<void>,
    private readonly writeBlob?: (blob: Blob) => void | Promise<void>,
  ) {}

  /** Bytes written so far. */
  get bytes(): number {
    return this.offset;
  }

  /** Adds a file held in memory: its header and bytes in two writes, no stream machinery (a bundle has 50,000 small ones). */
  async add(name: string, data: Uint8Array, mtime = new Date('2000-01-01T00:00:00Z'), knownCrc?: number): Promise<void> {
    const { header, entry } = this.open(name, data.length, knownCrc ?? crc32(data), mtime);
    await this.emit(header);
    await this.emit(data);
    this.entries.push(entry);
  }

  /**
   * Adds a stored file whose CRC-32 is known (taken at capture and checked by
   * the caller's digest): its header is written, the Blob itself handed on by
   * reference, never read here when the output takes Blobs.
   */
  async addBlob(name: string, blob: Blob, crc: number, mtime = new Date('2000-01-01T00:00:00Z')): Promise<void> {
    const { header, entry } = this.open(name, blob.size, crc, mtime);
    await this.emit(header);
    if (this.writeBlob) {
      this.offset += blob.size;
      await this.writeBlob(blob);
    } else {
      await this.emit(new Uint8Array(await blob.arrayBuffer()));
    }
    this.entries.push(entry);
  }

  /**
   * Adds a file of known size from a source that can be read twice (once for
   * the CRC unless given, once to write), so a multi-gigabyte entry never sits
   * in memory and the local header carries its real CRC and sizes.
   */
  async addStream(name: string, size: number, chunks: () => AsyncIterable<Uint8Array>, mtime = new Date('2000-01-01T00:00:00Z'), knownCrc?: number): Promise<void> {
    let crc = knownCrc;
    if (crc === undefined) {
      crc = 0;
      for await (const chunk of chunks()) crc = crc32(chunk, crc);
    }
    const { header, entry } = this.open(name, size, crc, mtime);
    await this.emit(header);
    let written = 0;
    let check = 0;
    for await (const chunk of chunks()) {
      written += chunk.length;
      if (knownCrc === undefined) check = crc32(chunk, check);
      await this.emit(chunk);
    }
    if (written !== size || (knownCrc === undefined && check !== crc)) throw new Error(`${name} changed while it was written to the ZIP.`);
    this.entries.push(entry);
  }

  /**
   * Takes entries already laid out elsewhere (a Worker's batch of small
   * files, `lay-out.ts`): each one's local header, built by `localHeader`
   * from the same name, size, CRC and time, followed by its bytes, end to end
   * in `data`. Only the directory records are kept here; a Blob is handed on
   * by reference where the output takes Blobs.
   */
  async addLaidOut(entries: readonly { name: string; size: number; crc: number; mtime?: Date }[], data: Uint8Array | Blob): Promise<void> {
    let at = this.offset;
    const written: Written[] = [];
    for (const e of entries) {
      const { header, entry } = this.open(e.name, e.size, e.crc, e.mtime ?? new Date('2000-01-01T00:00:00Z'), at);
      written.push(entry);
      at += header.length + e.size;
    }
    const length = data instanceof Uint8Array ? data.length : data.size;
    if (at - this.offset !== length) throw new Error(`A laid-out batch of ${entries.length} files has ${length} bytes where its headers and sizes make ${at - this.offset}.`);
    if (data instanceof Uint8Array) await this.emit(data);
    else if (this.writeBlob) {
      this.offset += data.size;
      await this.writeBlob(data);
    } else await this.emit(new Uint8Array(await data.arrayBuffer()));
    this.entries.push(...written);
  }

  /** Claims the name and builds the entry's local header at `offset` (the current one by default). */
  private open(name: string, size: number, crc: number, mtime: Date, offset = this.offset): { header: Uint8Array; entry: Written } {
    if (this.ended) throw new Error('The ZIP is already finished.');
    if (this.names.has(name)) throw new Error(`Two files would have the same name in the ZIP: ${name}.`);
    this.names.add(name);
    const header = localHeader(name, size, crc, mtime);
    const { dosTime, dosDate } = dos(mtime);
    return { header, entry: { name, crc, size, offset, dosTime, dosDate } };
  }

  /** Writes the directory and the end records. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const cdOffset = this.offset;
    for (const e of this.entries) {
      const name = ENCODER.encode(e.name);
      const wideSize = e.size >= MAX32;
      const wideOffset = e.offset >= MAX32;
      const extra = (wideSize ? 16 : 0) + (wideOffset ? 8 : 0);
      const record = new Uint8Array(46 + name.length + (extra ? 4 + extra : 0));
      const v = new DataView(record.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, (3 << 8) | 45, true);
      v.setUint16(6, extra ? 45 : 20, true);
      v.setUint16(8, UTF8_FLAG, true);
      v.setUint16(10, 0, true);
      v.setUint16(12, e.dosTime, true);
      v.setUint16(14, e.dosDate, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, wideSize ? MAX32 : e.size, true);
      v.setUint32(24, wideSize ? MAX32 : e.size, true);
      v.setUint16(28, name.length, true);
      v.setUint16(30, extra ? 4 + extra : 0, true);
      v.setUint32(38, 0o100644 << 16, true);
      v.setUint32(42, wideOffset ? MAX32 : e.offset, true);
      record.set(name, 46);
      if (extra) {
        let at = 46 + name.length;
        v.setUint16(at, 0x0001, true);
        v.setUint16(at + 2, extra, true);
        at += 4;
        if (wideSize) {
          v.setBigUint64(at, BigInt(e.size), true);
          v.setBigUint64(at + 8, BigInt(e.size), true);
          at += 16;
        }
        if (wideOffset) v.setBigUint64(at, BigInt(e.offset), true);
      }
      await this.emit(record);
    }
    const cdSize = this.offset - cdOffset;
    const count = this.entries.length;
    const zip64 = count >= MAX16 || cdSize >= MAX32 || cdOffset >= MAX32;
    if (zip64) {
      const z64At = this.offset;
      const z = new Uint8Array(56 + 20);
      const v = new DataView(z.buffer);
      v.setUint32(0, 0x06064b50, true);
      v.setBigUint64(4, 44n, true);
      v.setUint16(12, (3 << 8) | 45, true);
      v.setUint16(14, 45, true);
      v.setBigUint64(24, BigInt(count), true);
      v.setBigUint64(32, BigInt(count), true);
      v.setBigUint64(40, BigInt(cdSize), true);
      v.setBigUint64(48, BigInt(cdOffset), true);
      v.setUint32(56, 0x07064b50, true);
      v.setBigUint64(64, BigInt(z64At), true);
      v.setUint32(72, 1, true);
      await this.emit(z);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, zip64 ? MAX16 : count, true);
    v.setUint16(10, zip64 ? MAX16 : count, true);
    v.setUint32(12, zip64 ? MAX32 : cdSize, true);
    v.setUint32(16, zip64 ? MAX32 : cdOffset, true);
    await this.emit(end);
  }

  private async emit(chunk: Uint8Array) {
    this.offset += chunk.length;
    await this.write(chunk);
  }
}
