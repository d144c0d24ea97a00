import { createSigningKey, keyFingerprint, signBytes, type SigningKey } from '../bundle/signing';
import { sha256Hex } from '../hash';
import { fromBase64 } from '../base64';
import type { EvidenceRecord } from '../db/schema';
import type { Store } from '../db/store';

const KEY_SETTING = 'signingKey';

/** The install's signing key, made on first use; the private half cannot be exported. */
export async function signingKey(store: Store): Promise<SigningKey> {
  const existing = await store.getSetting<SigningKey>(KEY_SETTING);
  if (existing?.privateKey) return existing;
  // A damaged key is never replaced silently: the fingerprint already in the user's letters would stop matching.
  const damaged = await store.settingProblem(KEY_SETTING);
  if (damaged) throw new Error(`${damaged}; it was kept as it is (Locker › Settings lists it)`);
  const created = await createSigningKey();
  await store.setSetting(KEY_SETTING, created);
  return created;
}

/** The evidence key's fingerprint (64 hex) and its 16-hex id, for the Locker, letters and the bundle page. */
export async function evidenceKey(store: Store): Promise<{ fingerprint: string; keyId: string }> {
  const key = await signingKey(store);
  const fingerprint = await keyFingerprint(key.publicKey, sha256Hex);
  return { fingerprint, keyId: fingerprint.slice(0, 16) };
}

export async function signManifest(store: Store, base64: string) {
  const key = await signingKey(store);
  return { signature: await signBytes(key.privateKey, fromBase64(base64)), publicKey: key.publicKey, publicKeyId: key.id };
}

/**
 * Evidence arrives from the import page in chunks (a message carries at most
 * 64 MiB); the pieces are joined here and stored once the last one is in.
 */
export class EvidenceImporter {
  private pending = new Map<string, Uint8Array[]>();

  constructor(private readonly store: Store) {}

  async accept(input: { record: Omit<EvidenceRecord, 'thumb'>; thumbBase64?: string; index: number; last: boolean; base64: string }): Promise<{ state: 'pending' | 'added' | 'skipped' | 'refused' }> {
    const parts = input.index === 0 ? [] : (this.pending.get(input.record.id) ?? []);
    parts.push(fromBase64(input.base64));
    if (!input.last) {
      this.pending.set(input.record.id, parts);
      return { state: 'pending' };
    }
    this.pending.delete(input.record.id);
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) (bytes.set(part, offset), (offset += part.length));
    const thumb = input.thumbBase64 ? { mime: 'image/jpeg', bytes: fromBase64(input.thumbBase64).slice().buffer } : undefined;
    const state = await this.store.importEvidence({ ...input.record, ...(thumb ? { thumb } : {}) }, bytes.buffer);
    return { state };
  }

  /** Many small items in one message, stored in one transaction (each still hashed and validated by the store). */
  async acceptBatch(input: { items: { record: Omit<EvidenceRecord, 'thumb'>; thumbBase64?: string; base64: string }[] }) {
    const items = (Array.isArray(input?.items) ? input.items : []).map(({ record, thumbBase64, base64 }) => ({
      record: { ...record, ...(thumbBase64 ? { thumb: { mime: 'image/jpeg', bytes: fromBase64(thumbBase64).slice().buffer } } : {}) } as EvidenceRecord,
      bytes: fromBase64(base64).buffer as ArrayBuffer,
    }));
    return this.store.importEvidenceBatch(items);
  }
}
