// Issue 18 (export20), in real Firefox: evidence rows as the store now writes them (a Blob from 64 KiB, an
// ArrayBuffer below, each with its CRC-32) are spliced into the bundle page's download by reference. The download
// is complete and INTACT for the command-line verifier, and holds every file with its capture hash.
// (Chromium: ../bundle-stored-blobs.test.mjs writes the rows through the extension's own store.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { eventually, launchDriver } from '../harness.mjs';

/** Runs in an extension page: the case the bundle page made current gets files of these sizes, stored as the store stores them. */
async function addRows(sizes) {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const all = (store) => new Promise((res) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => res(r.result); });
  const [c] = await all('cases');
  const table = Array.from({ length: 256 }, (_, n) => { let x = n; for (let k = 0; k < 8; k++) x = x & 1 ? 0xedb88320 ^ (x >>> 1) : x >>> 1; return x >>> 0; });
  const crc32 = (bytes) => { let x = ~0; for (const b of bytes) x = table[(x ^ b) & 0xff] ^ (x >>> 8); return ~x >>> 0; };
  const rows = [];
  for (const [i, size] of sizes.entries()) {
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
    const sha256 = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const capturedAt = new Date(Date.UTC(2025, 4, 2, 9, 0, i)).toISOString();
    const id = `ev_${Date.parse(capturedAt).toString(36)}_blobtest${i}`;
    rows.push({
      record: { id, caseId: c.id, kind: 'screenshot', mime: 'image/png', size, sha256, capturedAt, timeZone: 'UTC', url: `https://www.pinterest.com/blob/${i}/`, title: `Blob ${i}`, provenance: { browser: navigator.userAgent, extensionVersion: '0' } },
      bytes: { id, bytes: size >= 64 * 1024 ? new Blob([bytes], { type: 'image/png' }) : bytes.buffer, crc32: crc32(bytes) },
    });
  }
  await new Promise((res, rej) => {
    const tx = db.transaction(['evidence', 'evidenceBytes'], 'readwrite');
    for (const row of rows) {
      tx.objectStore('evidence').add(row.record);
      tx.objectStore('evidenceBytes').add(row.bytes);
    }
    tx.oncomplete = res;
    tx.onerror = () => rej(tx.error);
  });
  // As they come back: Blobs stay Blobs.
  const back = await all('evidenceBytes');
  db.close();
  return rows.map((r) => ({ sha256: r.record.sha256, crc32: r.bytes.crc32, stored: back.find((b) => b.id === r.record.id).bytes instanceof Blob ? 'blob' : 'buffer' }));
}

test('Firefox: stored Blobs go into the download by reference; complete, INTACT, every capture hash', async () => {
  const ext = await launchDriver('firefox');
  try {
    const page = await ext.openExtensionPage('bundle.html');
    // The bundle page makes a current case when there is none.
    await eventually(() => ext.bg(async () => (await indexedDB.databases()).some((d) => d.name === 'reinstate')), { timeout: 15_000 });
    await eventually(() => ext.bg(async () => {
      const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
      const n = await new Promise((res) => { const r = db.transaction('cases').objectStore('cases').count(); r.onsuccess = () => res(r.result); });
      db.close();
      return n > 0;
    }), { timeout: 15_000 });
    const stored = await ext.bg(addRows, [1000, 70_000, 3 * 1024 * 1024, 900_000]);
    assert.deepEqual(stored.map((s) => s.stored), ['buffer', 'blob', 'blob', 'blob']);
    const path = await page.download('export');
    await page.waitForText('manifest-sha256', /[0-9a-f]{64}/);
    // export21: the batches were laid out by the lay-out Workers (IndexedDB and OPFS in a Firefox Worker), none on the page.
    const tally = await page.evaluate(() => performance.getEntriesByName('reinstate:export:lay-out').at(-1)?.detail);
    assert.ok(tally?.inWorkers >= 1 && tally.onPage === 0, `lay-out batches: ${JSON.stringify(tally)}`);
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path, '--json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    assert.equal(JSON.parse(cli.stdout).intact, true);
    const inZip = new Map(Object.entries(unzipSync(readFileSync(path))).filter(([n]) => n.startsWith('evidence/')).map(([, b]) => [createHash('sha256').update(b).digest('hex'), b]));
    for (const s of stored) {
      assert.ok(inZip.has(s.sha256), 'in the bundle with its capture hash');
      assert.equal(zlib.crc32(inZip.get(s.sha256)) >>> 0, s.crc32);
    }
    assert.deepEqual(await ext.addonErrors(), [], 'no uncaught error or rejection from the add-on');
  } finally {
    await ext.close();
  }
});
