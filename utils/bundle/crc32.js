// CRC-32 (the ZIP polynomial), slicing by 8 so a multi-gigabyte entry is not
// the slow part of an export. Plain JavaScript: the Node verifier and the
// verify.mjs inside each bundle run it as is.

const TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  return t;
})();

// Node (20.16+) has a native CRC-32 about 7× faster; browsers use the table below.
const native = (() => {
  try {
    const zlib = globalThis.process?.getBuiltinModule?.('node:zlib');
    return typeof zlib?.crc32 === 'function' ? zlib.crc32 : null;
  } catch {
    return null;
  }
})();

/** Continues a CRC over `bytes`; start with 0 and feed chunks in order. */
export function crc32(bytes, previous = 0) {
  return native ? native(bytes, previous) >>> 0 : crc32Table(bytes, previous);
}

/** The portable CRC-32 (slicing by 8), also what browsers run. */
export function crc32Table(bytes, previous = 0) {
  const t = TABLES;
  let c = ~previous;
  let i = 0;
  const n = bytes.length;
  for (; i + 8 <= n; i += 8) {
    c ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    c =
      t[1792 + (c & 0xff)] ^ t[1536 + ((c >>> 8) & 0xff)] ^ t[1280 + ((c >>> 16) & 0xff)] ^ t[1024 + (c >>> 24)] ^
      t[768 + bytes[i + 4]] ^ t[512 + bytes[i + 5]] ^ t[256 + bytes[i + 6]] ^ t[bytes[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
