/**
 * Collects a stream of chunks (the ZIP an export writes) as Blobs of about
 * `flushAt` bytes. Chromium keeps Blob bytes in its blob store, outside the
 * page's JavaScript heap and on disk when large, so an export of a large
 * bundle does not hold the whole ZIP as 100,000 small arrays in the page.
 */
export class BlobSink {
  private readonly blobs: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly flushAt = 16 * 1024 * 1024) {}

  write(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= this.flushAt) this.flush();
  }

  /** The parts written, in order, ready for `new Blob(parts)`. */
  end(): Blob[] {
    this.flush();
    return [...this.blobs];
  }

  private flush(): void {
    if (!this.pending.length) return;
    this.blobs.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
