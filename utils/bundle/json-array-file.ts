import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from './canonical-json';
import { crc32 } from './crc32.js';
import { toHex } from '../hash';

/** A file made as text in pieces: UTF-8 chunks of about `chunkBytes`, the CRC-32 and SHA-256 taken as each chunk is made. */
export interface MadeFile {
  chunks: Uint8Array[];
  size: number;
  crc: number;
  /** Empty when the file was made without hashing (`hashing: false`): its maker hashes the chunks natively. */
  sha256: string;
}

/**
 * Text appended a piece at a time, encoded into chunks as it grows, hashed as
 * it goes (WebCrypto hashes whole buffers only; @noble/hashes hashes in
 * steps). The export's big JSON and CSV files are made this way, so the
 * records they list can be let go as each is written instead of all being
 * held until one whole string is made, encoded and hashed.
 */
export class HashedText {
  private readonly chunks: Uint8Array[] = [];
  private readonly hash?: ReturnType<typeof sha256.create>;
  private pending: string[] = [];
  private pendingLength = 0;
  private crc = 0;
  private size = 0;
  private made?: MadeFile;

  /**
   * `hashing: false` leaves the SHA-256 to the caller (the bundle page hashes
   * the finished chunks with WebCrypto in a Worker, about 50× faster than
   * SHA-256 in JavaScript on the page's thread); the CRC-32 is always taken.
   */
  constructor(private readonly chunkBytes = 1024 * 1024, hashing = true) {
    if (hashing) this.hash = sha256.create();
  }

  append(text: string): void {
    if (this.made) throw new Error('The file is already finished.');
    this.pending.push(text);
    // Characters, not bytes: a chunk may come out up to 3× `chunkBytes`, which only matters for memory, and that little.
    this.pendingLength += text.length;
    if (this.pendingLength >= this.chunkBytes) this.flush();
  }

  finish(): MadeFile {
    if (!this.made) {
      this.flush();
      this.made = { chunks: this.chunks, size: this.size, crc: this.crc, sha256: this.hash ? toHex(this.hash.digest()) : '' };
    }
    return this.made;
  }

  private flush(): void {
    if (!this.pending.length) return;
    const bytes = new TextEncoder().encode(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.hash?.update(bytes);
    this.size += bytes.length;
    this.chunks.push(bytes);
  }
}

/** `value`'s canonical JSON as it reads `depth` levels deep in a larger value (lines after the first indented); no final newline. */
export function canonicalAt(value: unknown, depth: number): string {
  const text = value === undefined || typeof value === 'function' || typeof value === 'symbol' ? 'null' : canonicalJson(value).slice(0, -1);
  return depth ? text.replace(/\n/g, `\n${'  '.repeat(depth)}`) : text;
}

/**
 * A canonical JSON array written into `file` one item at a time, `depth`
 * levels deep: the same text `canonicalJson` gives the whole array there
 * (JSON strings hold no raw newline, so indenting each item's lines is exact).
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly file: HashedText, private readonly depth = 0) {}

  push(item: unknown): void {
    const pad = '  '.repeat(this.depth + 1);
    this.file.append(`${this.count++ ? ',\n' : '[\n'}${pad}${canonicalAt(item, this.depth + 1)}`);
  }

  close(): void {
    this.file.append(this.count ? `\n${'  '.repeat(this.depth)}]` : '[]');
  }
}

/** A whole file holding one canonical JSON array, written an item at a time (`evidence.json`). */
export class JsonArrayFile {
  private readonly file: HashedText;
  private readonly array: JsonArrayWriter;
  private made?: MadeFile;

  constructor(hashing = true) {
    this.file = new HashedText(undefined, hashing);
    this.array = new JsonArrayWriter(this.file);
  }

  push(item: unknown): void {
    this.array.push(item);
  }

  finish(): MadeFile {
    if (!this.made) {
      this.array.close();
      this.file.append('\n');
      this.made = this.file.finish();
    }
    return this.made;
  }
}
