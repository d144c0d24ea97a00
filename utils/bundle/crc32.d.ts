export function crc32(bytes: Uint8Array, previous?: number): number;
