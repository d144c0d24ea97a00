import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { evidenceKey, signManifest } from '@/utils/background/bundle';
import { planImport } from '@/utils/bundle/import';
import { createSigningKey, formatFingerprint, normaliseExpectedKey } from '@/utils/bundle/signing';
import { bytesSource } from '@/utils/bundle/zip-reader.js';
import { Store } from '@/utils/db/store';
import { toBase64 } from '@/utils/base64';
import { sha256Hex } from '@/utils/hash';
import { exportToBytes, rezip, seededStore, signWith, testKey, verify } from './helpers';

const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/bundle/${name}`));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the signing key’s fingerprint', () => {
  it('is the SHA-256 of the key’s coordinates; the 0.1 key id is its first 16 hex digits', async () => {
    const key = await createSigningKey();
    const fingerprint = await sha256Hex(new TextEncoder().encode(`${key.publicKey.x}.${key.publicKey.y}`));
    const { bytes } = await exportToBytes((await seededStore()).store, { sign: signWith(key) });
    const v = await verify(bytes);
    expect(v).toMatchObject({ status: 'intact', fingerprint, keyId: key.id });
    expect(fingerprint.startsWith(key.id)).toBe(true);
    expect(formatFingerprint(fingerprint)).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(normaliseExpectedKey(formatFingerprint(fingerprint).toUpperCase())).toBe(fingerprint);
    expect(normaliseExpectedKey(key.id.replace(/(..)(?=.)/g, '$1:'))).toBe(key.id);
    expect(normaliseExpectedKey('not a key')).toBeNull();
  });

  it('the background hands out the same fingerprint it signs with (ui→bg:evidence-key)', async () => {
    const store = new Store();
    const shown = await evidenceKey(store);
    const signed = await signManifest(store, toBase64(new TextEncoder().encode('manifest')));
    expect(shown.keyId).toBe(signed.publicKeyId);
    expect(shown.fingerprint).toBe(await sha256Hex(new TextEncoder().encode(`${signed.publicKey.x}.${signed.publicKey.y}`)));
    expect(await evidenceKey(store)).toEqual(shown);
  });
});

describe('a bundle is signed or says loudly that it is not', () => {
  it('a failed signing stops the export with a message; nothing silently unsigned', async () => {
    const { store } = await seededStore();
    await expect(exportToBytes(store, { sign: async () => Promise.reject(new Error('key store locked')) })).rejects.toThrow(/could not be signed \(key store locked\), so it was not saved/);
    await expect(exportToBytes(store, { sign: async () => undefined })).rejects.toThrow(/could not be signed/);
    const other = await createSigningKey();
    const expected = (await verify((await exportToBytes(store)).bytes)).fingerprint;
    await expect(exportToBytes(store, { sign: signWith(other), keyFingerprint: expected })).rejects.toThrow(/another key than the one shown/);
  });

  it('an unsigned export carries its reason, in the digest, VERIFY.txt and report.html', async () => {
    const { store } = await seededStore();
    const { bytes, result } = await exportToBytes(store, { unsigned: true, unsignedReason: 'the person chose not to sign it' });
    expect(result).toMatchObject({ signed: false, unsignedReason: 'the person chose not to sign it' });
    let digest: Record<string, unknown> = {};
    let verifyText = '';
    let report = '';
    await rezip(bytes, (files) => {
      digest = json(files['manifest-digest.json']!);
      verifyText = new TextDecoder().decode(files['VERIFY.txt']);
      report = new TextDecoder().decode(files['report.html']);
    });
    expect(digest.unsigned).toBe('the person chose not to sign it');
    expect(digest).not.toHaveProperty('signature');
    expect(verifyText).toContain('THIS BUNDLE IS NOT SIGNED: the person chose not to sign it');
    expect(report).toMatch(/not signed/i);
    expect(await verify(bytes)).toMatchObject({ status: 'invalid', signature: 'absent', unsignedReason: 'the person chose not to sign it' });
    expect(await verify(bytes, { allowUnsigned: true })).toMatchObject({ status: 'intact', signature: 'absent' });
  });
});

describe('the verifier refuses every downgrade', () => {
  const cases: [string, (files: Record<string, Uint8Array>) => void, { allowed: 'intact' | 'invalid' }][] = [
    ['manifest-digest.json deleted', (f) => void delete f['manifest-digest.json'], { allowed: 'intact' }],
    ['signature, key and key id stripped', (f) => {
      const { signature: _s, publicKey: _k, publicKeyId: _i, ...rest } = json(f['manifest-digest.json']!);
      f['manifest-digest.json'] = bytesOf(rest);
    }, { allowed: 'intact' }],
    ['"signature" renamed', (f) => {
      const { signature, ...rest } = json(f['manifest-digest.json']!);
      f['manifest-digest.json'] = bytesOf({ ...rest, signatur: signature });
    }, { allowed: 'invalid' }],
    ['signature not base64', (f) => void (f['manifest-digest.json'] = bytesOf({ ...json(f['manifest-digest.json']!), signature: '<not base64>' })), { allowed: 'invalid' }],
    ['signature of other bytes', (f) => void (f['manifest-digest.json'] = bytesOf({ ...json(f['manifest-digest.json']!), signature: btoa('x'.repeat(64)) })), { allowed: 'invalid' }],
    ['key id of another key', (f) => void (f['manifest-digest.json'] = bytesOf({ ...json(f['manifest-digest.json']!), publicKeyId: '0123456789abcdef' })), { allowed: 'invalid' }],
    ['both signed and "unsigned"', (f) => void (f['manifest-digest.json'] = bytesOf({ ...json(f['manifest-digest.json']!), unsigned: 'no' })), { allowed: 'invalid' }],
    ['digest not JSON', (f) => void (f['manifest-digest.json'] = new TextEncoder().encode('{"manifestSha256": ')), { allowed: 'invalid' }],
    ['digest an array', (f) => void (f['manifest-digest.json'] = bytesOf([1])), { allowed: 'invalid' }],
  ];
  it.each(cases)('%s: INVALID, and with --allow-unsigned only a plainly unsigned bundle passes', async (_name, change, { allowed }) => {
    const { store } = await seededStore();
    const tampered = await rezip((await exportToBytes(store)).bytes, change);
    const strict = await verify(tampered);
    expect(strict.status).toBe('invalid');
    expect(strict.problems.join(' ')).not.toBe('');
    expect((await verify(tampered, { allowUnsigned: true })).status).toBe(allowed);
    await expect(planImport(bytesSource(tampered))).rejects.toThrow(/nothing was imported/);
  });

  it('re-signed with another key after an edit: the other key is printed and --key fails it', async () => {
    const { store } = await seededStore();
    const original = await exportToBytes(store);
    const expected = (await verify(original.bytes)).fingerprint!;
    const forger = await createSigningKey();
    const notices = await store.listNotices();
    await store.addNotice({ ...notices[0]!, id: 'notice_forged', dedupeKey: 'k2', text: 'A notice the platform never sent.' });
    const forged = await exportToBytes(store, { sign: signWith(forger) });
    const loose = await verify(forged.bytes);
    expect(loose.status).toBe('intact');
    expect(loose.fingerprint).not.toBe(expected);
    expect(await verify(forged.bytes, { expectedKey: expected })).toMatchObject({ status: 'invalid', keyMatch: 'mismatch' });
    expect(await verify(forged.bytes, { expectedKey: expected.slice(0, 16) })).toMatchObject({ status: 'invalid', keyMatch: 'mismatch' });
    expect(await verify(original.bytes, { expectedKey: expected })).toMatchObject({ status: 'intact', keyMatch: 'match' });
    await expect(planImport(bytesSource(forged.bytes), { expectedKey: expected })).rejects.toThrow(/another key/);
    // An unsigned bundle can never be "from" the expected key, whatever else is allowed.
    expect((await verify((await exportToBytes(store, { unsigned: true })).bytes, { expectedKey: expected, allowUnsigned: true })).status).toBe('invalid');
  });
});

describe('bundles exported by Reinstate 0.1 still verify', () => {
  const keyId = readFileSync('test/fixtures/bundle/v0.1-signed.key.txt', 'utf8').trim();

  it('a signed 0.1 bundle is intact, shows its full fingerprint, and --key accepts its 16-hex publicKeyId', async () => {
    const v = await verify(fixture('v0.1-signed.zip'));
    expect(v).toMatchObject({ status: 'intact', signature: 'valid', keyId });
    expect(v.fingerprint!.startsWith(keyId)).toBe(true);
    expect(await verify(fixture('v0.1-signed.zip'), { expectedKey: keyId })).toMatchObject({ status: 'intact', keyMatch: 'match' });
    expect(await verify(fixture('v0.1-signed.zip'), { expectedKey: v.fingerprint })).toMatchObject({ status: 'intact', keyMatch: 'match' });
    expect(await verify(fixture('v0.1-signed.zip'), { expectedKey: (await testKey()).id })).toMatchObject({ status: 'invalid', keyMatch: 'mismatch' });
  });

  it('an unsigned 0.1 bundle is INVALID unless unsigned bundles are allowed', async () => {
    expect(await verify(fixture('v0.1-unsigned.zip'))).toMatchObject({ status: 'invalid', signature: 'absent' });
    const allowed = await verify(fixture('v0.1-unsigned.zip'), { allowUnsigned: true });
    expect(allowed).toMatchObject({ status: 'intact', signature: 'absent' });
    expect(allowed.unsignedReason).toMatch(/0\.1/);
  });

  it('a signed 0.1 bundle imports', async () => {
    const plan = await planImport(bytesSource(fixture('v0.1-signed.zip')), { expectedKey: keyId });
    expect(plan.records.notices).toHaveLength(1);
    expect(plan.records.evidence).toHaveLength(2);
  });
});
