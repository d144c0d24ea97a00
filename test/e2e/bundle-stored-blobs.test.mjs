// Issue 18 (export20): evidence files from 64 KiB are stored as IndexedDB Blobs with their CRC-32, and the bundle
// page splices them into the download by reference (slices of its OPFS file with the stored Blobs in their places).
// In real Chromium: the rows are what the store says, the download is complete and INTACT for the command-line
// verifier, every file in it has its capture hash, and a Blob whose bytes changed is named, never passed as captured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { launch, readEvidence, saveDownload } from './harness.mjs';

/** Runs in the service worker, through the extension's own store (the e2e build lends it). */
async function seed(sizes) {
  const store = globalThis.reinstateStore;
  const c = await store.currentCase('Stored Blobs');
  const provenance = { browser: navigator.userAgent, extensionVersion: chrome.runtime.getManifest().version };
  const ids = [];
  for (const [i, size] of sizes.entries()) {
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
    const record = await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: bytes.buffer, url: `https://www.pinterest.com/blob/${i}/`, title: `Blob ${i}`, provenance, capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, i)) });
    ids.push(record.id);
  }
  return ids;
}

test('stored Blobs go into the download by reference: complete, INTACT, every capture hash; a changed Blob is named', async () => {
  const ext = await launch();
  try {
    const sw = await ext.sw();
    await sw.evaluate(seed, [1000, 70_000, 3 * 1024 * 1024, 40_000, 900_000]);
    const stored = await readEvidence(sw);
    assert.deepEqual(stored.map((e) => e.stored), ['buffer', 'blob', 'blob', 'buffer', 'blob']);
    for (const e of stored) assert.equal(e.rehash, e.sha256);
    const bundlePage = await ext.context.newPage();
    await bundlePage.goto(ext.url('bundle.html'));
    const path = await saveDownload(bundlePage, 'export', 'bundle-stored-blobs.zip');
    await bundlePage.getByTestId('exported').waitFor();
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path, '--json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    assert.equal(JSON.parse(cli.stdout).intact, true);
    const files = unzipSync(readFileSync(path));
    const inZip = new Map(Object.entries(files).filter(([n]) => n.startsWith('evidence/')).map(([n, b]) => [createHash('sha256').update(b).digest('hex'), { n, b }]));
    for (const e of stored) {
      const found = inZip.get(e.sha256);
      assert.ok(found, `${e.title} is in the bundle with its capture hash`);
      // The CRC-32 stored at capture is the file's (zlib's, an implementation the extension does not share).
      assert.equal(e.crc32, zlib.crc32(found.b) >>> 0, `${e.title}: stored CRC-32`);
    }

    // One stored Blob's bytes changed behind the store's back (its CRC and digest left as they were).
    await sw.evaluate(async (id) => {
      const db = await globalThis.reinstateStore.db();
      const row = await db.get('evidenceBytes', id);
      const bytes = new Uint8Array(await row.bytes.arrayBuffer());
      bytes[4321] ^= 0xff;
      await db.put('evidenceBytes', { ...row, bytes: new Blob([bytes], { type: 'image/png' }) });
    }, stored[2].id);
    await bundlePage.reload();
    const second = await saveDownload(bundlePage, 'export', 'bundle-stored-blobs-changed.zip');
    const problems = await bundlePage.getByTestId('exported').locator('p.error').allTextContents();
    assert.ok(problems.some((p) => /no longer matches the SHA-256 recorded at capture/.test(p)), problems.join(' | '));
    // The bundle holds what is stored now, with its own CRC and digest: it checks, and the changed file is not the captured one.
    const again = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', second, '--json'], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stdout + again.stderr);
    const hashes = new Set(Object.entries(unzipSync(readFileSync(second))).map(([, b]) => createHash('sha256').update(b).digest('hex')));
    assert.equal(hashes.has(stored[2].sha256), false, 'the changed file is not passed as the captured one');
    assert.ok(stored.filter((_, i) => i !== 2).every((e) => hashes.has(e.sha256)));
  } finally {
    await ext.close();
  }
});
