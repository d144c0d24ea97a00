// A small ZIP reader over random access (a File in the browser, a file
// descriptor in Node): it reads the central directory, then each entry by
// offset, so a verifier holds at most one entry (or one chunk) at a time.
// Plain JavaScript so the Node command runs it as is; types in zip-reader.d.ts.
import { inflateSync } from 'fflate';

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export class BundleFormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BundleFormatError';
  }
}

/** Lists the entries of a ZIP: name, sizes, method, where its data starts. */
export async function listEntries(source) {
  if (source.size < 22) throw new BundleFormatError('This file is too small to be a ZIP bundle.');
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BundleFormatError('This is not a ZIP file, or it was cut short (no end-of-archive record).');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff) throw new BundleFormatError('ZIP64 bundles (over 4 GB or 65,535 files) are not supported yet.');
  if (cdOffset + cdSize > source.size) throw new BundleFormatError('The ZIP file is truncated: its directory points past the end of the file.');
  const cd = await source.read(cdOffset, cdSize);
  const cdv = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries = [];
  let p = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cdv.getUint32(p, true) !== CEN) throw new BundleFormatError('The ZIP directory is damaged.');
    const method = cdv.getUint16(p + 10, true);
    const crc = cdv.getUint32(p + 16, true);
    const compressedSize = cdv.getUint32(p + 20, true);
    const size = cdv.getUint32(p + 24, true);
    const nameLength = cdv.getUint16(p + 28, true);
    const extraLength = cdv.getUint16(p + 30, true);
    const commentLength = cdv.getUint16(p + 32, true);
    const localOffset = cdv.getUint32(p + 42, true);
    const name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, crc, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function dataOffset(source, entry) {
  const header = await source.read(entry.localOffset, 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOC) throw new BundleFormatError(`The entry ${entry.name} is damaged (bad local header).`);
  const start = entry.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > source.size) throw new BundleFormatError(`The ZIP file is truncated inside ${entry.name}.`);
  return start;
}

/** The entry's bytes, whole (stored or deflated). */
export async function readEntry(source, entry) {
  const start = await dataOffset(source, entry);
  const raw = await source.read(start, entry.compressedSize);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflateSync(raw, { out: new Uint8Array(entry.size) });
  throw new BundleFormatError(`The entry ${entry.name} uses compression method ${entry.method}, which is not supported.`);
}

/** The entry's bytes in chunks, for stored entries; deflated ones come whole. */
export async function* streamEntry(source, entry, chunkSize = 4 * 1024 * 1024) {
  if (entry.method !== 0) {
    yield await readEntry(source, entry);
    return;
  }
  const start = await dataOffset(source, entry);
  for (let offset = 0; offset < entry.compressedSize; offset += chunkSize) {
    yield await source.read(start + offset, Math.min(chunkSize, entry.compressedSize - offset));
  }
}

/** A random-access source over bytes already in memory. */
export function bytesSource(bytes) {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
