import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from './canonical-json';
import { crc32 } from './crc32.js';

/**
 * A canonical JSON array (the text `canonicalJson(items)` gives) built one
 * item at a time, straight into UTF-8 chunks of about `chunkBytes`, with its
 * CRC-32 and SHA-256 taken as the chunks are made. The export writes
 * `evidence.json` this way: the 50,000 records it lists are let go as each
 * is written, where before they were all held until the whole string was made,
 * stringified, encoded and then hashed at once (WebCrypto hashes whole buffers
 * only; @noble/hashes hashes as it goes).
 */
export class JsonArrayFile {
  private readonly chunks: Uint8Array[] = [];
  private readonly hash = sha256.create();
  private pending: string[] = [];
  private pendingLength = 0;
  private crc = 0;
  private size = 0;
  private count = 0;
  private finished = false;

  constructor(private readonly chunkBytes = 1024 * 1024) {}

  push(item: unknown): void {
    if (this.finished) throw new Error('The JSON array is already finished.');
    // An item's own canonical text, indented one level as the whole array's text would be (JSON strings hold no raw newline).
    const text = canonicalJson(item).slice(0, -1).replace(/\n/g, '\n  ');
    this.add(`${this.count++ ? ',\n' : '[\n'}  ${text}`);
  }

  /** The whole file: its chunks in order, size, CRC-32 and SHA-256 (hex). */
  finish(): { chunks: Uint8Array[]; size: number; crc: number; sha256: string } {
    if (!this.finished) {
      this.add(this.count ? '\n]\n' : '[]\n');
      this.flush();
      this.finished = true;
    }
    let hex = '';
    for (const b of this.hash.clone().digest()) hex += b.toString(16).padStart(2, '0');
    return { chunks: this.chunks, size: this.size, crc: this.crc, sha256: hex };
  }

  private add(text: string): void {
    this.pending.push(text);
    // Characters, not bytes: a chunk may come out up to 3× `chunkBytes`, which only matters for memory, and that little.
    this.pendingLength += text.length;
    if (this.pendingLength >= this.chunkBytes) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    const bytes = new TextEncoder().encode(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.hash.update(bytes);
    this.size += bytes.length;
    this.chunks.push(bytes);
  }
}
