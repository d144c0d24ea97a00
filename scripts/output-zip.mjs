// Shared by the Firefox store checks: find the newest zip `wxt zip` wrote, and unpack a zip into a folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** The newest file in .output whose name ends with `suffix` (names carry the version, so the sort is by version). */
export const latestOutput = (suffix) => readdirSync('.output').filter((n) => n.endsWith(suffix)).sort().at(-1);

/** Writes every file of the zip at `zipPath` under `dir`. */
export function unzipInto(zipPath, dir) {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}
