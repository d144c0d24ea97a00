// npm run lint:firefox, second half: what an addons.mozilla.org reviewer does
// with the source package. Unpacks .output/<name>-<version>-sources.zip into
// an empty directory, builds it (`wxt build -b firefox`, with this checkout's
// node_modules standing in for `npm ci` from the same package-lock.json) and
// fails unless every file of the Firefox store zip comes out byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { latestOutput, unzipInto } from './output-zip.mjs';

const [sources, store] = [latestOutput('-sources.zip'), latestOutput('-firefox.zip')];
if (!sources || !store) {
  console.error('No Firefox store zip or source package in .output: run "npx wxt zip -b firefox" first.');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'reinstate-sources-'));
try {
  unzipInto(join('.output', sources), dir);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const started = Date.now();
  const build = spawnSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(`The source package does not build:\n${build.stdout}\n${build.stderr}`);
    process.exit(1);
  }
  const built = join(dir, '.output/firefox-mv2');
  const differ = [];
  const expected = Object.entries(unzipSync(readFileSync(join('.output', store)))).filter(([name]) => !name.endsWith('/'));
  for (const [name, bytes] of expected) {
    let rebuilt;
    try {
      rebuilt = readFileSync(join(built, name));
    } catch {
      differ.push(`${name}: missing from the rebuild`);
      continue;
    }
    if (!rebuilt.equals(Buffer.from(bytes))) differ.push(`${name}: different bytes`);
  }
  console.log(`source package .output/${sources}: built in ${((Date.now() - started) / 1000).toFixed(1)} s; ${expected.length - differ.length} of ${expected.length} files of .output/${store} identical`);
  for (const line of differ) console.log(`  ${line}`);
  process.exitCode = differ.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
