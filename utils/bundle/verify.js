// Verifies a bundle from any random-access source. `hashEntry` hashes one
// entry (whole in the browser, streamed in Node).
import { checkDigest, compareWithManifest, DIGEST, MANIFEST, parseManifest, unsafePath, verdict } from './verify-core.js';
import { BundleFormatError, listEntries, readEntry } from './zip-reader.js';

export async function verifyBundle(source, { subtle, sha256Hex, hashEntry }) {
  let entries;
  try {
    entries = await listEntries(source);
  } catch (error) {
    const message = error instanceof BundleFormatError ? error.message : `This file cannot be read as a bundle: ${error.message}`;
    return verdict({ comparison: { changed: [], missing: [], extra: [] }, digest: { digest: 'absent', signature: 'absent' }, problems: [message] });
  }
  const unsafe = entries.map((e) => ({ path: e.name, reason: unsafePath(e.name) })).filter((u) => u.reason);
  const manifestEntry = entries.find((e) => e.name === MANIFEST);
  if (!manifestEntry) {
    return verdict({ comparison: { changed: [], missing: [], extra: entries.map((e) => e.name) }, digest: { digest: 'absent', signature: 'absent' }, unsafe, problems: ['There is no manifest.json: this is not a Reinstate bundle.'] });
  }
  const problems = [];
  let manifest;
  let manifestBytes;
  try {
    manifestBytes = await readEntry(source, manifestEntry);
    manifest = parseManifest(manifestBytes);
  } catch (error) {
    return verdict({ comparison: { changed: [], missing: [], extra: [] }, digest: { digest: 'absent', signature: 'absent' }, unsafe, problems: [error.message] });
  }
  const digestEntry = entries.find((e) => e.name === DIGEST);
  const digest = await checkDigest(digestEntry ? await readEntry(source, digestEntry) : undefined, manifestBytes, subtle, sha256Hex);
  if (digest.problem) problems.push(digest.problem);
  const hashed = [];
  for (const entry of entries) {
    if (entry.name === MANIFEST || entry.name === DIGEST || entry.name.endsWith('/')) continue;
    try {
      hashed.push({ path: entry.name, size: entry.size, sha256: await hashEntry(source, entry) });
    } catch (error) {
      problems.push(`${entry.name}: ${error.message}`);
    }
  }
  return { ...verdict({ comparison: compareWithManifest(manifest, hashed), digest, unsafe, problems }), manifest };
}
