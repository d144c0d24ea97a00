import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { evidenceRecordOf, planImport } from '@/utils/bundle/import';
import { createSigningKey, signBytes } from '@/utils/bundle/signing';
import { unsafePath } from '@/utils/bundle/verify-core.js';
import { bytesSource, listEntries, readEntry } from '@/utils/bundle/zip-reader.js';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';
import { exportToBytes, rezip, seededStore, verify } from './helpers';

describe('export', () => {
  it('writes originals, notices, letters, case.json, report, VERIFY.txt, SHA256SUMS, manifest and digest', async () => {
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store);
    const names = (await listEntries(bytesSource(bytes))).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['case.json', 'report.html', 'VERIFY.txt', 'SHA256SUMS', 'manifest.json', 'manifest-digest.json', 'verify.mjs', 'notices/20250502T091500Z-account-suspended-pinterest-com.txt', 'notices.json', 'evidence.json', 'correspondence.json', 'log.json']));
    expect(names.filter((n) => n.startsWith('evidence/'))).toHaveLength(2);
    expect(names.some((n) => n.startsWith('letters/'))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['inventory/20250430T100000Z-maya-makes.json', 'inventory/20250430T100000Z-maya-makes-pins.csv']));
    expect(names.filter((n) => n.startsWith('evidence/')).sort()).toEqual(['evidence/20250502T091501Z-screenshot-pinterest-com.png', 'evidence/20250502T091502Z-mhtml-pinterest-com.mhtml']);
    expect(result.problems).toEqual([]);
    const source = bytesSource(bytes);
    const entries = await listEntries(source);
    const manifestBytes = await readEntry(source, entries.find((e) => e.name === 'manifest.json')!);
    expect(result.manifestSha256).toBe(await sha256Hex(manifestBytes));
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
    const png = manifest.files.find((f: { path: string }) => f.path.endsWith('.png'));
    expect(png).toMatchObject({ kind: 'screenshot', capturedAt: '2025-05-02T09:15:01.000Z', sourceUrl: 'https://www.pinterest.com/login/', size: 2000 });
    const stored = (await store.listEvidence()).find((l) => l.ok && l.record.kind === 'screenshot');
    expect(png.sha256).toBe(stored!.ok && stored!.record.sha256);
  });

  it('report.html is self-contained and shows page text as text', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const source = bytesSource(bytes);
    const report = new TextDecoder().decode(await readEntry(source, (await listEntries(source)).find((e) => e.name === 'report.html')!));
    expect(report).toContain('&lt;b&gt;community guidelines&lt;/b&gt;');
    expect(report).not.toMatch(/<script|src="http|href="http/);
    expect(report).toContain('Get-FileHash -Algorithm SHA256');
    expect(report).toContain('shasum -a 256');
    expect(report).toContain('sha256sum');
    expect(report).toContain('data:image/jpeg;base64,');
    expect(report).toMatch(/What the notice leaves out/);
  });
});

