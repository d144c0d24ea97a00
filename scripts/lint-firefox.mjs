// npm run lint:firefox — web-ext lint (Mozilla's addons-linter, what
// addons.mozilla.org runs on upload) on the Firefox store zip exactly as it
// would be submitted. Fails on any error; prints warnings and notices.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestOutput, unzipInto } from './output-zip.mjs';

const zip = latestOutput('-firefox.zip');
if (!zip) {
  console.error('No Firefox zip in .output: run "npx wxt zip -b firefox" first.');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'reinstate-lint-'));
try {
  unzipInto(join('.output', zip), dir);
  const run = spawnSync(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
    process.exit(2);
  }
  console.log(`web-ext lint .output/${zip}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind]) console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
  }
  process.exitCode = report.summary.errors === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
