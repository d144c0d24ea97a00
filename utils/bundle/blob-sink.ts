/**
 * Collects a stream of chunks (the ZIP an export writes) as Blobs of about
 * `flushAt` bytes. Chromium keeps Blob bytes in its blob store, outside the
 * page's JavaScript heap and on disk when large, so an export of a large
 * bundle does not hold the whole ZIP in the page. Small chunks (a bundle
 * writes two per file, 100,000 for 50,000 pin images) are copied into one
 * buffer first: a Blob made of one buffer costs far less than one made of
 * thousands of small arrays. Large chunks go into the Blob as they are.
 */
export class BlobSink {
  private readonly blobs: Blob[] = [];
  private parts: BlobPart[] = [];
  private partsBytes = 0;
  private buffer: Uint8Array<ArrayBuffer>;
  private used = 0;

  constructor(private readonly flushAt = 16 * 1024 * 1024, private readonly copyBelow = 64 * 1024) {
    this.buffer = new Uint8Array(Math.min(flushAt, 4 * 1024 * 1024));
  }

  write(chunk: Uint8Array): void {
    if (chunk.length >= this.copyBelow) {
      this.takeBuffer();
      this.parts.push(chunk as BlobPart);
    } else {
      if (this.used + chunk.length > this.buffer.length) this.takeBuffer();
      this.buffer.set(chunk, this.used);
      this.used += chunk.length;
    }
    this.partsBytes += chunk.length;
    if (this.partsBytes >= this.flushAt) this.flush();
  }

  /** A Blob taken as it is (evidence laid out by the export): the browser copies its bytes only when the download is saved. */
  writeBlob(blob: Blob): void {
    this.takeBuffer();
    this.parts.push(blob);
    this.partsBytes += blob.size;
    if (this.partsBytes >= this.flushAt) this.flush();
  }

  /** The parts written, in order, ready for `new Blob(parts)`. */
  end(): Blob[] {
    this.flush();
    return [...this.blobs];
  }

  /**
   * The copied bytes become a part of their own. The filled buffer itself is
   * handed over and a fresh one taken (a copy of it would be one more pass
   * over every small file's bytes); a buffer mostly empty is copied instead,
   * so a part never pins a mostly unused 4 MB.
   */
  private takeBuffer(): void {
    if (!this.used) return;
    if (this.used >= this.buffer.length / 2) {
      this.parts.push(this.buffer.subarray(0, this.used) as BlobPart);
      this.buffer = new Uint8Array(this.buffer.length);
    } else {
      this.parts.push(this.buffer.slice(0, this.used) as BlobPart);
    }
    this.used = 0;
  }

  private flush(): void {
    this.takeBuffer();
    if (!this.parts.length) return;
    this.blobs.push(new Blob(this.parts));
    this.parts = [];
    this.partsBytes = 0;
  }
}
