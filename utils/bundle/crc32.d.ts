export function crc32(bytes: Uint8Array, previous?: number): number;
export function crc32Table(bytes: Uint8Array, previous?: number): number;
