// The command-line verifier: `bin/reinstate-verify.mjs` and the verify.mjs
// inside every bundle run this. Node built-ins only, so the copy inside a
// bundle runs with plain `node verify.mjs` and nothing installed.
//
//   node verify.mjs [bundle.zip | folder] [--json] [--key <fingerprint>] [--allow-unsigned]
//
// With no path it checks the folder it sits in (an unzipped bundle).
// Exit codes: 0 intact · 1 invalid (changed, missing or extra files, a
// missing, malformed or failing signature, another key than --key) ·
// 2 unreadable or unsafe (damaged ZIP, not a bundle, a ZIP that tools would
// read differently, unsafe names) · 64 usage.
import { createHash, webcrypto } from 'node:crypto';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFingerprint, normaliseExpectedKey } from './fingerprint.js';
import { checkDigest, compareWithManifest, DIGEST, exitCodeOf, MANIFEST, parseManifest, TIMESTAMP, unsafePath, verdict } from './verify-core.js';
import { verifyBundle } from './verify.js';
import { streamEntry } from './zip-reader.js';

const USAGE = `Usage: node verify.mjs [bundle.zip | folder] [--json] [--key <fingerprint>] [--allow-unsigned]
Checks every file of a Reinstate evidence bundle against its manifest and signature.
  --key <fingerprint>  fail unless the bundle is signed by this key (64 hex digits,
                       spaces allowed; a 0.1 key id of 16 hex digits is accepted too)
  --allow-unsigned     accept a bundle without a signature (it is still reported)
  --json               print the verdict as JSON
Exit codes: 0 intact, 1 invalid, 2 unreadable or unsafe, 64 usage.`;

const sha256Hex = async (bytes) => createHash('sha256').update(bytes).digest('hex');

function parseArgs(argv) {
  const options = { json: false, allowUnsigned: false, help: false, path: undefined, key: undefined, error: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--allow-unsigned') options.allowUnsigned = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--key' || arg.startsWith('--key=')) {
      const value = arg === '--key' ? argv[++i] : arg.slice(6);
      options.key = normaliseExpectedKey(value);
      if (!options.key) options.error = `--key needs a fingerprint of 64 hex digits (or a 0.1 key id of 16), not "${String(value ?? '').slice(0, 80)}".`;
    } else if (arg.startsWith('--')) options.error = `Unknown option ${arg}.`;
    else if (options.path === undefined) options.path = arg;
    else options.error = 'Give one bundle at a time.';
  }
  return options;
}

/** How Node hashes a bundle's entries (the CLI, and bench:bundle so it measures what the CLI does). */
export const nodeHashers = {
  // Streams each entry through the hash: memory stays at one chunk, whatever the file size.
  hashEntry: async (src, entry) => {
    const hash = createHash('sha256');
    for await (const chunk of streamEntry(src, entry)) hash.update(chunk);
    return hash.digest('hex');
  },
  // Entries that fit a window are hashed from it at once: createHash is synchronous (SHA-NI where the CPU has it).
  hashBytes: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};

async function verifyZip(path, verifyOptions) {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const source = {
      size,
      async read(offset, length) {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      },
    };
    return await verifyBundle(source, { subtle: webcrypto.subtle, sha256Hex, ...nodeHashers }, verifyOptions);
  } finally {
    await handle.close();
  }
}

