import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { evidenceRecordOf, planImport } from '@/utils/bundle/import';
import { bytesSource, listEntries, readEntry } from '@/utils/bundle/zip-reader.js';
import { ZipWriter } from '@/utils/bundle/zip-writer';
import { PIN_IMAGE_KIND, type EvidenceRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';
import { exportToBytes, verify } from './helpers';

const ENTRIES = 65_600;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

// Ids of the store's own form (the strict import refuses any other), made from the index so bytes can be found again.
const CASE_ID = 'case_mwx00000_aaaaaaaaaaaa';
const idOf = (i: number) => `ev_${(1_700_000_000_000 + i).toString(36)}_${i.toString(36).padStart(12, '0')}`;
const indexOf = new Map<string, number>();

/** A store stand-in with one case and `n` tiny evidence files, made on demand. */
async function manyFiles(n: number): Promise<Store> {
  const fileOf = (i: number) => new TextEncoder().encode(`pin image ${i}\n`);
  const records: EvidenceRecord[] = [];
  for (let i = 0; i < n; i++) {
    indexOf.set(idOf(i), i);
    records.push({ id: idOf(i), caseId: CASE_ID, kind: PIN_IMAGE_KIND, mime: 'image/png', size: fileOf(i).length, sha256: await sha256Hex(fileOf(i)), capturedAt: new Date(Date.UTC(2025, 4, 2, 9, 0, 0, 0) + i * 1000).toISOString(), timeZone: 'UTC', url: 'https://i.pinimg.com/x.png', title: '', provenance: { browser: 'test', extensionVersion: '0' } });
  }
  return {
    listCases: async () => [{ ok: true, record: { id: CASE_ID, title: 'Many pins', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '2025-05-01T00:00:00.000Z' } }],
    listNotices: async () => [],
    listLetters: async () => [],
    listCorrespondence: async () => [],
    listLog: async () => [],
    listInventories: async () => [],
    listEvidence: async () => records.map((record) => ({ ok: true, record })),
    getEvidenceBytes: async (id: string) => fileOf(indexOf.get(id)!).slice().buffer,
  } as unknown as Store;
}

describe('ZIP64', () => {
  it(`a bundle of ${ENTRIES.toLocaleString('en')} files exports with ZIP64 records, verifies, imports, and unzip agrees`, async () => {
    const { bytes, result } = await exportToBytes(await manyFiles(ENTRIES));
    expect(result.problems).toEqual([]);
    const tail = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 22, 22);
    expect(tail.getUint16(10, true)).toBe(0xffff);
    expect(new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 42, 4).getUint32(0, true)).toBe(0x07064b50);
    const entries = await listEntries(bytesSource(bytes));
    expect(entries.length).toBe(result.files);
    expect(entries.length).toBeGreaterThan(ENTRIES);
    const v = await verify(bytes);
    expect(v).toMatchObject({ status: 'intact', changed: [], missing: [], extra: [] });
    if (hasUnzip) {
      const path = join(mkdtempSync(join(tmpdir(), 'reinstate-zip64-')), 'many.zip');
      writeFileSync(path, bytes);
      const listing = spawnSync('unzip', ['-Z1', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(listing.stdout.trim().split('\n').length).toBe(entries.length);
    }
    const plan = await planImport(bytesSource(bytes));
    expect(plan.records.evidence).toHaveLength(ENTRIES);
    globalThis.indexedDB = new IDBFactory();
    const fresh = new Store();
    // Evidence joins a case that is already here: the case comes first, as the bundle page imports it.
    expect((await fresh.importRecords({ cases: plan.records.cases, notices: [], letters: [], correspondence: [], log: [] })).added).toBe(1);
    // A sample through the store's own import (every record would take minutes in fake-indexeddb).
    for (const item of [plan.records.evidence[0]!, plan.records.evidence[40_000]!, plan.records.evidence[ENTRIES - 1]!]) {
      expect(await fresh.importEvidence(evidenceRecordOf(item), (await plan.evidenceBytes(item.path)).slice().buffer)).toBe('added');
    }
    expect((await fresh.listEvidence()).length).toBe(3);
  }, 240_000);

  it('an entry past the 4 GB offset gets a ZIP64 extra field that the reader follows', async () => {
    // The writer's offsets are its own count of bytes, so a fake 4 GB prefix exercises the wide fields without 4 GB of memory.
    const chunks: Uint8Array[] = [];
    const writer = new ZipWriter((c) => void chunks.push(c));
    await writer.add('a.txt', new TextEncoder().encode('first'));
    (writer as unknown as { offset: number }).offset += 2 ** 32;
    const head = chunks.reduce((n, c) => n + c.length, 0);
    await writer.add('b.txt', new TextEncoder().encode('second'));
    await writer.end();
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) (all.set(c, o), (o += c.length));
    // Re-place the bytes where their offsets say, with a virtual gap of zeros.
    const source = {
      size: all.length + 2 ** 32,
      read: async (offset: number, length: number) => {
        const out = new Uint8Array(Math.max(0, Math.min(length, all.length + 2 ** 32 - offset)));
        for (let i = 0; i < out.length; i++) {
          const at = offset + i;
          out[i] = at < head ? all[at]! : at < head + 2 ** 32 ? 0 : all[at - 2 ** 32]!;
        }
        return out;
      },
    };
    // The gap is not described by the directory, so a strict reader must refuse it …
    await expect((async () => { for (const e of await listEntries(source)) await readEntry(source, e); })()).rejects.toThrow(/does not describe/);
    // … but it did find b.txt through its ZIP64 offset.
    const entries = await listEntries(source);
    expect(entries.map((e) => [e.name, e.localOffset])).toEqual([['a.txt', 0], ['b.txt', head + 2 ** 32]]);
    expect(new TextDecoder().decode(await readEntry(source, entries[1]!))).toBe('second');
  });
});
