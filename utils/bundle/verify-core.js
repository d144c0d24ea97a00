// Bundle verification shared by the Verify page, the `reinstate-verify`
// command and the verify.mjs inside each bundle. Plain JavaScript (ESM) so
// Node runs it without a build step; types in verify-core.d.ts. No browser
// API is used here: the caller brings the hashing (WebCrypto in the browser,
// node:crypto in Node).
//
// The trust model: manifest.json lists every file with its SHA-256;
// manifest-digest.json holds the manifest's SHA-256 and an ECDSA P-256
// signature over the manifest's bytes with the public key. A bundle is
// INTACT only when every file matches, the digest matches and the signature
// verifies, and (when the recipient names one) the key is the expected one.
// A missing, malformed or failing signature is INVALID unless the recipient
// explicitly allows unsigned bundles; a digest file with fields this
// verifier does not know (a renamed "signature") is malformed, never unsigned.
import { keyFingerprint, keyMatches } from './fingerprint.js';

export const MANIFEST = 'manifest.json';
export const DIGEST = 'manifest-digest.json';
/** The RFC 3161 token over manifest.json (DER), when the sender asked for one; made after the manifest, so not listed in it. */
export const TIMESTAMP = 'manifest-timestamp.tst';
export const BUNDLE_FORMAT = 'reinstate-bundle';

/**
 * A ZIP entry name that is safe to write anywhere: relative, forward
 * slashes, no "..", no drive letter, no control characters (zip-slip).
 * Returns the reason it is unsafe, or null.
 */
export function unsafePath(name) {
  if (typeof name !== 'string' || name.length === 0) return 'empty name';
  if (name.length > 400) return 'name too long';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'path climbs out of the bundle';
  if (name.split('/').some((part) => /[. ]$/.test(part) && part !== '')) return 'name ends with a dot or space (Windows would rename it)';
  return null;
}

/** Parses and checks manifest.json; throws a clear Error when it is not one. */
export function parseManifest(bytes) {
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Error('manifest.json is not valid JSON.');
  }
  if (!manifest || typeof manifest !== 'object' || manifest.format !== BUNDLE_FORMAT || !Array.isArray(manifest.files)) {
    throw new Error('manifest.json is not a Reinstate bundle manifest.');
  }
  if (manifest.version !== 1) throw new Error(`This bundle has manifest version ${String(manifest.version).slice(0, 20)}; this verifier reads version 1.`);
  const paths = new Set();
  for (const file of manifest.files) {
    if (!file || typeof file.path !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256) || !Number.isSafeInteger(file.size) || file.size < 0) {
      throw new Error(`manifest.json lists a malformed file entry (${JSON.stringify(file).slice(0, 80)}).`);
    }
    if (paths.has(file.path)) throw new Error(`manifest.json lists ${file.path} twice.`);
    paths.add(file.path);
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
  const missing = manifest.files.filter((f) => !seen.has(f.path) && f.path !== MANIFEST && f.path !== DIGEST && f.path !== TIMESTAMP).map((f) => f.path);
  return { changed, missing, extra };
}

