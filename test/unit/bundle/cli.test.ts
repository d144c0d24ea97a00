// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportToBytes, rezip, seededStore } from './helpers';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/reinstate-verify.mjs', ...args], { encoding: 'utf8' });

describe('reinstate-verify (the Node command)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('exit codes: 0 intact, 1 tampered, 2 unreadable, 64 usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-cli-'));
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store);
    const good = join(dir, 'good.zip');
    writeFileSync(good, bytes);
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`manifest.json SHA-256: ${result.manifestSha256}`);
    expect(ok.stdout).toMatch(/INTACT: all \d+ files match/);

    const bad = join(dir, 'bad.zip');
    let target = '';
    writeFileSync(bad, await rezip(bytes, (files) => {
      target = Object.keys(files).find((n) => n.endsWith('.png'))!;
      files[target]![100] ^= 1;
    }));
    const tampered = run(bad);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`CHANGED  ${target}`);

    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'not a zip at all');
    const unreadable = run(junk);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stdout).toMatch(/too small to be a ZIP|not a ZIP file/);
    expect(run(join(dir, 'absent.zip')).status).toBe(2);
    expect(run().status).toBe(64);

    const asJson = JSON.parse(run(good, '--json').stdout);
    expect(asJson).toMatchObject({ status: 'intact', intact: true, changed: [], digest: 'valid', signature: 'valid' });
  });
});
