import { describe, expect, it } from 'vitest';
import { crc32, crc32Table } from '@/utils/bundle/crc32.js';

describe('CRC-32', () => {
  it('the portable table and the native path agree, whole and in chunks, on known and random input', () => {
    expect(crc32Table(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32Table(new Uint8Array(0))).toBe(0);
    let seed = 7;
    for (const size of [1, 7, 8, 9, 63, 1000, 100_003]) {
      const bytes = new Uint8Array(size).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      const whole = crc32Table(bytes);
      expect(crc32(bytes)).toBe(whole);
      const cut = Math.floor(size / 3);
      expect(crc32Table(bytes.subarray(cut), crc32Table(bytes.subarray(0, cut)))).toBe(whole);
      expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
    }
  });

  it('the word-wise table agrees with a bit-by-bit CRC at every alignment and length around its 16-byte turns', () => {
    const bitwise = (bytes: Uint8Array, previous = 0) => {
      let c = ~previous;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return ~c >>> 0;
    };
    let seed = 18;
    const buffer = new Uint8Array(300).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    for (let offset = 0; offset < 4; offset++) {
      for (let length = 0; length <= 200; length++) {
        const bytes = buffer.subarray(offset, offset + length);
        expect(crc32Table(bytes), `offset ${offset}, length ${length}`).toBe(bitwise(bytes));
        expect(crc32Table(bytes, 0xdeadbeef)).toBe(bitwise(bytes, 0xdeadbeef));
      }
    }
  });
});