function b64ToBytes(b64) {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The only fields a digest file may hold (0.1 wrote the first six; `unsigned` and `timestamp` came later). */
const DIGEST_FIELDS = new Set(['manifestSha256', 'exportedAt', 'generator', 'signature', 'publicKey', 'publicKeyId', 'unsigned', 'timestamp']);
const B64URL = /^[A-Za-z0-9_-]{43}$/;

/** Why a parsed digest file is malformed, or null. */
function malformedDigest(digest) {
  if (!digest || typeof digest !== 'object' || Array.isArray(digest)) return 'manifest-digest.json is not an object.';
  const unknown = Object.keys(digest).filter((k) => !DIGEST_FIELDS.has(k));
  if (unknown.length) return `manifest-digest.json has fields this verifier does not know (${unknown.slice(0, 3).join(', ')}); a renamed or added field is not accepted.`;
  if (typeof digest.manifestSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(digest.manifestSha256)) return 'manifest-digest.json has no valid manifestSha256.';
  const signed = 'signature' in digest || 'publicKey' in digest || 'publicKeyId' in digest;
  if (signed && 'unsigned' in digest) return 'manifest-digest.json says it is both signed and unsigned.';
  if ('unsigned' in digest && typeof digest.unsigned !== 'string') return 'manifest-digest.json gives no reason for being unsigned.';
  if ('timestamp' in digest && (!digest.timestamp || typeof digest.timestamp !== 'object' || typeof digest.timestamp.tsa !== 'string' || Object.keys(digest.timestamp).length !== 1)) return 'manifest-digest.json has a malformed timestamp field.';
  if (!signed) return null;
  if (typeof digest.signature !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(digest.signature)) return 'manifest-digest.json has a malformed signature.';
  const key = digest.publicKey;
  if (!key || typeof key !== 'object' || key.kty !== 'EC' || key.crv !== 'P-256' || !B64URL.test(key.x ?? '') || !B64URL.test(key.y ?? '')) return 'manifest-digest.json has a malformed public key.';
  if (Object.keys(key).some((k) => !['kty', 'crv', 'x', 'y'].includes(k))) return 'manifest-digest.json has a public key with unexpected fields.';
  if ('publicKeyId' in digest && (typeof digest.publicKeyId !== 'string' || !/^[0-9a-f]{16}$/.test(digest.publicKeyId))) return 'manifest-digest.json has a malformed publicKeyId.';
  return null;
}

/**
 * Checks the digest file against the manifest's bytes, and its signature.
 * digest: valid | invalid | absent; signature: valid | invalid | malformed | absent.
 * The fingerprint is always computed from the public key itself, never taken from the file.
 */
export async function checkDigest(digestBytes, manifestBytes, subtle, sha256Hex) {
  const actual = await sha256Hex(manifestBytes);
  if (!digestBytes) return { digest: 'absent', signature: 'absent', manifestSha256: actual, problem: 'manifest-digest.json is missing: the bundle is not signed.' };
  let digest;
  try {
    digest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(digestBytes));
  } catch {
    return { digest: 'invalid', signature: 'malformed', manifestSha256: actual, problem: 'manifest-digest.json is not valid JSON.' };
  }
  const malformed = malformedDigest(digest);
  if (malformed) return { digest: digest?.manifestSha256 === actual ? 'valid' : 'invalid', signature: 'malformed', manifestSha256: actual, problem: malformed };
  const digestState = digest.manifestSha256 === actual ? 'valid' : 'invalid';
  const base = {
    digest: digestState,
    manifestSha256: actual,
    ...(typeof digest.exportedAt === 'string' ? { exportedAt: digest.exportedAt } : {}),
    ...(typeof digest.generator === 'string' ? { generator: digest.generator } : {}),
    ...(digest.timestamp ? { timestampAuthority: digest.timestamp.tsa } : {}),
  };
  if (!('signature' in digest)) {
    return { ...base, signature: 'absent', unsignedReason: digest.unsigned ?? 'the bundle gives no reason (made by Reinstate 0.1 without signing)' };
  }
  const fingerprint = await keyFingerprint(digest.publicKey, sha256Hex);
  const keyed = { ...base, fingerprint, keyId: fingerprint.slice(0, 16) };
  if (digest.publicKeyId && digest.publicKeyId !== keyed.keyId) {
    return { ...keyed, signature: 'malformed', problem: 'manifest-digest.json names another key id than its public key has.' };
  }
  try {
    const key = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: digest.publicKey.x, y: digest.publicKey.y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const ok = await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, b64ToBytes(digest.signature), manifestBytes);
    return { ...keyed, signature: ok ? 'valid' : 'invalid', ...(ok ? {} : { problem: 'The signature does not match manifest.json: the manifest was changed after signing, or signed with another key.' }) };
  } catch {
    return { ...keyed, signature: 'invalid', problem: 'The signature or public key cannot be used (not a valid P-256 key or signature).' };
  }
}

/**
 * The whole verdict in one object. status: intact | invalid | unsafe | unreadable;
 * `intact` is true only when nothing is off.
 * options: { allowUnsigned?: boolean, expectedKey?: string (normalised 64 or 16 hex) }.
 */
export function verdict(parts) {
  const { comparison, digest, unsafe = [], problems = [], unreadable = false, zipUnsafe = false, options = {} } = parts;
  const trust = [];
  const signatureOk = digest.signature === 'valid' || (digest.signature === 'absent' && options.allowUnsigned && !options.expectedKey);
  if (digest.signature === 'absent' && !signatureOk) {
    trust.push(options.expectedKey ? 'The bundle is not signed, so it cannot be from the expected key.' : `The bundle is not signed${digest.unsignedReason ? ` (${digest.unsignedReason})` : ''}; unsigned bundles are accepted only when asked (--allow-unsigned).`);
  } else if (digest.problem && digest.signature !== 'absent') trust.push(digest.problem);
  if (digest.digest === 'invalid' && digest.signature === 'absent') trust.push('manifest-digest.json does not match manifest.json.');
  let keyMatch = 'not-checked';
  if (options.expectedKey && digest.fingerprint) {
    keyMatch = keyMatches(digest.fingerprint, options.expectedKey) ? 'match' : 'mismatch';
    if (keyMatch === 'mismatch') trust.push('The bundle is signed by another key than the one you expected.');
  }
  const digestOk = digest.digest === 'valid' || (digest.digest === 'absent' && signatureOk);
  const tampered =
    comparison.changed.length > 0 || comparison.missing.length > 0 || comparison.extra.length > 0 || !digestOk || !signatureOk || keyMatch === 'mismatch' || (options.expectedKey && keyMatch !== 'match');
  const status = zipUnsafe || unsafe.length > 0 ? 'unsafe' : unreadable ? 'unreadable' : tampered || problems.length > 0 ? 'invalid' : 'intact';
  return {
    status,
    intact: status === 'intact',
    ...comparison,
    unsafe,
    problems: [...problems, ...trust],
    digest: digest.digest,
    signature: digest.signature,
    keyMatch,
    ...(digest.manifestSha256 ? { manifestSha256: digest.manifestSha256 } : {}),
    ...(digest.fingerprint ? { fingerprint: digest.fingerprint, keyId: digest.keyId } : {}),
    ...(digest.unsignedReason && digest.signature === 'absent' ? { unsignedReason: digest.unsignedReason } : {}),
    ...(digest.exportedAt ? { exportedAt: digest.exportedAt } : {}),
  };
}

/** Exit code for a verdict: 0 intact · 1 invalid (changed, missing, extra, bad or missing signature, other key) · 2 unsafe or unreadable. */
export function exitCodeOf(result) {
  return result.status === 'intact' ? 0 : result.status === 'invalid' ? 1 : 2;
}
