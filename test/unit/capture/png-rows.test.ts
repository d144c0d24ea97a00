import { unzlibSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { canEncodePngRows, PngRowEncoder } from '@/utils/capture/png-rows';
import { mulberry32 } from '@/utils/random';

/** A bitwise CRC-32, independent of the encoder's table. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Reads a truecolour PNG back to RGB rows, checking every chunk's CRC and undoing the filters it may use (None, Up). */
function decode(png: ArrayBuffer) {
  const bytes = new Uint8Array(png);
  const view = new DataView(png);
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.slice(at + 4, at + 8));
    const data = bytes.slice(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.slice(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = new DataView(chunks[0]!.data.buffer);
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  expect([...chunks[0]!.data.slice(8)]).toEqual([8, 2, 0, 0, 0]);
  const raw = unzlibSync(chunks[1]!.data);
  const stride = 1 + width * 3;
  expect(raw.length).toBe(height * stride);
  const rows: Uint8Array[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride]!;
    const line = raw.slice(y * stride + 1, (y + 1) * stride);
    if (filter === 2) for (let i = 0; i < line.length; i++) line[i] = (line[i]! + rows[y - 1]![i]!) & 0xff;
    else expect(filter).toBe(0);
    rows.push(line);
  }
  return { width, height, rows };
}

describe.skipIf(!canEncodePngRows())('PngRowEncoder', () => {
  it('writes a valid PNG whose rows are exactly the RGB of the rows given, across calls and bands', async () => {
    const width = 37;
    const rnd = mulberry32(7);
    const rgba = (count: number) => Uint8ClampedArray.from({ length: count * width * 4 }, (_, i) => (i % 4 === 3 ? 255 : Math.floor(rnd() * 256)));
    // Tile-sized pieces of uneven height, one longer than a band, as tiles of a page arrive.
    const pieces = [rgba(5), rgba(130), rgba(1), rgba(70)];
    const encoder = new PngRowEncoder(width);
    for (const piece of pieces) await encoder.addRows(piece, piece.length / width / 4);
    expect(encoder.rows).toBe(206);
    const { width: w, height, rows } = decode(await encoder.finish());
    expect([w, height]).toEqual([37, 206]);
    const all = pieces.flatMap((p) => [...p]);
    for (let y = 0; y < height; y++) {
      const expected = [];
      for (let x = 0; x < width; x++) expected.push(...all.slice((y * width + x) * 4, (y * width + x) * 4 + 3));
      expect([...rows[y]!], `row ${y}`).toEqual(expected);
    }
  });

  it('compresses flat screenshot bands far below their raw size', async () => {
    const width = 800;
    const encoder = new PngRowEncoder(width);
    const band = new Uint8ClampedArray(200 * width * 4).fill(200);
    await encoder.addRows(band, 200);
    const png = await encoder.finish();
    expect(decode(png).height).toBe(200);
    expect(png.byteLength).toBeLessThan((200 * width * 3) / 50);
  });

  it('after the last capture, writes the same PNG without pausing between bands', async () => {
    const width = 64;
    const rnd = mulberry32(11);
    const rows = Uint8ClampedArray.from({ length: 400 * width * 4 }, (_, i) => (i % 4 === 3 ? 255 : Math.floor(rnd() * 256)));
    const encode = async (yieldBetweenBands: boolean) => {
      const encoder = new PngRowEncoder(width);
      encoder.yieldBetweenBands = yieldBetweenBands;
      const timers = vi.spyOn(globalThis, 'setTimeout');
      await encoder.addRows(rows, 400);
      const pauses = timers.mock.calls.filter(([, ms]) => !ms).length;
      timers.mockRestore();
      return { png: new Uint8Array(await encoder.finish()), pauses };
    };
    const paced = await encode(true);
    const urgent = await encode(false);
    // 400 rows are four bands: a pause after each while captures may still wait, none after the last capture.
    expect(paced.pauses).toBeGreaterThanOrEqual(4);
    expect(urgent.pauses).toBe(0);
    expect(urgent.png).toEqual(paced.png);
    expect(decode(urgent.png.buffer).height).toBe(400);
  });

  it('refuses rows it was not given pixels for', async () => {
    const encoder = new PngRowEncoder(4);
    await expect(encoder.addRows(new Uint8ClampedArray(4 * 4), 2)).rejects.toThrow(RangeError);
  });
});
