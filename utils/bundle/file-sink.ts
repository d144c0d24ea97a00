/**
 * Writes an export straight into a file of the extension's origin-private
 * file system (OPFS), so the page never holds the bundle: each write is
 * awaited, which holds the exporter back to the disk's pace, and the File
 * handed to the download is backed by that file. Blobs made in the page
 * (`BlobSink`) stay in the page's process until the browser has taken them
 * (issue 18: about the whole bundle of resident memory during an export).
 *
 * The file is the same evidence the database already holds, in the same
 * private storage; it is removed when the next export starts (not at once:
 * the download reads it after this page hands it over).
 */
export const EXPORT_DIR = 'exports';

/** Chunks below this are gathered into one buffer (a ZIP header, a pin image); larger ones are written as they are. */
const GATHER_BELOW = 64 * 1024;

interface Writable {
  write(data: BufferSource): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Writes are not awaited one by one: the browser writes to disk in another
 * process while the page reads and hashes the next files. Up to `inFlightBytes`
 * may be on their way; past that the oldest write is awaited (writes finish
 * in order), so memory stays bounded and a failed write (a full disk) is
 * thrown by the next `write` or by `end` at the latest. A chunk handed over is
 * the sink's: the caller must not change it afterwards (the export never does).
 */
export class FileSink {
  private buffer: Uint8Array<ArrayBuffer>;
  private used = 0;
  private readonly inFlight: { done: Promise<void>; bytes: number }[] = [];
  private inFlightTotal = 0;
  /** Bytes handed to the file so far (gathered or sent): where the next spliced Blob sits. */
  private written = 0;
  /** Stored Blobs taken by reference, each with the file offset it follows. */
  private readonly spliced: { at: number; blob: Blob }[] = [];

  private constructor(
    private readonly dir: FileSystemDirectoryHandle,
    private readonly handle: FileSystemFileHandle,
    private readonly stream: Writable,
    private readonly bufferBytes: number,
    private readonly inFlightBytes: number,
  ) {
    this.buffer = new Uint8Array(bufferBytes);
  }

  /** A sink on a new file `name`, or undefined where the browser offers no writable OPFS file (then use `BlobSink`). */
  static async open(name: string, bufferBytes = 4 * 1024 * 1024, inFlightBytes = 16 * 1024 * 1024): Promise<FileSink | undefined> {
    try {
      const root = await navigator.storage.getDirectory();
      const dir = await root.getDirectoryHandle(EXPORT_DIR, { create: true });
      // An earlier export's file: its download was handed over long ago.
      const names: string[] = [];
      for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
      for (const old of names) await dir.removeEntry(old).catch(() => undefined);
      const handle = await dir.getFileHandle(name, { create: true });
      const createWritable = (handle as unknown as { createWritable?: () => Promise<Writable> }).createWritable;
      if (typeof createWritable !== 'function') return undefined;
      return new FileSink(dir, handle, await createWritable.call(handle), bufferBytes, inFlightBytes);
    } catch {
      return undefined;
    }
  }

  async write(chunk: Uint8Array): Promise<void> {
    this.written += chunk.length;
    if (chunk.length >= GATHER_BELOW) {
      await this.flush();
      await this.send(chunk as Uint8Array<ArrayBuffer>);
      return;
    }
    if (this.used + chunk.length > this.buffer.length) await this.flush();
    this.buffer.set(chunk, this.used);
    this.used += chunk.length;
  }

  /**
   * A stored Blob (an evidence file as IndexedDB keeps it) taken by
   * reference, not copied into the file: `endParts` splices it between the
   * file's slices, so its bytes are read once, by the browser saving the download.
   */
  writeBlob(blob: Blob): void {
    this.spliced.push({ at: this.written, blob });
  }

  /**
   * Closes the file and gives the bundle back as parts for one
   * `new Blob(parts)`: slices of the file (disk-backed) with the spliced Blobs
   * in their places. Without spliced Blobs, the file alone.
   */
  async endParts(): Promise<Blob[]> {
    const file = await this.end();
    const parts: Blob[] = [];
    let from = 0;
    for (const { at, blob } of this.spliced) {
      if (at > from) parts.push(file.slice(from, at));
      parts.push(blob);
      from = at;
    }
    if (file.size > from || !parts.length) parts.push(from ? file.slice(from) : file);
    return parts;
  }

  /** Closes the file and gives it back, ready for the download (without the spliced Blobs: see `endParts`). */
  async end(): Promise<File> {
    await this.flush();
    await this.settle(0);
    await this.stream.close();
    return this.handle.getFile();
  }

  /** Drops the unfinished file and its parts (`partName`): an export that failed leaves nothing behind. */
  async abort(): Promise<void> {
    await this.settle(0).catch(() => undefined);
    await this.stream.abort().catch(() => undefined);
    await this.dir.removeEntry(this.handle.name).catch(() => undefined);
    const parts: string[] = [];
    for await (const key of (this.dir as unknown as { keys(): AsyncIterable<string> }).keys()) if (key.startsWith(`${this.handle.name}.part-`)) parts.push(key);
    for (const part of parts) await this.dir.removeEntry(part).catch(() => undefined);
  }

  /** The name of a file beside this one for the n-th batch a Worker lays out (spliced by reference, removed with this file's next export or by `abort`). */
  partName(n: number): string {
    return `${this.handle.name}.part-${n}`;
  }

  /** The gathered bytes go to the file; a fresh buffer is taken, so the stream may keep the old one as long as it needs. */
  private async flush(): Promise<void> {
    if (!this.used) return;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(this.bufferBytes);
    this.used = 0;
    await this.send(full);
  }

  private async send(chunk: Uint8Array<ArrayBuffer>): Promise<void> {
    const done = this.stream.write(chunk);
    done.catch(() => undefined); // thrown when it is awaited, in turn
    this.inFlight.push({ done, bytes: chunk.length });
    this.inFlightTotal += chunk.length;
    await this.settle(this.inFlightBytes);
  }

  /** Awaits the oldest writes until no more than `bytes` are on their way. */
  private async settle(bytes: number): Promise<void> {
    while (this.inFlight.length && (this.inFlightTotal > bytes || bytes === 0)) {
      const oldest = this.inFlight.shift()!;
      this.inFlightTotal -= oldest.bytes;
      await oldest.done;
    }
  }
}
