// The security suite for bundles: every hostile bundle from
// test/security/hostile-bundles.mjs goes through the verifier and the
// importer; then single bytes of a good bundle are flipped. Figures are printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '@/utils/bundle/import';
import { bytesSource, listEntries } from '@/utils/bundle/zip-reader.js';
import { hostileBundles } from '../../security/hostile-bundles.mjs';
import { exportToBytes, seededStore, verify } from './helpers';

let good: Uint8Array;
let fingerprint: string;
beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  good = (await exportToBytes((await seededStore()).store)).bytes;
  fingerprint = (await verify(good)).fingerprint!;
});

describe('hostile bundles through the command line', () => {
  it('exit 1 or 2, the verdict in words, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-hostile-'));
    const codes: Record<number, number> = {};
    for (const b of await hostileBundles(good)) {
      const path = join(dir, `${b.name.replace(/[^a-z0-9-]+/gi, '_')}.zip`);
      writeFileSync(path, b.bytes);
      const out = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', path, '--key', fingerprint], { encoding: 'utf8' });
      codes[out.status ?? -1] = (codes[out.status ?? -1] ?? 0) + 1;
      expect([1, 2]).toContain(out.status);
      expect(out.stderr).toBe('');
      expect(out.stdout).toMatch(/^(INVALID|UNSAFE|UNREADABLE): /m);
      expect(out.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    console.log(`Hostile bundles through bin/reinstate-verify.mjs --key: exit codes ${Object.entries(codes).map(([c, n]) => `${c}×${n}`).join(', ')}`);
  }, 180_000);
});

describe('hostile bundles', () => {
  it('none verifies INTACT, none imports, nothing crashes', async () => {
    const list = await hostileBundles(good);
    const rows: string[] = [];
    const tally: Record<string, number> = {};
    let intact = 0;
    let imported = 0;
    for (const b of list) {
      // The recipient's view: they have the fingerprint from the sender's letter.
      const keyed = await verify(b.bytes, { expectedKey: fingerprint });
      // Without a key only bundles re-signed by a forger can be intact; the printed fingerprint then differs.
      const loose = await verify(b.bytes);
      const resigned = /resigned|unsafe-name/.test(b.name) || b.name.startsWith('unsafe-name');
      if (keyed.status === 'intact') intact++;
      if (!resigned && loose.status === 'intact') intact++;
      if (resigned && loose.status === 'intact') expect(loose.fingerprint).not.toBe(fingerprint);
      tally[keyed.status] = (tally[keyed.status] ?? 0) + 1;
      try {
        await planImport(bytesSource(b.bytes), { expectedKey: fingerprint });
        imported++;
      } catch (error) {
        expect((error as Error).message).toMatch(/nothing was imported/);
      }
      rows.push(`${keyed.status.padEnd(10)} ${b.group.padEnd(6)} ${b.name.padEnd(36)} ${keyed.unsafe[0] ? `${keyed.unsafe[0].reason}: ${JSON.stringify(keyed.unsafe[0].path)}` : (keyed.problems[0] ?? keyed.changed[0] ?? keyed.extra[0] ?? '')}`.slice(0, 180));
    }
    console.log(`Hostile bundles: ${list.length} · INTACT ${intact} · imported ${imported} · ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(' · ')}\n${rows.join('\n')}`);
    expect(list.length).toBeGreaterThanOrEqual(45);
    expect(intact).toBe(0);
    expect(imported).toBe(0);
  }, 120_000);
});

/** Byte offsets that no reader uses for content or names: DOS times, version fields, file attributes. */
async function unusedOffsets(bytes: Uint8Array): Promise<Set<number>> {
  const unused = new Set<number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of await listEntries(bytesSource(bytes))) for (const o of [4, 5, 10, 11, 12, 13]) unused.add(e.localOffset + o);
  const cdOffset = view.getUint32(bytes.length - 6, true);
  for (let p = cdOffset; view.getUint32(p, true) === 0x02014b50; ) {
    for (const o of [4, 5, 6, 7, 12, 13, 14, 15, 36, 37, 38, 39, 40, 41]) unused.add(p + o);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return unused;
}

describe('byte flips', () => {
  it('flipping a byte never gives INTACT outside the bytes no reader uses, and never crashes', async () => {
    const all = process.env.FLIP_ALL === '1';
    const unused = await unusedOffsets(good);
    const entries = await listEntries(bytesSource(good));
    const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
    // Every structural byte (headers, directory, end record), and a seeded sample of content bytes.
    const structural = new Set<number>();
    for (const e of entries) for (let i = 0; i < 30 + e.nameBytes.length; i++) structural.add(e.localOffset + i);
    for (let i = view.getUint32(good.length - 6, true); i < good.length; i++) structural.add(i);
    let seed = 0x5eed;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const positions = all ? [...good.keys()] : [...structural, ...Array.from({ length: 600 }, () => Math.floor(random() * good.length))];
    const tally: Record<string, number> = {};
    let intactUnused = 0;
    let intactUsed = 0;
    let crashes = 0;
    for (const at of positions) {
      const flipped = good.slice();
      flipped[at] ^= 1 + Math.floor(random() * 255);
      try {
        const v = await verify(flipped, { expectedKey: fingerprint });
        tally[v.status] = (tally[v.status] ?? 0) + 1;
        if (v.status === 'intact') unused.has(at) ? intactUnused++ : intactUsed++;
      } catch {
        crashes++;
      }
    }
    console.log(`Byte flips (${all ? 'every byte' : 'structural bytes + 600 seeded content bytes'}) of a ${good.length}-byte bundle: ${positions.length} flips · INTACT outside unused bytes ${intactUsed} · INTACT in unused bytes ${intactUnused} (of ${unused.size} unused bytes: DOS times, versions, attributes) · crashes ${crashes} · ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(' · ')}`);
    expect(intactUsed).toBe(0);
    expect(crashes).toBe(0);
  }, 600_000);
});