describe('verify', () => {
  it('an untouched bundle is intact', async () => {
    const { store } = await seededStore();
    const v = await verify((await exportToBytes(store)).bytes);
    expect(v).toMatchObject({ status: 'intact', intact: true, changed: [], missing: [], extra: [], digest: 'valid', signature: 'valid' });
  });

  it.each(['evidence/', 'notices/', 'letters/', 'inventory/', 'correspondence/', 'case.json', 'report.html', 'SHA256SUMS', 'thumbnails/'])('one flipped byte in %s is named', async (prefix) => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    let target = '';
    const tampered = await rezip(bytes, (files) => {
      target = Object.keys(files).find((n) => n.startsWith(prefix))!;
      files[target]![0] ^= 0xff;
    });
    const v = await verify(tampered);
    expect(v.intact).toBe(false);
    expect(v.changed).toEqual([target]);
  });

  it('a changed manifest breaks the digest; missing and extra files are named', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const edited = await rezip(bytes, (files) => {
      files['manifest.json'] = new TextEncoder().encode(new TextDecoder().decode(files['manifest.json']).replace('"generator": "Reinstate test"', '"generator": "Someone else"'));
    });
    expect(await verify(edited)).toMatchObject({ intact: false, digest: 'invalid' });
    let gone = '';
    const missing = await rezip(bytes, (files) => {
      gone = Object.keys(files).find((n) => n.endsWith('.png'))!;
      delete files[gone];
    });
    expect(await verify(missing)).toMatchObject({ intact: false, missing: [gone] });
    const extra = await rezip(bytes, (files) => void (files['evidence/added-later.png'] = new Uint8Array([1, 2, 3])));
    expect(await verify(extra)).toMatchObject({ intact: false, extra: ['evidence/added-later.png'] });
  });

  it('names zip-slip and absolute paths as unsafe', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const slip = await rezip(bytes, (files) => {
      files['../../etc/evil.txt'] = new Uint8Array([1]);
      files['/abs/evil.txt'] = new Uint8Array([1]);
    });
    const v = await verify(slip);
    expect(v.intact).toBe(false);
    expect(v.unsafe.map((u) => u.reason).sort()).toEqual(['absolute path', 'path climbs out of the bundle']);
    await expect(planImport(bytesSource(slip))).rejects.toThrow(/unsafe path/);
  });

  it('a truncated file, a non-ZIP and a ZIP from another tool give clear messages', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    expect((await verify(bytes.subarray(0, bytes.length - 100))).problems[0]).toMatch(/not a ZIP file, or it was cut short|truncated/);
    expect((await verify(new TextEncoder().encode('hello, I am a text file'))).problems[0]).toMatch(/not a ZIP file/);
    const other = await rezip(bytes, (files) => {
      for (const name of Object.keys(files)) delete files[name];
      files['photo.jpg'] = new Uint8Array([1, 2]);
    });
    expect((await verify(other)).problems[0]).toMatch(/no manifest\.json/);
  });

  it('checks the signature: valid as made, invalid when the manifest changes', async () => {
    const { store } = await seededStore();
    const key = await createSigningKey();
    const sign = async (manifestBytes: Uint8Array) => ({ signature: await signBytes(key.privateKey, manifestBytes), publicKey: key.publicKey, publicKeyId: key.id });
    const { bytes } = await exportToBytes(store, { sign });
    expect(await verify(bytes)).toMatchObject({ intact: true, signature: 'valid', keyId: key.id });
    const forged = await rezip(bytes, (files) => {
      const digest = JSON.parse(new TextDecoder().decode(files['manifest-digest.json']));
      files['manifest.json'] = new TextEncoder().encode(new TextDecoder().decode(files['manifest.json']).replace('Reinstate test', 'Reinstate tesT'));
      // A forger recomputes the digest but cannot sign without the key.
      return void (files['manifest-digest.json'] = new TextEncoder().encode(JSON.stringify(digest)));
    });
    const v = await verify(forged);
    expect(v.signature).toBe('invalid');
    expect(v.intact).toBe(false);
  });
});

