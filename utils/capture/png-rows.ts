/**
 * Writes an opaque PNG band by band while the tiles of a full-page capture
 * arrive, so that finishing a tall page costs only its last rows instead of
 * encoding the whole stitched canvas after the last tile (hundreds of ms for
 * 20 windows, more under load). Compression is the platform's zlib
 * (CompressionStream 'deflate' is the zlib format PNG's IDAT wants); rows are
 * filtered with PNG's "Up" filter, which suits screenshots and is cheap.
 * Between bands it yields to the event loop so the capture pacer's timers
 * fire on time.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const BAND_ROWS = 128;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crcUpdate(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const yieldToTimers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function canEncodePngRows(): boolean {
  return typeof CompressionStream !== 'undefined';
}

export class PngRowEncoder {
  /** Rows written so far. */
  rows = 0;
  /**
   * Yield to the event loop between bands, so the capture pacer's timers fire
   * on time. Once the last capture has been made there is nothing to keep on
   * time, and the remaining rows are encoded without pausing.
   */
  yieldBetweenBands = true;
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly chunks: Uint8Array[] = [];
  private idatCrc = crcUpdate(0xffffffff, ascii('IDAT'));
  private readonly reading: Promise<void>;
  private previous: Uint8Array | undefined;
  /** The row buffer before `previous`, reused. */
  private spare: Uint8Array | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly width: number) {
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    const reader = stream.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    this.reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        this.chunks.push(value);
        this.idatCrc = crcUpdate(this.idatCrc, value);
      }
    })();
  }

  /** Appends `count` rows given as RGBA (what getImageData returns); alpha is dropped. Calls run in order. */
  addRows(rgba: Uint8ClampedArray | Uint8Array, count: number): Promise<void> {
    this.writing = this.writing.then(() => this.write(rgba, count));
    return this.writing;
  }

  private async write(rgba: Uint8ClampedArray | Uint8Array, count: number): Promise<void> {
    const width = this.width;
    if (rgba.length < count * width * 4) throw new RangeError('Fewer pixels than rows.');
    const stride = 1 + width * 3;
    for (let first = 0; first < count; first += BAND_ROWS) {
      const band = Math.min(BAND_ROWS, count - first);
      const out = new Uint8Array(band * stride);
      // One pass per row: drop alpha and apply the filter (Up: each byte minus the one above it; None for the first row).
      let previous = this.previous;
      for (let r = 0; r < band; r++) {
        const row = this.spare && this.spare !== previous ? this.spare : new Uint8Array(width * 3);
        let s = (first + r) * width * 4;
        const o = r * stride + 1;
        out[o - 1] = previous ? 2 : 0;
        if (previous) {
          for (let d = 0; d < row.length; s += 4) {
            const red = rgba[s]!, green = rgba[s + 1]!, blue = rgba[s + 2]!;
            out[o + d] = red - previous[d]!;
            row[d++] = red;
            out[o + d] = green - previous[d]!;
            row[d++] = green;
            out[o + d] = blue - previous[d]!;
            row[d++] = blue;
          }
        } else {
          for (let d = 0; d < row.length; s += 4) {
            out[o + d] = row[d] = rgba[s]!;
            d++;
            out[o + d] = row[d] = rgba[s + 1]!;
            d++;
            out[o + d] = row[d] = rgba[s + 2]!;
            d++;
          }
        }
        this.spare = previous;
        previous = row;
      }
      this.previous = previous;
      await this.writer.write(out);
      this.rows += band;
      if (this.yieldBetweenBands) await yieldToTimers();
    }
  }

  /** The whole PNG file. */
  async finish(): Promise<ArrayBuffer> {
    await this.writing;
    await this.writer.close();
    await this.reading;
    const idatLength = this.chunks.reduce((n, c) => n + c.length, 0);
    const ihdr = new Uint8Array(13);
    const view = new DataView(ihdr.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.rows);
    ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
    const file = new Uint8Array(8 + (12 + 13) + (12 + idatLength) + 12);
    const out = new DataView(file.buffer);
    file.set(SIGNATURE, 0);
    let at = 8;
    const chunk = (type: string, data: Uint8Array[] , crc?: number) => {
      const length = data.reduce((n, d) => n + d.length, 0);
      out.setUint32(at, length);
      file.set(ascii(type), at + 4);
      let p = at + 8;
      for (const d of data) {
        file.set(d, p);
        p += d.length;
      }
      const sum = crc ?? data.reduce((c, d) => crcUpdate(c, d), crcUpdate(0xffffffff, ascii(type)));
      out.setUint32(p, (sum ^ 0xffffffff) >>> 0);
      at = p + 4;
    };
    chunk('IHDR', [ihdr]);
    chunk('IDAT', this.chunks, this.idatCrc);
    chunk('IEND', []);
    return file.buffer;
  }
}
