// Verifies a bundle from any random-access source. `hashBytes` hashes bytes
// in memory (the entries a sequential scan of the file hands over);
// `hashEntry` hashes one entry read on its own (whole in the browser,
// streamed in Node): a large or deflated entry, or every entry when a caller
// gives no `hashBytes`. Never throws for a bad bundle: every failure becomes
// a verdict (unreadable, unsafe or invalid).
import { checkDigest, compareWithManifest, DIGEST, MANIFEST, TIMESTAMP, parseManifest, unsafePath, verdict } from './verify-core.js';
import { BundleFormatError, checkEntry, listEntries, readEntry, scanEntries } from './zip-reader.js';
import { phase } from './phase.js';

const NONE = { changed: [], missing: [], extra: [] };
/** Files hashed side by side at most, and their bytes at most (a large file goes alone): memory stays near one large file. */
const HASHES_IN_FLIGHT = 64;
const BYTES_IN_FLIGHT = 32 * 1024 * 1024;
const NO_DIGEST = { digest: 'absent', signature: 'absent' };

function formatFailure(error) {
  if (error instanceof BundleFormatError) return { message: error.message, unsafe: error.kind === 'unsafe' };
  return { message: `This file cannot be read as a bundle: ${error?.message ?? String(error)}`, unsafe: false };
}

/** options: { allowUnsigned?: boolean, expectedKey?: string (normalised), checkTimestamp?: (token, manifestSha256) => Promise<object> } */
export async function verifyBundle(source, deps, options = {}) {
  try {
    return await verifyUnguarded(source, deps, options);
  } catch (error) {
    // A last line of defence: whatever went wrong, the answer is a verdict, not a stack trace.
    const failure = formatFailure(error);
    return verdict({ comparison: NONE, digest: NO_DIGEST, problems: [failure.message], unreadable: true, zipUnsafe: failure.unsafe, options });
  }
}

async function verifyUnguarded(source, { subtle, sha256Hex, hashEntry, hashBytes, scan }, options) {
  let entries;
  phase('verify:start');
  try {
    entries = await listEntries(source);
    phase('verify:directory');
  } catch (error) {
    const failure = formatFailure(error);
    return verdict({ comparison: NONE, digest: NO_DIGEST, problems: [failure.message], unreadable: true, zipUnsafe: failure.unsafe, options });
  }
  const unsafe = entries.map((e) => ({ path: e.name, reason: unsafePath(e.name) })).filter((u) => u.reason);
  const manifestEntry = entries.find((e) => e.name === MANIFEST);
  if (!manifestEntry) {
    return verdict({ comparison: { ...NONE, extra: entries.map((e) => e.name) }, digest: NO_DIGEST, unsafe, problems: ['There is no manifest.json: this is not a Reinstate bundle.'], unreadable: true, options });
  }
  // The files are checked and hashed (on other threads where the caller gives a `scan`) while the
  // manifest, its digest and the signature are read here; their problems are reported after them, as before.
  const stop = new AbortController();
  const scanning = hashBytes || scan ? scanInFileOrder(source, entries, { hashBytes, hashEntry, scan }, stop.signal) : undefined;
  scanning?.catch(() => {}); // awaited below; a verdict returned early does not wait for it
  const problems = [];
  let zipUnsafe = false;
  let unreadable = false;
  const fail = (error, name) => {
    const failure = formatFailure(error);
    problems.push(failure.message.includes(name) ? failure.message : `${name}: ${failure.message}`);
    if (failure.unsafe) zipUnsafe = true;
    else unreadable = true;
  };
  let manifest;
  let manifestBytes;
  try {
    manifestBytes = await readEntry(source, manifestEntry);
  } catch (error) {
    stop.abort();
    fail(error, MANIFEST);
    return verdict({ comparison: NONE, digest: NO_DIGEST, unsafe, problems, unreadable, zipUnsafe, options });
  }
  try {
    manifest = parseManifest(manifestBytes);
  } catch (error) {
    stop.abort();
    return verdict({ comparison: NONE, digest: NO_DIGEST, unsafe, problems: [error.message], unreadable: true, options });
  }
  const digestEntry = entries.find((e) => e.name === DIGEST);
  let digestBytes;
  if (digestEntry) {
    try {
      digestBytes = await readEntry(source, digestEntry);
    } catch (error) {
      fail(error, DIGEST);
    }
  }
  const digest = digestEntry && !digestBytes ? { ...NO_DIGEST, signature: 'malformed', digest: 'invalid' } : await checkDigest(digestBytes, manifestBytes, subtle, sha256Hex);
  phase('verify:manifest-and-signature');
  const hashed = scanning ? reportInOrder(entries, await scanning, fail) : await hashOneByOne(source, entries, hashEntry, fail);
  phase('verify:files-hashed');
  let timestamp;
  const timestampEntry = entries.find((e) => e.name === TIMESTAMP);
  if (timestampEntry || digest.timestampAuthority) {
    let token;
    try {
      token = timestampEntry ? await readEntry(source, timestampEntry) : undefined;
    } catch (error) {
      fail(error, TIMESTAMP);
    }
    if (!token) timestamp = { checked: true, ok: false, problem: `the bundle names a timestamping authority but ${TIMESTAMP} is missing or damaged.` };
    else if (!options.checkTimestamp) timestamp = { checked: false, ok: false, problem: 'this verifier does not check timestamps (see VERIFY.txt for openssl ts -verify).' };
    else timestamp = await options.checkTimestamp(token, digest.manifestSha256, manifestBytes).catch((error) => ({ checked: true, ok: false, problem: error?.message ?? String(error) }));
    if (timestamp.checked && !timestamp.ok) problems.push(`The trusted timestamp does not check out: ${timestamp.problem}`);
  }
  const result = verdict({ comparison: compareWithManifest(manifest, hashed), digest, unsafe, problems, unreadable, zipUnsafe, options });
  phase('verify:compared');
  return { ...result, ...(timestamp ? { timestamp } : {}), manifest };
}

