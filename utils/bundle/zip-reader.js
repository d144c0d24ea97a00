// A strict ZIP reader over random access (a File in the browser, a file
// descriptor in Node). It reads the central directory, then each entry by
// offset, so a verifier holds at most one entry (or one chunk) at a time.
//
// Strict because a bundle is evidence: the verifier must see exactly what
// unzip, 7-Zip, Windows Explorer or a browser's importer would see. So a ZIP
// is accepted only when every reader must agree on it: one end record at the
// very end, one central directory that fills the space the end record gives
// it with exactly the records it counts, local entries laid end to end from
// byte 0 with no gap (nothing hidden between them), each local header naming
// the same file with the same sizes and CRC as its directory record, unique
// names, no encryption, stored or deflated data whose CRC matches. ZIP64
// (over 65,535 files or 4 GB) is read, with the same rules.
//
// Plain JavaScript so Node runs it as is; types in zip-reader.d.ts.
import { inflateSync } from 'fflate';
import { crc32 } from './crc32.js';

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** General-purpose flags we accept: deflate options (bits 1–2), a data descriptor (bit 3, as fflate's streaming writer and 0.1 bundles use) and UTF-8 names (bit 11). */
const ALLOWED_FLAGS = 0x080e;
const DESCRIPTOR = 0x08074b50;
/** The largest deflated entry unpacked in memory (bundles store their files, so this is for other tools' ZIPs). */
const MAX_INFLATE = 512 * 1024 * 1024;

export class BundleFormatError extends Error {
  /** @param kind 'unreadable' (damaged, truncated, not a ZIP) or 'unsafe' (readers could disagree, or hidden content) */
  constructor(message, kind = 'unreadable') {
    super(message);
    this.name = 'BundleFormatError';
    this.kind = kind;
  }
}

const unreadable = (message) => new BundleFormatError(message, 'unreadable');
const unsafe = (message) => new BundleFormatError(message, 'unsafe');

function u64(view, offset) {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable('A ZIP64 size or offset is impossibly large.');
  return Number(value);
}

const NO_BLOCKS = Object.freeze([]);

/** Extra-field blocks as { id, start, length } within `bytes`; throws when they do not fill it exactly. */
function extraBlocks(bytes, where) {
  // Bundles carry no extra fields except for ZIP64: the common case costs nothing.
  if (bytes.length === 0) return NO_BLOCKS;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blocks = [];
  let p = 0;
  while (p < bytes.length) {
    if (p + 4 > bytes.length) throw unreadable(`The extra field of ${where} is damaged.`);
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (p + 4 + length > bytes.length) throw unreadable(`The extra field of ${where} is damaged.`);
    blocks.push({ id, view: new DataView(bytes.buffer, bytes.byteOffset + p + 4, length) });
    p += 4 + length;
  }
  const ids = blocks.map((b) => b.id);
  if (new Set(ids).size !== ids.length) throw unsafe(`The extra field of ${where} repeats a block.`);
  // Info-ZIP's Unicode Path block makes some tools extract under another name than the one checked.
  if (ids.includes(0x7075)) throw unsafe(`${where} carries a second, alternative file name (Unicode Path extra field).`);
  return blocks;
}

/** Reads the ZIP64 values a record defers with 0xFFFFFFFF, in the order the format fixes. */
function zip64Values(blocks, wanted, where) {
  const needed = wanted.filter(Boolean).length;
  if (needed === 0) return [];
  const block = blocks.find((b) => b.id === 0x0001);
  if (!block || block.view.byteLength < needed * 8) throw unreadable(`${where} lacks the ZIP64 sizes it announces.`);
  return wanted.filter(Boolean).map((_, i) => u64(block.view, i * 8));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const ASCII = 1;
const UPPER = 2;
/** ASCII when every byte is below 0x80 (such a name reads the same in UTF-8, CP437 and Latin-1, and is its own NFC form), UPPER when one is A–Z. */
function asciiKind(bytes) {
  let kind = ASCII;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) return 0;
    if (b >= 0x41 && b <= 0x5a) kind = ASCII | UPPER;
  }
  return kind;
}

