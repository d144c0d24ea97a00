import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportToBytes, seededStore, verify } from '../bundle/helpers';

// Attack run (second): bundles the first run's generator did not make.
const results: { attack: string; held: boolean }[] = [];
const record = (attack: string, held: boolean) => (results.push({ attack, held }), held);
afterAll(() => {
  const held = results.filter((r) => r.held).length;
  process.stdout.write(`\n# redteam bundles: ${results.length} tried, ${held} held, ${results.length - held} failed\n`);
  for (const r of results) process.stdout.write(`#   ${r.held ? 'held  ' : 'FAILED'} ${r.attack}\n`);
});

const CEN = 0x02014b50;
/** Sets the Unix mode of one entry in the central directory: bytes the signature does not cover. */
function withUnixMode(bytes: Uint8Array, name: string, mode: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== CEN) continue;
    const nameLength = view.getUint16(p + 28, true);
    const here = out.subarray(p + 46, p + 46 + nameLength);
    if (nameLength === enc.length && here.every((b, i) => b === enc[i])) {
      view.setUint16(p + 4, (3 << 8) | 45, true); // made by Unix
      view.setUint32(p + 38, (mode << 16) >>> 0, true);
      return out;
    }
  }
  throw new Error(`${name} not found`);
}

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('entry types that unzip restores but the verifier would not see', () => {
  it.each([
    ['report.html as a symbolic link', 'report.html', 0o120777],
    ['manifest.json as a symbolic link', 'manifest.json', 0o120644],
    ['an evidence file as a FIFO', 'case.json', 0o010644],
    ['an evidence file as a block device', 'case.json', 0o060644],
  ])('%s: never INTACT', async (label, name, mode) => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    expect((await verify(bytes)).status).toBe('intact');
    const hostile = withUnixMode(bytes, name, mode);
    const verdict = await verify(hostile);
    expect(record(`bundle: ${label} (central-directory attributes only)`, verdict.status !== 'intact'), JSON.stringify(verdict.problems)).toBe(true);
  });

  it.skipIf(!hasUnzip)('unzip really does treat such an entry as a link, not as the file that was hashed (why this matters)', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const dir = mkdtempSync(join(tmpdir(), 'redteam-'));
    try {
      writeFileSync(join(dir, 'b.zip'), withUnixMode(bytes, 'report.html', 0o120777));
      const run = spawnSync('unzip', ['b.zip', '-d', 'out'], { cwd: dir, encoding: 'utf8' });
      // The link's target is the file's content: here too long to be a path, so unzip fails on it;
      // a sender who writes a short path as the content gets a working link in the recipient's folder.
      expect(`${run.stdout}${run.stderr}`).toMatch(/symlink/);
      expect(() => lstatSync(join(dir, 'out', 'report.html'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an ordinary Unix file mode (0644, 0755) still verifies', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    expect((await verify(withUnixMode(bytes, 'report.html', 0o100755))).status).toBe('intact');
  });
});

describe('records of a signed bundle that validate but are hostile in shape', () => {
  it('prototype keys, deep nesting and a huge extra field are refused one by one; the rest still imports', async () => {
    const { store } = await seededStore();
    const first = (await store.listCases())[0]!;
    const base = { ...(first.ok ? first.record : {}), title: 'Imported' } as Record<string, unknown>;
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const rows = [
      { ...base, id: 'case_aaaaaaaaaaaaaaaa', ...JSON.parse('{"__proto__": {"polluted": 1}}') },
      { ...base, id: 'case_bbbbbbbbbbbbbbbb', ...JSON.parse('{"constructor": {"prototype": {"polluted": 2}}}') },
      { ...base, id: 'case_cccccccccccccccc', extra: deep },
      { ...base, id: 'case_dddddddddddddddd', extra: new Array(300_000).fill(0) },
      { ...base, id: 'case_eeeeeeeeeeeeeeee' },
    ];
    let report: Awaited<ReturnType<typeof store.importRecords>> | undefined;
    let thrown: unknown;
    try {
      report = await store.importRecords({ cases: rows, notices: [], letters: [], correspondence: [], log: [] } as never);
    } catch (error) {
      thrown = error;
    }
    expect(record('import: a record nested 20,000 deep does not abort the whole import', thrown === undefined), String(thrown)).toBe(true);
    expect(record('import: __proto__ / constructor keys refused', report!.reasons.filter((r) => /carries a "(__proto__|constructor)" key/.test(r)).length === 2), report!.reasons.join('\n')).toBe(true);
    expect(record('import: a record with 300,000 values refused', report!.reasons.some((r) => /more than 200,000 values/.test(r)))).toBe(true);
    expect(report!.added).toBe(1);
    expect((await store.getCase('case_eeeeeeeeeeeeeeee'))?.title).toBe('Imported');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
