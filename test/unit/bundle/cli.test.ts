// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatFingerprint } from '@/utils/bundle/signing';
import { exportToBytes, rezip, seededStore, verify } from './helpers';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/reinstate-verify.mjs', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('reinstate-verify (the Node command)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('exit codes: 0 intact, 1 invalid, 2 unreadable or unsafe, 64 usage; the key is always printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-cli-'));
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store);
    const { fingerprint } = await verify(bytes);
    const good = join(dir, 'good.zip');
    writeFileSync(good, bytes);
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`manifest.json SHA-256: ${result.manifestSha256}`);
    expect(ok.stdout).toContain(`signed by key: ${formatFingerprint(fingerprint!)}`);
    expect(ok.stdout).toMatch(/INTACT: all \d+ files match/);
    expect(run(good, '--key', formatFingerprint(fingerprint!)).stdout).toContain('(the key you expected)');
    const otherKey = run(good, '--key', 'ab'.repeat(32));
    expect(otherKey.status).toBe(1);
    expect(otherKey.stdout).toContain('NOT the key you expected');
    expect(run(good, '--key', 'nonsense').status).toBe(64);

    const bad = join(dir, 'bad.zip');
    let target = '';
    writeFileSync(bad, await rezip(bytes, (files) => {
      target = Object.keys(files).find((n) => n.endsWith('.png'))!;
      files[target]![100] ^= 1;
    }));
    const tampered = run(bad);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`CHANGED  ${target}`);

    const unsigned = join(dir, 'unsigned.zip');
    writeFileSync(unsigned, (await exportToBytes(store, { unsigned: true, unsignedReason: 'test' })).bytes);
    expect(run(unsigned).status).toBe(1);
    expect(run(unsigned).stdout).toContain('signed by key: none (unsigned: test)');
    expect(run(unsigned, '--allow-unsigned').status).toBe(0);

    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'not a zip at all');
    const unreadable = run(junk);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stdout).toMatch(/too small to be a ZIP|not a ZIP file/);
    expect(unreadable.stderr).toBe('');
    expect(run(join(dir, 'absent.zip')).status).toBe(2);
    const trailing = join(dir, 'trailing.zip');
    writeFileSync(trailing, new Uint8Array([...bytes, 1, 2, 3]));
    expect(run(trailing).status).toBe(2);
    expect(run().status).toBe(64);

    const asJson = JSON.parse(run(good, '--json').stdout);
    expect(asJson).toMatchObject({ status: 'intact', intact: true, changed: [], digest: 'valid', signature: 'valid', fingerprint });
  }, 60_000);

  it('--json into a pipe is complete beyond 64 KiB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-cli-'));
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const many = join(dir, 'many.zip');
    writeFileSync(many, await rezip(bytes, (files) => {
      for (let i = 0; i < 3000; i++) files[`extra/added-later-with-a-long-name-${String(i).padStart(5, '0')}.txt`] = new Uint8Array([i & 0xff]);
    }));
    const out = run(many, '--json');
    expect(out.status).toBe(1);
    expect(out.stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(out.stdout).extra).toHaveLength(3000);
  }, 60_000);

  it('the verify.mjs inside a bundle runs with plain node, outside this repository, on the ZIP and on the unzipped folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-standalone-'));
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const zipPath = join(dir, 'bundle.zip');
    writeFileSync(zipPath, bytes);
    const folder = join(dir, 'unzipped');
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), data);
    }
    const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const inFolder = node([join(folder, 'verify.mjs')]);
    expect(inFolder.stderr).toBe('');
    expect(inFolder.status).toBe(0);
    expect(inFolder.stdout).toMatch(/INTACT: all \d+ files match their SHA-256 and the signature is valid/);
    expect(node([join(folder, 'verify.mjs'), zipPath]).status).toBe(0);
    const evidence = Object.keys(unzipSync(bytes)).find((n) => n.endsWith('.png'))!;
    const png = unzipSync(bytes)[evidence]!;
    png[10] ^= 1;
    writeFileSync(join(folder, evidence), png);
    writeFileSync(join(folder, 'planted.html'), '<script>alert(1)</script>');
    const changed = node([join(folder, 'verify.mjs')]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain(`CHANGED  ${evidence}`);
    expect(changed.stdout).toContain('EXTRA    planted.html');
  }, 60_000);
});