function decodeName(bytes, flags, index, ascii) {
  // 50,000 names: one string per name instead of a decoder call each (the same result for ASCII).
  if (ascii && bytes.length <= 1024) return String.fromCharCode.apply(null, bytes);
  if (!(flags & 0x0800)) throw unsafe(`Entry ${index + 1} has a name that is not marked as UTF-8, so tools would read it differently.`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw unsafe(`Entry ${index + 1} has a name that is not valid UTF-8.`);
  }
}

/** Finds and checks the end records; returns where the directory is and how many records it holds. */
async function readEnd(source) {
  if (source.size < 22) throw unreadable('This file is too small to be a ZIP bundle.');
  const eocdAt = source.size - 22;
  const end = await source.read(eocdAt, 22);
  const view = new DataView(end.buffer, end.byteOffset, end.byteLength);
  if (view.getUint32(0, true) !== EOCD) {
    const tailLength = Math.min(source.size, 22 + MAX16);
    const tail = await source.read(source.size - tailLength, tailLength);
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tv.getUint32(i, true) === EOCD) throw unsafe('The ZIP file has data or a comment after its end record, which some tools read and others ignore.');
    }
    throw unreadable('This is not a ZIP file, or it was cut short (no end-of-archive record).');
  }
  if (view.getUint16(20, true) !== 0) throw unsafe('The ZIP file has a comment after its end record.');
  if (view.getUint16(4, true) !== 0 || view.getUint16(6, true) !== 0) throw unreadable('This ZIP file claims to span several disks.');
  let count = view.getUint16(10, true);
  const countOnDisk = view.getUint16(8, true);
  let cdSize = view.getUint32(12, true);
  let cdOffset = view.getUint32(16, true);
  if (countOnDisk !== count) throw unsafe('The end record gives two different entry counts.');
  let cdEnd = eocdAt;

  const hasLocator = eocdAt >= 20 && new DataView((await source.read(eocdAt - 20, 4)).slice().buffer).getUint32(0, true) === ZIP64_LOCATOR;
  if (hasLocator) {
    const loc = await source.read(eocdAt - 20, 20);
    const lv = new DataView(loc.buffer, loc.byteOffset, loc.byteLength);
    if (lv.getUint32(4, true) !== 0 || lv.getUint32(16, true) !== 1) throw unreadable('This ZIP64 file claims to span several disks.');
    const z64At = u64(lv, 8);
    if (z64At + 56 !== eocdAt - 20) throw unsafe('The ZIP64 end record is not where its locator says, or something sits between them.');
    const z = await source.read(z64At, 56);
    const zv = new DataView(z.buffer, z.byteOffset, z.byteLength);
    if (z.length < 56 || zv.getUint32(0, true) !== ZIP64_EOCD) throw unreadable('The ZIP64 end record is missing or damaged.');
    if (u64(zv, 4) !== 44) throw unsafe('The ZIP64 end record carries extra data.');
    if (zv.getUint32(16, true) !== 0 || zv.getUint32(20, true) !== 0) throw unreadable('This ZIP64 file claims to span several disks.');
    const z64CountOnDisk = u64(zv, 24);
    const z64Count = u64(zv, 32);
    const z64Size = u64(zv, 40);
    const z64Offset = u64(zv, 48);
    if (z64CountOnDisk !== z64Count) throw unsafe('The ZIP64 end record gives two different entry counts.');
    // Readers take either record's numbers; they must not be able to disagree.
    if ((count !== MAX16 && count !== z64Count) || (cdSize !== MAX32 && cdSize !== z64Size) || (cdOffset !== MAX32 && cdOffset !== z64Offset)) {
      throw unsafe('The ZIP end record and the ZIP64 end record disagree.');
    }
    count = z64Count;
    cdSize = z64Size;
    cdOffset = z64Offset;
    cdEnd = z64At;
  } else if (count === MAX16 || cdSize === MAX32 || cdOffset === MAX32) {
    throw unreadable('This ZIP announces ZIP64 sizes but has no ZIP64 end record.');
  }
  if (cdOffset + cdSize > cdEnd) throw unreadable('The ZIP file is truncated: its directory points past the end of the file.');
  if (cdOffset + cdSize !== cdEnd) throw unsafe('There are bytes between the ZIP directory and its end record (hidden directory records).');
  return { count, cdSize, cdOffset };
}

