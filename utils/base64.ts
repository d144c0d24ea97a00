/** Bytes ↔ base64, in pieces so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  // The built-in (Chrome 140+, Firefox 133+) is many times faster than btoa over strings: a bundle's manifest is megabytes.
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  // Pieces of a multiple of 3 bytes encode without padding, so their base64 joins into the whole's.
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x6000) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + 0x6000))));
  return parts.join('');
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
