// Issue 18 (export21): the bundle page's lay-out Workers read the small evidence files from IndexedDB themselves,
// hash them and write each batch as ZIP entries into an OPFS file of its own, spliced into the download by
// reference. In real Chromium: every batch is done by a Worker (none falls back to the page), the download is
// complete and INTACT for the command-line verifier, every file has its capture hash, a small file that changed is
// named and a missing one left out and named, and the batch files are gone once the next export starts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { launch, readEvidence, saveDownload } from './harness.mjs';

/** Runs in the service worker, through the extension's own store (the e2e build lends it): pin images and a few captures. */
async function seed({ pins, captures }) {
  const store = globalThis.reinstateStore;
  const c = await store.currentCase('Laid out');
  const provenance = { browser: navigator.userAgent, extensionVersion: chrome.runtime.getManifest().version };
  const random = (size) => {
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
    return bytes.buffer;
  };
  for (let i = 0; i < captures; i++) {
    await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: random(i % 2 ? 150_000 : 30_000), url: `https://www.pinterest.com/c/${i}/`, title: `Capture ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i * 7)) });
  }
  for (let i = 0; i < pins; i++) {
    // Eight pin images a second: names with counters, given in order across batches.
    await store.addEvidence({ caseId: c.id, kind: 'thumbnail', mime: 'image/jpeg', bytes: random(4000 + (i % 13) * 1000), url: `https://i.pinimg.com/236x/${i}.jpg`, title: `Pin ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, Math.floor(i / 8))) });
  }
}

const cli = (path) => spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path, '--json'], { encoding: 'utf8' });
const layOutMark = (page) => page.evaluate(() => performance.getEntriesByName('reinstate:export:lay-out').at(-1)?.detail);
const opfsExports = (page) => page.evaluate(async () => {
  const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('exports', { create: true });
  const names = [];
  for await (const key of dir.keys()) names.push(key);
  return names;
});

test('small evidence files are laid out by Workers into OPFS batch files: complete, INTACT, every capture hash; changed and missing files named', async () => {
  const ext = await launch();
  try {
    const sw = await ext.sw();
    await sw.evaluate(seed, { pins: 1200, captures: 6 });
    const stored = await readEvidence(sw);
    const bundlePage = await ext.context.newPage();
    await bundlePage.goto(ext.url('bundle.html'));
    const path = await saveDownload(bundlePage, 'export', 'bundle-laid-out.zip');
    await bundlePage.getByTestId('exported').waitFor();
    const tally = await layOutMark(bundlePage);
    assert.ok(tally.workers >= 1 && tally.inWorkers >= 5, `batches laid out by Workers: ${JSON.stringify(tally)}`);
    assert.equal(tally.onPage, 0, 'no batch fell back to the page');
    // The batches' files sit beside the bundle's own file until the next export.
    assert.equal((await opfsExports(bundlePage)).filter((n) => n.includes('.part-')).length, tally.inWorkers);
    const checked = cli(path);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.equal(JSON.parse(checked.stdout).intact, true);
    const inZip = new Set(Object.entries(unzipSync(readFileSync(path))).filter(([n]) => n.startsWith('evidence/')).map(([, b]) => createHash('sha256').update(b).digest('hex')));
    assert.equal(inZip.size, stored.length);
    for (const e of stored) assert.ok(inZip.has(e.sha256), `${e.title} is in the bundle with its capture hash`);

    // One small file changed behind the store's back (its CRC and digest left as they were), another one's bytes gone.
    const pins = stored.filter((e) => e.kind === 'thumbnail');
    const [changed, gone] = [pins[300], pins[901]];
    await sw.evaluate(async ([changedId, goneId]) => {
      const db = await globalThis.reinstateStore.db();
      const row = await db.get('evidenceBytes', changedId);
      const bytes = new Uint8Array(row.bytes.slice(0));
      bytes[99] ^= 0xff;
      await db.put('evidenceBytes', { ...row, bytes: bytes.buffer });
      await db.delete('evidenceBytes', goneId);
    }, [changed.id, gone.id]);
    await bundlePage.reload();
    const second = await saveDownload(bundlePage, 'export', 'bundle-laid-out-changed.zip');
    const problems = await bundlePage.getByTestId('exported').locator('p.error').allTextContents();
    assert.equal(problems.length, 2, problems.join(' | '));
    assert.ok(problems.some((p) => /no longer matches the SHA-256 recorded at capture/.test(p)), problems.join(' | '));
    assert.ok(problems.some((p) => p.includes(gone.id)), problems.join(' | '));
    // The first export's batch files were removed when this one started.
    const names = await opfsExports(bundlePage);
    assert.equal(names.filter((n) => n.includes('.part-')).length, (await layOutMark(bundlePage)).inWorkers);
    const again = cli(second);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    const hashes = new Set(Object.entries(unzipSync(readFileSync(second))).filter(([n]) => n.startsWith('evidence/')).map(([, b]) => createHash('sha256').update(b).digest('hex')));
    assert.equal(hashes.size, stored.length - 1);
    assert.equal(hashes.has(changed.sha256), false, 'the changed file is not passed as the captured one');
    assert.equal(hashes.has(gone.sha256), false);
    assert.ok(stored.filter((e) => e !== changed && e !== gone).every((e) => hashes.has(e.sha256)));
  } finally {
    await ext.close();
  }
});
