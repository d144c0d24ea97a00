#!/usr/bin/env node
// Checks a Reinstate evidence bundle without a browser:
//   npx reinstate-verify bundle.zip [--json]
// Exit codes: 0 intact · 1 changed, missing, extra or unsafe files, or a bad signature · 2 unreadable or not a bundle · 64 usage.
import { createHash, webcrypto } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { verifyBundle } from '../utils/bundle/verify.js';
import { streamEntry } from '../utils/bundle/zip-reader.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file || args.includes('--help')) {
  console.error('Usage: reinstate-verify <bundle.zip> [--json]\nChecks every file of a Reinstate bundle against its manifest and signature.');
  process.exit(file ? 0 : 64);
}

let handle;
try {
  handle = await open(file, 'r');
} catch (error) {
  console.error(`Cannot open ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  process.exit(2);
}
const { size } = await handle.stat();
const source = {
  size,
  async read(offset, length) {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  },
};
const sha256Hex = async (bytes) => createHash('sha256').update(bytes).digest('hex');
// Streams each entry through the hash: memory stays at one chunk, whatever the file size.
const hashEntry = async (src, entry) => {
  const hash = createHash('sha256');
  for await (const chunk of streamEntry(src, entry)) hash.update(chunk);
  return hash.digest('hex');
};

const result = await verifyBundle(source, { subtle: webcrypto.subtle, sha256Hex, hashEntry });
await handle.close();
const { manifest, ...report } = result;

if (json) {
  console.log(JSON.stringify({ file: basename(file), files: manifest?.files.length ?? 0, ...report }, null, 2));
} else {
  const lines = [`Reinstate bundle: ${basename(file)}`];
  if (report.manifestSha256) lines.push(`manifest.json SHA-256: ${report.manifestSha256}`);
  for (const problem of report.problems) lines.push(`PROBLEM  ${problem}`);
  for (const u of report.unsafe) lines.push(`UNSAFE   ${u.path} (${u.reason})`);
  for (const p of report.changed) lines.push(`CHANGED  ${p}`);
  for (const p of report.missing) lines.push(`MISSING  ${p}`);
  for (const p of report.extra) lines.push(`EXTRA    ${p}`);
  lines.push(`digest: ${report.digest} · signature: ${report.signature}`);
  lines.push(report.intact ? `INTACT: all ${manifest.files.length} files match their SHA-256.` : 'NOT INTACT: see above.');
  console.log(lines.join('\n'));
}
const unreadable = report.problems.length > 0 && !manifest;
process.exit(report.intact ? 0 : unreadable ? 2 : 1);
