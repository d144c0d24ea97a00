// The evidence key's fingerprint: SHA-256 over the public key's JWK
// coordinates written as `${x}.${y}` (base64url, as the key travels in every
// bundle). 0.1 printed the first 16 hex digits of this same hash as its
// `publicKeyId`, so an old key id is the first four groups of the fingerprint
// and stays usable with `--key`.

/** 64 hex digits for a P-256 public key in JWK form. */
export async function keyFingerprint(publicKey, sha256Hex) {
  return sha256Hex(new TextEncoder().encode(`${publicKey.x}.${publicKey.y}`));
}

/** "17bd baa6 4ecf 7c75 …": 16 groups of 4, readable aloud and over the phone. */
export function formatFingerprint(hex) {
  return String(hex).toLowerCase().replace(/[^0-9a-f]/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * What a person typed as the expected key: a full fingerprint (64 hex) or a
 * 0.1 key id (16 hex), with any spaces, colons or dashes. Null when it is
 * neither.
 */
export function normaliseExpectedKey(input) {
  const hex = String(input ?? '').toLowerCase().replace(/[\s:-]/g, '');
  return /^[0-9a-f]{64}$/.test(hex) || /^[0-9a-f]{16}$/.test(hex) ? hex : null;
}

/** Does the fingerprint belong to the expected key (full, or the 0.1 16-hex id)? */
export function keyMatches(fingerprint, expected) {
  return expected.length === 64 ? fingerprint === expected : fingerprint.slice(0, 16) === expected;
}
