// Bundle verification shared by the Verify page and the `reinstate-verify`
// command. Plain JavaScript (ESM) so Node runs it without a build step;
// types in verify-core.d.ts. No browser API is used here: the caller brings
// the hashing (WebCrypto in the browser, node:crypto in the command).

export const MANIFEST = 'manifest.json';
export const DIGEST = 'manifest-digest.json';
export const BUNDLE_FORMAT = 'reinstate-bundle';

/**
 * A ZIP entry name that is safe to write anywhere: relative, forward
 * slashes, no "..", no drive letter, no control characters (zip-slip).
 * Returns the reason it is unsafe, or null.
 */
export function unsafePath(name) {
  if (typeof name !== 'string' || name.length === 0) return 'empty name';
  if (name.length > 400) return 'name too long';
  if (/[\u0000-\u001f]/.test(name)) return 'control character in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'path climbs out of the bundle';
  return null;
}

/** Parses and checks manifest.json; throws a clear Error when it is not one. */
export function parseManifest(bytes) {
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error('manifest.json is not valid JSON.');
  }
  if (!manifest || manifest.format !== BUNDLE_FORMAT || !Array.isArray(manifest.files)) {
    throw new Error('manifest.json is not a Reinstate bundle manifest.');
  }
  if (manifest.version !== 1) throw new Error(`This bundle has manifest version ${manifest.version}; this verifier reads version 1.`);
  for (const file of manifest.files) {
    if (typeof file.path !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256) || typeof file.size !== 'number') {
      throw new Error(`manifest.json lists a malformed file entry (${JSON.stringify(file).slice(0, 80)}).`);
    }
  }
  return manifest;
}

/**
 * Compares what the ZIP holds with what the manifest says.
 * `entries`: [{ path, size, sha256 }] for every entry except the manifest and its digest.
 */
export function compareWithManifest(manifest, entries) {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const seen = new Set();
  const changed = [];
  const extra = [];
  for (const entry of entries) {
    seen.add(entry.path);
    const expected = listed.get(entry.path);
    if (!expected) extra.push(entry.path);
    else if (expected.sha256 !== entry.sha256 || expected.size !== entry.size) changed.push(entry.path);
  }
  const missing = manifest.files.filter((f) => !seen.has(f.path)).map((f) => f.path);
  return { changed, missing, extra };
}

function b64ToBytes(b64) {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Checks the digest file against the manifest's bytes, and its signature if there is one. */
export async function checkDigest(digestBytes, manifestBytes, subtle, sha256Hex) {
  if (!digestBytes) return { digest: 'absent', signature: 'absent' };
  let digest;
  try {
    digest = JSON.parse(new TextDecoder().decode(digestBytes));
  } catch {
    return { digest: 'invalid', signature: 'absent', problem: 'manifest-digest.json is not valid JSON.' };
  }
  const actual = await sha256Hex(manifestBytes);
  const digestOk = digest.manifestSha256 === actual;
  if (!digest.signature || !digest.publicKey) return { digest: digestOk ? 'valid' : 'invalid', signature: 'absent', manifestSha256: actual };
  try {
    const key = await subtle.importKey('jwk', digest.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const ok = await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, b64ToBytes(digest.signature), manifestBytes);
    return { digest: digestOk ? 'valid' : 'invalid', signature: ok ? 'valid' : 'invalid', manifestSha256: actual, publicKeyId: digest.publicKeyId };
  } catch {
    return { digest: digestOk ? 'valid' : 'invalid', signature: 'invalid', manifestSha256: actual };
  }
}

/** The whole verdict in one object; `intact` is true only when nothing is off. */
export function verdict(parts) {
  const { comparison, digest, unsafe = [], problems = [] } = parts;
  const intact =
    problems.length === 0 &&
    unsafe.length === 0 &&
    comparison.changed.length === 0 &&
    comparison.missing.length === 0 &&
    comparison.extra.length === 0 &&
    digest.digest !== 'invalid' &&
    digest.signature !== 'invalid';
  return { intact, ...comparison, unsafe, problems, digest: digest.digest, signature: digest.signature, manifestSha256: digest.manifestSha256 };
}
