import { describe, expect, it } from 'vitest';
import { Store } from '@/utils/db/store';
import { BLOB_FROM } from '@/utils/db/stores/evidence';
import { sha256Hex } from '@/utils/hash';

// Under happy-dom a Blob does not survive fake-indexeddb's structured clone (it comes back as a plain object):
// a store there must keep the bytes as an ArrayBuffer rather than lose them. (In Node and in browsers it is a Blob:
// evidence-blobs.test.ts.)
describe('where a Blob does not survive IndexedDB', () => {
  it('a large file is kept as an ArrayBuffer and reads back exactly', async () => {
    expect(structuredClone(new Blob([new Uint8Array(1)])) instanceof Blob).toBe(false);
    const store = new Store();
    const c = await store.currentCase('Fallback');
    const bytes = new Uint8Array(BLOB_FROM + 10).map((_, i) => i & 0xff).buffer;
    const record = await store.addEvidence({ caseId: c.id, kind: 'screenshot', mime: 'image/png', bytes, url: 'https://www.pinterest.com/', title: 't', provenance: { browser: 'x', extensionVersion: '0' } });
    const row = await (await store.db()).get('evidenceBytes', record.id);
    expect(row!.bytes).toBeInstanceOf(ArrayBuffer);
    expect(await sha256Hex(await store.getEvidenceBytes(record.id))).toBe(record.sha256);
  });
});
