#!/usr/bin/env node
// Checks a Reinstate evidence bundle without a browser (from this repository):
//   node bin/reinstate-verify.mjs bundle.zip [--json] [--key <fingerprint>] [--allow-unsigned]
// Every bundle also carries the same verifier as verify.mjs (plain `node verify.mjs`).
// Exit codes: 0 intact · 1 invalid · 2 unreadable or unsafe · 64 usage.
import { main } from '../utils/bundle/cli.js';

const io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
let checkTimestamp;
try {
  // pkijs/asn1js are in this repository's node_modules; the copy inside a bundle goes without.
  ({ checkTimestamp } = await import('../utils/bundle/timestamp-check.js'));
} catch {
  checkTimestamp = undefined;
}
try {
  process.exitCode = await main(process.argv.slice(2), io, { checkTimestamp });
} catch (error) {
  // Never a stack trace for a person: one line, and the "unreadable" code.
  process.stderr.write(`The verifier could not finish: ${error?.message ?? error}\n`);
  process.exitCode = 2;
}