/** The entries whose bytes the manifest covers: all but the manifest, its digest and the timestamp (read on their own before). */
const signedFile = (entry) => entry.name !== MANIFEST && entry.name !== DIGEST && entry.name !== TIMESTAMP;

/**
 * Reads the file once, in order, in large windows (zip-reader's
 * scanEntries, or `scan`: the same over Workers) and hashes each entry from
 * its window. Returns each entry's outcome ({ sha256 } or { error }) by its
 * place in the directory.
 */
async function scanInFileOrder(source, entries, { hashBytes, hashEntry, scan }, signal) {
  const index = new Map(entries.map((e, i) => [e, i]));
  const outcomes = new Array(entries.length);
  const hashed = (entry, hashing) => {
    // A synchronous hash (Node's createHash, a Worker's answer) is recorded at once: no promise per entry.
    if (typeof hashing === 'string') return void (outcomes[index.get(entry)] = { sha256: hashing });
    return hashing.then(
      (sha256) => void (outcomes[index.get(entry)] = { sha256 }),
      (error) => void (outcomes[index.get(entry)] = { error }),
    );
  };
  const want = (entry) => (!signedFile(entry) ? 'skip' : entry.name.endsWith('/') ? 'header' : 'data');
  const slow = (entry) => hashed(entry, hashEntry(source, entry));
  const onError = (entry, error) => void (outcomes[index.get(entry)] = { error });
  if (scan) await scan(source, entries, { want, hashed, slow, onError, signal });
  else await scanEntries(source, entries, { want, onData: (entry, data) => (data ? hashed(entry, hashBytes(data)) : slow(entry)), onError, signal });
  return outcomes;
}

/** The scan's outcomes in directory order, as `hashOneByOne` gives them: problems reported, hashes listed. */
function reportInOrder(entries, outcomes, fail) {
  const list = [];
  entries.forEach((entry, i) => {
    const outcome = outcomes[i];
    if (outcome?.error) fail(outcome.error, entry.name);
    else if (outcome?.sha256) list.push({ path: entry.name, size: entry.size, sha256: outcome.sha256 });
  });
  return list;
}

/**
 * One entry at a time through the random-access reader: a few dozen digests
 * in flight, since a digest's round trip (WebCrypto answers on another
 * thread) costs more than hashing a 2 kB pin image. Results are taken in
 * order, so problems come out in directory order.
 */
async function hashOneByOne(source, entries, hashEntry, fail) {
  const hashed = [];
  const inFlight = [];
  let inFlightBytes = 0;
  const settleOldest = async () => {
    const { entry, hashing } = inFlight.shift();
    inFlightBytes -= entry.size;
    try {
      hashed.push({ path: entry.name, size: entry.size, sha256: await hashing });
    } catch (error) {
      fail(error, entry.name);
    }
  };
  for (const entry of entries) {
    if (!signedFile(entry)) continue;
    if (entry.name.endsWith('/')) {
      try {
        await checkEntry(source, entry);
      } catch (error) {
        fail(error, entry.name);
      }
      continue;
    }
    while (inFlight.length && (inFlight.length >= HASHES_IN_FLIGHT || inFlightBytes + entry.size > BYTES_IN_FLIGHT)) await settleOldest();
    const hashing = hashEntry(source, entry);
    hashing.catch(() => {}); // settled (and reported) in order by settleOldest
    inFlight.push({ entry, hashing });
    inFlightBytes += entry.size;
  }
  while (inFlight.length) await settleOldest();
  return hashed;
}