/**
 * Lists the entries of a ZIP: name, sizes, method, CRC, where its local
 * header starts and where the next entry must start. Throws a
 * BundleFormatError (kind 'unreadable' or 'unsafe') when the directory breaks
 * a rule above. The local headers are checked when each entry is read
 * (`readEntry`, `streamEntry`, `checkEntry`), so one pass reads each once.
 */
export async function listEntries(source) {
  const { count, cdSize, cdOffset } = await readEnd(source);
  if (count * 46 > cdSize) throw unreadable('The ZIP directory is shorter than the number of entries it claims.');
  const cd = await source.read(cdOffset, cdSize);
  if (cd.length !== cdSize) throw unreadable('The ZIP file is truncated inside its directory.');
  const cdv = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries = [];
  const folded = new Map();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cdv.getUint32(p, true) !== CEN) throw unreadable('The ZIP directory is damaged.');
    const needed = cdv.getUint16(p + 6, true) & 0xff;
    const flags = cdv.getUint16(p + 8, true);
    const method = cdv.getUint16(p + 10, true);
    const crc = cdv.getUint32(p + 16, true);
    let compressedSize = cdv.getUint32(p + 20, true);
    let size = cdv.getUint32(p + 24, true);
    const nameLength = cdv.getUint16(p + 28, true);
    const extraLength = cdv.getUint16(p + 30, true);
    const commentLength = cdv.getUint16(p + 32, true);
    const disk = cdv.getUint16(p + 34, true);
    let localOffset = cdv.getUint32(p + 42, true);
    const recordEnd = p + 46 + nameLength + extraLength + commentLength;
    if (recordEnd > cd.length) throw unreadable('The ZIP directory is damaged.');
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLength);
    const ascii = asciiKind(nameBytes);
    const name = decodeName(nameBytes, flags, i, ascii);
    if (flags & 0x0041) throw unsafe(`${name} is encrypted.`);
    if (flags & ~ALLOWED_FLAGS) throw unsafe(`${name} uses ZIP options this verifier does not accept (flags 0x${flags.toString(16)}).`);
    if (method !== 0 && method !== 8) throw unsafe(`${name} uses compression method ${method}, which is not accepted.`);
    if (needed > 45) throw unreadable(`${name} needs a newer ZIP reader (version ${needed / 10}).`);
    if (disk !== 0 && disk !== MAX16) throw unreadable(`${name} claims to be on another disk.`);
    const blocks = extraBlocks(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), name);
    const wide = size === MAX32 || compressedSize === MAX32 || localOffset === MAX32 || disk === MAX16 ? zip64Values(blocks, [size === MAX32, compressedSize === MAX32, localOffset === MAX32, disk === MAX16], name) : NO_BLOCKS;
    if (size === MAX32) size = wide.shift();
    if (compressedSize === MAX32) compressedSize = wide.shift();
    if (localOffset === MAX32) localOffset = wide.shift();
    if (disk === MAX16 && wide.shift() !== 0) throw unreadable(`${name} claims to be on another disk.`);
    // unzip restores a Unix symlink, FIFO or device from these attribute bytes, which the signature does not cover:
    // the verifier would hash a file that the recipient never gets. Only plain files and folders are accepted.
    const type = (cdv.getUint32(p + 38, true) >>> 16) & 0o170000;
    if (type !== 0 && type !== 0o100000 && type !== 0o040000) {
      throw unsafe(`${name} is marked as a ${type === 0o120000 ? 'symbolic link' : 'special file'}, which unzip would create instead of the file that was checked.`);
    }
    if (method === 0 && compressedSize !== size) throw unsafe(`${name} is stored but gives two different sizes.`);
    if (name.endsWith('/') && size !== 0) throw unsafe(`${name} is a folder with content.`);
    // One map for both rules (the same name twice folds to the same key too): 50,000 names hashed once, not twice.
    const key = ascii === ASCII ? name : ascii ? name.toLowerCase() : name.normalize('NFC').toLowerCase();
    const before = folded.get(key);
    if (before === name) throw unsafe(`The name ${name} appears twice; tools would extract one or the other.`);
    if (before !== undefined) throw unsafe(`The names of two entries differ only in case or accents (${name}); they would overwrite each other on Windows or macOS.`);
    folded.set(key, name);
    // A view of the directory, not a copy each: the entries keep the directory's bytes alive, about 100 bytes an entry.
    entries.push({ name, method, crc, compressedSize, size, localOffset, flags, nameBytes, next: 0 });
    p = recordEnd;
  }
  if (p !== cd.length) throw unsafe('The ZIP directory holds more than the records its end record counts (hidden entries).');
  // Local entries must tile the bytes before the directory: from 0, in order, without gaps.
  // A bundle's directory lists its entries in file order: checked in one pass, sorted only when it does not.
  const inOrder = entries.every((e, i) => i === 0 || entries[i - 1].localOffset < e.localOffset);
  const byOffset = inOrder ? entries : [...entries].sort((a, b) => a.localOffset - b.localOffset);
  if (byOffset.length === 0 ? cdOffset !== 0 : byOffset[0].localOffset !== 0) throw unsafe('There are bytes before the first ZIP entry that the directory does not describe.');
  for (let i = 0; i < byOffset.length; i++) {
    const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : cdOffset;
    if (next === byOffset[i].localOffset) throw unsafe(`Two directory records point at the same data (${byOffset[i].name}).`);
    byOffset[i].next = next;
  }
  return entries;
}