describe('import', () => {
  it('export → import into a fresh profile → export gives the same manifest, and importing twice duplicates nothing', async () => {
    const { store } = await seededStore();
    const first = await exportToBytes(store);
    globalThis.indexedDB = new IDBFactory();
    const fresh = new Store();
    for (let round = 0; round < 2; round++) {
      const plan = await planImport(bytesSource(first.bytes));
      await fresh.importRecords(plan.records);
      for (const inv of plan.records.inventories ?? []) await fresh.importInventory(inv.run, inv.boards, inv.pins);
      for (const item of plan.records.evidence) {
        await fresh.importEvidence(evidenceRecordOf(item, item.thumbPath ? await plan.evidenceBytes(item.thumbPath) : undefined), (await plan.evidenceBytes(item.path)).slice().buffer);
      }
    }
    expect((await fresh.listEvidence()).length).toBe(2);
    expect((await fresh.listNotices()).length).toBe(1);
    expect(await fresh.countPins('inv_1')).toBe(2);
    const second = await exportToBytes(fresh);
    // Every file comes back byte for byte, except the log (its entries now say they were imported, and when)
    // and the two files drawn from it (the report's timeline, the checksum list).
    const fromLog = new Set(['log.json', 'report.html', 'SHA256SUMS']);
    const manifestOf = async (bytes: Uint8Array) => {
      const source = bytesSource(bytes);
      const entry = (await listEntries(source)).find((e) => e.name === 'manifest.json')!;
      return JSON.parse(new TextDecoder().decode(await readEntry(source, entry))) as { files: { path: string; sha256: string }[] };
    };
    const hashes = async (bytes: Uint8Array) => new Map((await manifestOf(bytes)).files.map((f) => [f.path, f.sha256]));
    const [before, after] = [await hashes(first.bytes), await hashes(second.bytes)];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...before.keys()].filter((p) => !fromLog.has(p) && before.get(p) !== after.get(p))).toEqual([]);
    const log = await fresh.listLog();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((e) => e.imported === true && typeof e.importedAt === 'string')).toBe(true);
  });

  it('refuses a tampered bundle and leaves the store unchanged', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const tampered = await rezip(bytes, (files) => void (files['case.json']![5] ^= 1));
    globalThis.indexedDB = new IDBFactory();
    await expect(planImport(bytesSource(tampered))).rejects.toThrow(/did not pass the check, so nothing was imported: .*changed: case\.json/);
    expect(await new Store().listCases()).toEqual([]);
  });
});

describe('export paths', () => {
  it('are built from sanitised date-kind-site names, never from record ids, kinds or URLs a bundle or page supplied', async () => {
    const { store } = await seededStore();
    const hostile = '../../../../tmp/x';
    // A store whose records carry hostile ids, kinds and URLs, as an imported bundle could have planted them.
    const planted = Object.create(store) as typeof store;
    planted.listNotices = async (caseId?: string) => (await store.listNotices(caseId)).map((n) => ({ ...n, id: hostile, kind: '../evil' as never, url: 'javascript:alert(1)' }));
    const plant = <T extends { kind: string; url: string }>(record: T): T => ({ ...record, kind: '..\\..\\x' as never, url: 'file:///etc/passwd' });
    planted.listEvidence = async () => (await store.listEvidence()).map((l) => (l.ok ? { ...l, record: plant(l.record) } : l));
    // The export reads each record again with its bytes: planted there too.
    planted.getEvidenceWithBytesMany = async (ids) => (await store.getEvidenceWithBytesMany(ids)).map((r) => (r instanceof Error ? r : { ...r, record: plant(r.record) }));
    planted.listLetters = async (caseId: string) => (await store.listLetters(caseId)).map((l) => ({ ...l, id: hostile, kind: 'a/../../b', language: '..' }));
    const { bytes } = await exportToBytes(planted);
    const names = (await listEntries(bytesSource(bytes))).map((e) => e.name);
    for (const name of names) {
      expect(unsafePath(name)).toBeNull();
      expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      expect(name).not.toContain('..');
    }
    expect(names.filter((n) => n.startsWith('notices/'))).toEqual(['notices/20250502T091500Z-evil-local.txt']);
    expect(names.filter((n) => n.startsWith('evidence/')).sort()).toEqual(['evidence/20250502T091501Z-x-local.png', 'evidence/20250502T091502Z-x-local.mhtml']);
    expect((await verify(bytes)).status).toBe('intact');
  });

  it('two records that sanitise to the same name get a counter, not an overwrite', async () => {
    const { store, caseId } = await seededStore();
    const [notice] = await store.listNotices(caseId);
    await store.addNotice({ ...notice!, id: 'notice_2', dedupeKey: 'k2', text: 'A second notice at the same second.' });
    const names = (await listEntries(bytesSource((await exportToBytes(store)).bytes))).map((e) => e.name).filter((n) => n.startsWith('notices/'));
    expect(names.sort()).toEqual(['notices/20250502T091500Z-account-suspended-pinterest-com-2.txt', 'notices/20250502T091500Z-account-suspended-pinterest-com.txt']);
  });
});