async function walk(root, dir = root, out = []) {
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, item.name);
    if (item.isDirectory()) await walk(root, full, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

async function hashFile(path) {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4 * 1024 * 1024);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

/** An unzipped bundle: the same checks over the files of a folder. */
async function verifyFolder(root, verifyOptions) {
  const problems = [];
  const none = { changed: [], missing: [], extra: [] };
  let manifestBytes;
  try {
    manifestBytes = new Uint8Array(await readFile(join(root, MANIFEST)));
  } catch {
    return verdict({ comparison: none, digest: { digest: 'absent', signature: 'absent' }, problems: [`There is no ${MANIFEST} in ${root}: this is not an unzipped Reinstate bundle.`], unreadable: true, options: verifyOptions });
  }
  let manifest;
  try {
    manifest = parseManifest(manifestBytes);
  } catch (error) {
    return verdict({ comparison: none, digest: { digest: 'absent', signature: 'absent' }, problems: [error.message], unreadable: true, options: verifyOptions });
  }
  const digestBytes = await readFile(join(root, DIGEST)).then((b) => new Uint8Array(b), () => undefined);
  const digest = await checkDigest(digestBytes, manifestBytes, webcrypto.subtle, sha256Hex);
  const present = (await walk(root)).filter((p) => p !== MANIFEST && p !== DIGEST && p !== TIMESTAMP);
  const unsafe = manifest.files.map((f) => ({ path: f.path, reason: unsafePath(f.path) })).filter((u) => u.reason);
  const hashed = [];
  for (const path of present) {
    try {
      hashed.push({ path, ...(await hashFile(join(root, path))) });
    } catch (error) {
      problems.push(`${path}: ${error.message}`);
    }
  }
  const comparison = compareWithManifest(manifest, hashed);
  const token = await readFile(join(root, TIMESTAMP)).then((b) => new Uint8Array(b), () => undefined);
  let timestamp;
  if (token || digest.timestampAuthority) {
    if (!token) timestamp = { checked: true, ok: false, problem: `the bundle names a timestamping authority but ${TIMESTAMP} is missing.` };
    else if (!verifyOptions.checkTimestamp) timestamp = { checked: false, ok: false, problem: 'this verifier does not check timestamps (see VERIFY.txt for openssl ts -verify).' };
    else timestamp = await verifyOptions.checkTimestamp(token, digest.manifestSha256, manifestBytes).catch((error) => ({ checked: true, ok: false, problem: error?.message ?? String(error) }));
    if (timestamp.checked && !timestamp.ok) problems.push(`The trusted timestamp does not check out: ${timestamp.problem}`);
  }
  return { ...verdict({ comparison, digest, unsafe, problems, options: verifyOptions }), ...(timestamp ? { timestamp } : {}), manifest };
}

function render(report, name, files) {
  const lines = [`Reinstate bundle: ${name}`];
  if (report.manifestSha256) lines.push(`manifest.json SHA-256: ${report.manifestSha256}`);
  if (report.fingerprint) lines.push(`signed by key: ${formatFingerprint(report.fingerprint)}${report.keyMatch === 'match' ? '  (the key you expected)' : report.keyMatch === 'mismatch' ? '  (NOT the key you expected)' : ''}`);
  else lines.push(`signed by key: none${report.unsignedReason ? ` (unsigned: ${report.unsignedReason})` : ''}`);
  if (report.exportedAt) lines.push(`exported at (sender's clock): ${report.exportedAt}`);
  if (report.timestamp?.ok) lines.push(`trusted timestamp: ${report.timestamp.time} by ${report.timestamp.authority} (signature checked; whether you trust this authority is yours to judge)`);
  else if (report.timestamp && !report.timestamp.checked) lines.push(`trusted timestamp: present, not checked by this script (${report.timestamp.problem})`);
  for (const problem of report.problems) lines.push(`PROBLEM  ${problem}`);
  for (const u of report.unsafe) lines.push(`UNSAFE   ${u.path} (${u.reason})`);
  for (const p of report.changed) lines.push(`CHANGED  ${p}`);
  for (const p of report.missing) lines.push(`MISSING  ${p}`);
  for (const p of report.extra) lines.push(`EXTRA    ${p}`);
  lines.push(`digest: ${report.digest} · signature: ${report.signature}`);
  const verdicts = {
    intact: `INTACT: all ${files} files match their SHA-256${report.signature === 'valid' ? ' and the signature is valid' : ' (UNSIGNED, accepted because you asked)'}.`,
    invalid: 'INVALID: the bundle was changed, its signature is missing or does not check out, or it is signed by another key than expected (see above).',
    unsafe: 'UNSAFE: this ZIP could be read differently by other tools, or holds unsafe names; do not trust or extract it.',
    unreadable: 'UNREADABLE: this file is damaged or not a Reinstate bundle.',
  };
  lines.push(verdicts[report.status]);
  return lines.join('\n');
}

/**
 * Runs the verifier; returns the exit code. `io.out`/`io.err` take whole
 * strings. The caller sets `process.exitCode` (never `process.exit`, which
 * would cut a large --json output written to a pipe).
 */
export async function main(argv, io, deps = {}) {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.error) {
    io.err(`${args.error}\n${USAGE}`);
    return 64;
  }
  const self = deps.selfPath;
  let path = args.path ?? (self ? dirname(self) : undefined);
  if (!path) {
    io.err(USAGE);
    return 64;
  }
  const verifyOptions = { allowUnsigned: args.allowUnsigned, ...(args.key ? { expectedKey: args.key } : {}), ...(deps.checkTimestamp ? { checkTimestamp: deps.checkTimestamp } : {}) };
  let result;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      result = await verifyFolder(path, verifyOptions);
    } else result = await verifyZip(path, verifyOptions);
  } catch (error) {
    const reason = error?.code === 'ENOENT' ? 'no such file' : error?.code === 'EACCES' ? 'permission denied' : error?.message;
    result = verdict({ comparison: { changed: [], missing: [], extra: [] }, digest: { digest: 'absent', signature: 'absent' }, problems: [`Cannot read ${path}: ${reason}`], unreadable: true, options: verifyOptions });
  }
  const { manifest, ...report } = result;
  const files = manifest?.files.length ?? 0;
  if (args.json) io.out(JSON.stringify({ file: basename(path), files, ...report, ...(report.fingerprint ? { fingerprintFormatted: formatFingerprint(report.fingerprint) } : {}) }, null, 2));
  else io.out(render(report, basename(path), files));
  return exitCodeOf(report);
}

/** The path of the running script, for "check the folder I am in". */
export const scriptPath = (metaUrl) => fileURLToPath(metaUrl);