/**
 * The rules an entry's local header (and data descriptor) must meet, written
 * once as a coroutine: it yields each byte range it needs as [offset, length]
 * and is given those bytes back (cut short at the end of the file, as a read
 * would be). Returns where the entry's data starts. The same rules then run
 * over a random-access source (`dataOffset`, one await per read) and over a
 * window of the file already in memory (`dataOffsetIn`, no await), so the
 * fast sequential check cannot drift from the careful one.
 */
function* localRules(entry, fileSize) {
  const header = yield [entry.localOffset, 30];
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOC) throw unreadable(`The entry ${entry.name} is damaged (bad local header).`);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const rest = yield [entry.localOffset + 30, nameLength + extraLength];
  if (rest.length < nameLength + extraLength) throw unreadable(`The ZIP file is truncated inside ${entry.name}.`);
  // Only a failing check needs the words, so they are not built for each of 50,000 good entries.
  const where = { toString: () => `The local header of ${entry.name}` };
  if (!sameBytes(rest, nameLength, entry.nameBytes)) throw unsafe(`${where} names another file.`);
  if (view.getUint16(6, true) !== entry.flags || view.getUint16(8, true) !== entry.method) throw unsafe(`${where} disagrees with the directory (flags or compression).`);
  const descriptor = (entry.flags & 0x0008) !== 0;
  const localCrc = view.getUint32(14, true);
  let compressedSize = view.getUint32(18, true);
  let size = view.getUint32(22, true);
  const blocks = extraBlocks(rest.subarray(nameLength), where);
  // With a data descriptor the local header may leave CRC and sizes at zero; anything else must agree.
  const deferred = descriptor && localCrc === 0 && compressedSize === 0 && size === 0;
  if (!deferred && localCrc !== entry.crc) throw unsafe(`${where} gives another CRC than the directory.`);
  if (deferred) {
    size = entry.size;
    compressedSize = entry.compressedSize;
  } else if (size === MAX32 || compressedSize === MAX32) {
    // In a local header the ZIP64 block holds both sizes, whichever overflowed.
    const block = blocks.find((b) => b.id === 0x0001);
    if (!block || block.view.byteLength < 16) throw unreadable(`${where} lacks the ZIP64 sizes it announces.`);
    size = u64(block.view, 0);
    compressedSize = u64(block.view, 8);
  }
  if (size !== entry.size || compressedSize !== entry.compressedSize) throw unsafe(`${where} gives other sizes than the directory.`);
  const start = entry.localOffset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > fileSize) throw unreadable(`The ZIP file is truncated inside ${entry.name}.`);
  const dataEnd = start + entry.compressedSize;
  const end = descriptor ? yield* descriptorRules(entry, dataEnd, fileSize) : dataEnd;
  if (end !== entry.next) throw unsafe(`There are bytes after ${entry.name} that the ZIP directory does not describe.`);
  return start;
}

/** True when the first `length` bytes of `bytes` are exactly `expected`. */
function sameBytes(bytes, length, expected) {
  if (length !== expected.length) return false;
  for (let i = 0; i < length; i++) if (bytes[i] !== expected[i]) return false;
  return true;
}

