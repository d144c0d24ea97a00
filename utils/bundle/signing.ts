import { toHex } from '../hash';

/**
 * A per-install ECDSA P-256 key: the private half is made non-extractable and
 * never leaves IndexedDB; the public half travels in every bundle. It shows
 * that two bundles came from the same install, not who the person is.
 * Its fingerprint (fingerprint.js: SHA-256 of the key's coordinates) is what
 * people compare; `id` is that fingerprint's first 16 hex digits, as in 0.1.
 */
export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: JsonWebKey;
  id: string;
}

export async function createSigningKey(): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const id = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${publicKey.x}.${publicKey.y}`)))).slice(0, 16);
  return { privateKey: pair.privateKey, publicKey: { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y }, id };
}

export async function signBytes(key: CryptoKey, bytes: Uint8Array): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes as Uint8Array<ArrayBuffer>));
  let binary = '';
  for (const b of signature) binary += String.fromCharCode(b);
  return btoa(binary);
}

export { formatFingerprint, keyFingerprint, normaliseExpectedKey } from './fingerprint.js';
