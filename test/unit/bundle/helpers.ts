import { zipSync, type Zippable } from 'fflate';
import { exportBundle, type ExportOptions } from '@/utils/bundle/export';
import { browserHashEntry } from '@/utils/bundle/import';
import { createSigningKey, keyFingerprint, signBytes, type SigningKey } from '@/utils/bundle/signing';
import type { VerifyOptions } from '@/utils/bundle/verify-core.js';
import { verifyBundle } from '@/utils/bundle/verify.js';
import { bytesSource, listEntries, readEntry } from '@/utils/bundle/zip-reader.js';
import { Store } from '@/utils/db/store';
import { sha256Hex } from '@/utils/hash';

export async function seededStore(): Promise<{ store: Store; caseId: string }> {
  const store = new Store();
  const c = await store.currentCase('Pinterest ban');
  await store.updateCase(c.id, { region: 'eu', decisionDate: '2025-05-01', account: 'maya_makes' });
  const png = new Uint8Array(2000).map((_, i) => (i * 7) % 256);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes: png.buffer, url: 'https://www.pinterest.com/login/', title: 'Log in', provenance: { browser: 'Chrome 156', extensionVersion: '0.1.0' }, capturedAt: new Date('2025-05-02T09:15:01Z'), thumb: { mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 1, 2, 3]).buffer } });
  await store.addEvidence({ caseId: c.id, kind: 'mhtml', mime: 'multipart/related', bytes: new TextEncoder().encode('From: <Saved by Blink>\r\n<html>…</html>').buffer as ArrayBuffer, url: 'https://www.pinterest.com/login/', title: 'Log in', provenance: { browser: 'Chrome 156', extensionVersion: '0.1.0' }, capturedAt: new Date('2025-05-02T09:15:02Z') });
  await store.addNotice({ id: 'notice_1', caseId: c.id, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 'Your account has been suspended for violating our <b>community guidelines</b>.', textHash: 'h', dedupeKey: 'k1', url: 'https://www.pinterest.com/login/', title: 'Log in', seenAt: '2025-05-02T09:15:00.000Z', timeZone: 'Europe/Berlin', confidence: 0.9, signals: [], evidenceIds: [] });
  await store.addLetter({ caseId: c.id, kind: 'internal-complaint', language: 'en', tone: 'formal', subject: 'Complaint', body: 'Dear team…' });
  await store.startInventory(c.id, { id: 'inv_1', username: 'maya_makes', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: 2, requests: 3 }, startedAt: '2025-04-30T10:00:00.000Z', updatedAt: '2025-04-30T10:05:00.000Z' });
  await store.saveInventoryBatch({
    state: { id: 'inv_1', username: 'maya_makes', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: 2, requests: 3 }, startedAt: '2025-04-30T10:00:00.000Z', updatedAt: '2025-04-30T10:05:00.000Z' },
    boards: [{ id: 'b1', name: 'Kitchen, ideas', url: '/maya_makes/kitchen/', privacy: 'secret', pinCount: 2, sectionCount: 0, archived: false }],
    pins: ['p1', 'p2'].map((id) => ({ id, title: `Pin ${id}`, description: '', link: '', imageOriginal: '', imageSmall: '', boardId: 'b1', sectionId: '', createdAt: '', pinner: 'maya_makes', source: 'test' })),
  });
  await store.addCorrespondence({ caseId: c.id, at: '2025-05-03T10:00:00.000Z', channel: 'email', direction: 'received', summary: 'Template reply', text: 'We reviewed your account.', attachmentIds: [] });
  return { store, caseId: c.id };
}

let key: Promise<SigningKey> | undefined;
/** One signing key per test file, standing in for the install's key. */
export const testKey = () => (key ??= createSigningKey());
export const signWith = (k: SigningKey) => async (manifestBytes: Uint8Array) => ({ signature: await signBytes(k.privateKey, manifestBytes), publicKey: k.publicKey, publicKeyId: k.id });

/** Exports signed with the test key, unless `unsigned` (or another `sign`) is given. */
export async function exportToBytes(store: Store, options: Partial<ExportOptions> & { unsigned?: boolean; byReference?: boolean } = {}) {
  // Stored Blobs come by reference, as the bundle page takes them (`byReference: false`: every file's bytes written).
  const chunks: (Uint8Array | Blob)[] = [];
  const { unsigned, byReference = true, ...rest } = options;
  const key = await testKey();
  const signing = unsigned || rest.sign ? {} : { sign: signWith(key), keyFingerprint: await keyFingerprint(key.publicKey, sha256Hex) };
  const result = await exportBundle(store, { generator: 'Reinstate test', now: new Date('2025-06-01T00:00:00Z'), ...(byReference ? { writeBlob: (b: Blob) => void chunks.push(b) } : {}), ...signing, ...rest }, (c) => void chunks.push(c));
  const blobs = chunks.filter((c): c is Blob => c instanceof Blob).length;
  for (let i = 0; i < chunks.length; i++) if (chunks[i] instanceof Blob) chunks[i] = new Uint8Array(await (chunks[i] as Blob).arrayBuffer());
  const bytes = new Uint8Array((chunks as Uint8Array[]).reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks as Uint8Array[]) (bytes.set(c, o), (o += c.length));
  return { bytes, result, blobs };
}

/** As the bundle page verifies: one sequential scan, entries hashed from its windows. */
export const verify = (bytes: Uint8Array, options: VerifyOptions = {}) => verifyBundle(bytesSource(bytes), { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry, hashBytes: sha256Hex }, options);
/** Every entry read on its own through the random-access reader (the path before the scan, still used without `hashBytes`). */
export const verifyOneByOne = (bytes: Uint8Array, options: VerifyOptions = {}) => verifyBundle(bytesSource(bytes), { subtle: crypto.subtle, sha256Hex, hashEntry: browserHashEntry }, options);

/** Rebuilds a ZIP from `bytes` with `change` applied to its entries. */
export async function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const source = bytesSource(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const entry of await listEntries(source)) files[entry.name] = (await readEntry(source, entry)).slice();
  change(files);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])) as Zippable);
}