/** Where the entry's data descriptor ends; it must repeat the directory's CRC and sizes. */
function* descriptorRules(entry, at, fileSize) {
  const bytes = yield [at, Math.min(24, fileSize - at)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signed = bytes.length >= 4 && view.getUint32(0, true) === DESCRIPTOR ? 4 : 0;
  const wide = entry.size >= MAX32 || entry.compressedSize >= MAX32;
  const length = signed + 4 + (wide ? 16 : 8);
  if (bytes.length < length) throw unreadable(`The ZIP file is truncated after ${entry.name}.`);
  const crc = view.getUint32(signed, true);
  const compressedSize = wide ? u64(view, signed + 4) : view.getUint32(signed + 4, true);
  const size = wide ? u64(view, signed + 12) : view.getUint32(signed + 8, true);
  if (crc !== entry.crc || compressedSize !== entry.compressedSize || size !== entry.size) throw unsafe(`The data descriptor of ${entry.name} disagrees with the ZIP directory.`);
  return at + length;
}

/** Checks the entry's local header against its directory record, reading from the source; returns where its data starts. */
async function dataOffset(source, entry) {
  const rules = localRules(entry, source.size);
  let step = rules.next();
  while (!step.done) step = rules.next(await source.read(step.value[0], step.value[1]));
  return step.value;
}

/**
 * The same check over `window`, the file's bytes from offset `base`: returns
 * where the entry's data starts, or undefined when the rules need a byte the
 * window does not hold (the caller then asks `dataOffset`, which reads it).
 */
function dataOffsetIn(window, base, fileSize, entry) {
  const rules = localRules(entry, fileSize);
  let step = rules.next();
  while (!step.done) {
    const [offset, length] = step.value;
    const from = offset - base;
    const to = Math.max(from, Math.min(offset + length, fileSize) - base);
    if (from < 0 || to > window.length) return undefined;
    step = rules.next(window.subarray(from, to));
  }
  return step.value;
}

/** Checks an entry's local header without reading its data (folders, entries a caller skips). */
export async function checkEntry(source, entry) {
  await dataOffset(source, entry);
}

function crcMismatch(entry) {
  return unreadable(`${entry.name} is damaged: its bytes do not match the ZIP's CRC-32.`);
}

/** The entry's bytes, whole (stored or deflated), CRC checked. */
export async function readEntry(source, entry) {
  const start = await dataOffset(source, entry);
  const raw = await source.read(start, entry.compressedSize);
  let out = raw;
  if (entry.method === 8) {
    // Bundles store their files; a deflated entry comes from another tool, and must not be a bomb.
    if (entry.size > MAX_INFLATE) throw unreadable(`${entry.name} is too large to unpack here (${entry.size} bytes deflated).`);
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * 1000) throw unsafe(`${entry.name} unpacks to over 1,000 times its size (a ZIP bomb).`);
    try {
      out = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch {
      throw unreadable(`${entry.name} is damaged: its compressed data cannot be read.`);
    }
    if (out.length !== entry.size) throw unreadable(`${entry.name} is damaged: it unpacks to another size than the directory says.`);
  }
  if (crc32(out) !== entry.crc) throw crcMismatch(entry);
  return out;
}

/** The entry's bytes in chunks for stored entries (deflated ones come whole); the CRC is checked after the last chunk. */
export async function* streamEntry(source, entry, chunkSize = 4 * 1024 * 1024) {
  if (entry.method !== 0) {
    yield await readEntry(source, entry);
    return;
  }
  const start = await dataOffset(source, entry);
  let crc = 0;
  for (let offset = 0; offset < entry.compressedSize; offset += chunkSize) {
    const chunk = await source.read(start + offset, Math.min(chunkSize, entry.compressedSize - offset));
    crc = crc32(chunk, crc);
    if (offset + chunkSize >= entry.compressedSize && crc !== entry.crc) throw crcMismatch(entry);
    yield chunk;
  }
  if (entry.compressedSize === 0 && entry.crc !== 0) throw crcMismatch(entry);
}

/** How much of the file one sequential read of `scanEntries` brings in. */
export const SCAN_WINDOW = 32 * 1024 * 1024;

/**
 * Groups the entries `want` does not skip, in file order, into runs that one
 * read of at most `window` bytes covers ({ start, end, entries }); an entry
 * larger than that stands alone ({ alone: true, entries: [entry] }).
 */
export function planWindows(entries, want, window = SCAN_WINDOW) {
  const ordered = entries.filter((e) => want(e) !== 'skip').sort((a, b) => a.localOffset - b.localOffset);
  const runs = [];
  let i = 0;
  while (i < ordered.length) {
    const start = ordered[i].localOffset;
    let j = i;
    while (j < ordered.length && ordered[j].next - start <= window) j++;
    if (j === i) runs.push({ alone: true, entries: [ordered[i]] }), i++;
    else runs.push({ alone: false, start, end: ordered[j - 1].next, entries: ordered.slice(i, j) }), (i = j);
  }
  return runs;
}

/**
 * Settles a run's entries from `bytes`, the file from offset `base`, with no
 * await: for each entry (in the run's order) `{ data }` (local header and
 * CRC good; a view of `bytes`), `{}` (a 'header' entry whose header is
 * good), `{ error }`, or `{ slow: true }` when the window cannot settle it
 * (deflated, or its header points outside the window): the caller then uses
 * `readEntry`/`streamEntry`/`checkEntry`, which apply the same rules.
 */
export function checkWindow(bytes, base, fileSize, entries, wants) {
  return entries.map((entry, i) => {
    try {
      const start = dataOffsetIn(bytes, base, fileSize, entry);
      if (start === undefined) return { slow: true };
      if (wants[i] === 'header') return {};
      const from = start - base;
      if (entry.method !== 0 || from + entry.compressedSize > bytes.length) return { slow: true };
      const data = bytes.subarray(from, from + entry.compressedSize);
      if (crc32(data) !== entry.crc) throw crcMismatch(entry);
      return { data };
    } catch (error) {
      return { error };
    }
  });
}

/**
 * Checks entries in file order, reading the file sequentially in windows of
 * up to `window` bytes instead of three small reads per entry: 50,000 pin
 * images cost a few dozen reads, and each entry's header rules, CRC and data
 * come from memory without an await. The next window is read while the
 * current one is checked.
 *
 * `want(entry)`: 'data' (check header and CRC, then `onData(entry, bytes)`
 * with the stored bytes as a view of the window, valid during the call
 * only), 'header' (check the local header only, as `checkEntry`) or 'skip'.
 * An entry the window cannot settle (deflated, larger than a window, or a
 * header pointing outside it) goes to `onData(entry, undefined)`: the caller
 * reads it with `readEntry` or `streamEntry`, and the scan waits for it. A
 * broken entry goes to `onError(entry, error)`. Promises returned by
 * `onData` are awaited one window later, so work queued elsewhere (a
 * digest) stays within about two windows. An aborted `signal` stops the
 * scan between windows.
 */
export async function scanEntries(source, entries, { want, onData, onError, signal }, window = SCAN_WINDOW) {
  const runs = planWindows(entries, want, window);
  const readRun = (run) => (run && !run.alone ? source.read(run.start, run.end - run.start) : undefined);
  let reading = readRun(runs[0]);
  let queued = [];
  for (let r = 0; r < runs.length && !signal?.aborted; r++) {
    const run = runs[r];
    const bytes = run.alone ? new Uint8Array(0) : await reading;
    if (!run.alone) reading = readRun(runs[r + 1]);
    const wants = run.entries.map(want);
    const outcomes = checkWindow(bytes, run.alone ? run.entries[0].localOffset : run.start, source.size, run.entries, wants);
    const current = [];
    for (let i = 0; i < run.entries.length; i++) {
      const entry = run.entries[i];
      const outcome = outcomes[i];
      try {
        if (outcome.error) throw outcome.error;
        if (outcome.slow && wants[i] === 'header') await checkEntry(source, entry);
        else if (outcome.slow) await onData(entry, undefined);
        else if (outcome.data) {
          const done = onData(entry, outcome.data);
          if (done) current.push(done);
        }
      } catch (error) {
        onError(entry, error);
      }
    }
    await Promise.all(queued);
    queued = current;
    // The next window's read starts as soon as a run read on its own is done.
    if (run.alone && !runs[r + 1]?.alone) reading = readRun(runs[r + 1]);
  }
  await Promise.all(queued);
}

/** A random-access source over bytes already in memory. */
export function bytesSource(bytes) {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
