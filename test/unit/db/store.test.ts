import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '@/utils/hash';
import { openReinstateDb } from '@/utils/db/open';
import { Store } from '@/utils/db/store';
import { ReinstateError } from '@/utils/errors';

const provenance = { browser: 'Chrome 156', extensionVersion: '0.1.0' };

function bytesOf(...values: number[]): ArrayBuffer {
  return new Uint8Array(values).buffer;
}

describe('Store: evidence', () => {
  it('gives back exactly the bytes it was given, with their SHA-256', async () => {
    const store = new Store();
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 31) % 256).buffer;
    const saved = await store.addEvidence({
      caseId: 'c1', kind: 'screenshot', mime: 'image/png', bytes, url: 'https://www.pinterest.com/', title: 'Pinterest', provenance,
      capturedAt: new Date('2026-05-01T10:00:00.123Z'), timeZone: 'Europe/Berlin',
    });
    expect(saved.sha256).toBe(await sha256Hex(bytes));
    expect(saved.capturedAt).toBe('2026-05-01T10:00:00.123Z');
    expect(saved.timeZone).toBe('Europe/Berlin');
    expect(saved.size).toBe(10_000);

    const again = new Store();
    const back = new Uint8Array(await again.getEvidenceBytes(saved.id));
    expect(back).toEqual(new Uint8Array(bytes));
    expect(await again.getEvidence(saved.id)).toMatchObject({ url: 'https://www.pinterest.com/', sha256: saved.sha256 });
    expect(await again.verifyEvidence(saved.id)).toBe(true);
  });

  it('lists newest first and filters by case', async () => {
    const store = new Store();
    for (const [i, caseId] of ['a', 'b', 'a'].entries()) {
      await store.addEvidence({
        caseId, kind: 'screenshot', mime: 'image/png', bytes: bytesOf(i), url: `https://x.test/${i}`, title: '', provenance,
        capturedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      });
    }
    const all = await store.listEvidence();
    expect(all.map((l) => (l.ok ? l.record.url : l.id))).toEqual(['https://x.test/2', 'https://x.test/1', 'https://x.test/0']);
    const caseA = await store.listEvidence({ caseId: 'a' });
    expect(caseA.map((l) => l.ok && l.record.url)).toEqual(['https://x.test/2', 'https://x.test/0']);
    expect(await store.listEvidence({ limit: 1 })).toHaveLength(1);
  });

  it('is append-only: a record id cannot be written twice', async () => {
    const store = new Store();
    const saved = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(1), url: 'u', title: '', provenance });
    const db = await openReinstateDb();
    await expect(db.add('evidence', { ...saved, url: 'rewritten' })).rejects.toThrow();
    expect((await store.getEvidence(saved.id))?.url).toBe('u');
    // The store's API has no way to edit evidence at all.
    expect(Object.getOwnPropertyNames(Store.prototype).filter((n) => /update|put|edit/i.test(n) && /evidence/i.test(n))).toEqual([]);
  });

  it('shows a damaged record as damaged and still lists the rest', async () => {
    const store = new Store();
    const good = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(1), url: 'https://ok.test/', title: '', provenance });
    const db = await openReinstateDb();
    await db.put('evidence', { id: 'ev_broken', caseId: 'c', capturedAt: '2026-01-01T00:00:00Z', sha256: 'nope' } as never);
    await db.put('evidence', { id: 'ev_no_time' } as never);
    const listed = await store.listEvidence();
    expect(listed.filter((l) => l.ok).map((l) => l.ok && l.record.id)).toEqual([good.id]);
    const damaged = listed.filter((l) => !l.ok);
    expect(damaged.map((d) => !d.ok && d.id).sort()).toEqual(['ev_broken', 'ev_no_time']);
    expect(damaged.every((d) => !d.ok && d.problem.length > 0)).toBe(true);
  });

  it('reports missing bytes as damaged, not as a crash', async () => {
    const store = new Store();
    const saved = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(1), url: 'u', title: '', provenance });
    await (await openReinstateDb()).delete('evidenceBytes', saved.id);
    await expect(store.getEvidenceBytes(saved.id)).rejects.toMatchObject({ code: 'damaged-record' });
  });

  it('deletes only with a log entry that says what was deleted and when', async () => {
    const now = new Date('2026-06-02T08:00:00Z');
    const store = new Store(undefined, () => now);
    const saved = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(7), url: 'https://p.test/', title: '', provenance });
    const entry = await store.deleteEvidence(saved.id, 'Duplicate of an earlier capture');
    expect(entry).toMatchObject({
      action: 'evidence.deleted',
      at: '2026-06-02T08:00:00.000Z',
      summary: 'Duplicate of an earlier capture',
      subject: { evidenceId: saved.id, sha256: saved.sha256, url: 'https://p.test/' },
    });
    expect(await store.getEvidence(saved.id)).toBeUndefined();
    await expect(store.getEvidenceBytes(saved.id)).rejects.toBeInstanceOf(ReinstateError);
    expect((await store.listLog()).map((l) => l.action)).toContain('evidence.deleted');
    await expect(store.deleteEvidence(saved.id, 'again')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('Store: a full disk', () => {
  it('says so clearly and leaves earlier records intact', async () => {
    const store = new Store();
    const before = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(1, 2, 3), url: 'https://first.test/', title: '', provenance });

    // Simulate the browser refusing the write of the bytes, as it does when the quota is reached.
    const realAdd = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'evidenceBytes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const attempt = store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: bytesOf(9), url: 'https://second.test/', title: '', provenance });
    await expect(attempt).rejects.toMatchObject({ code: 'storage-full' });
    await expect(attempt).rejects.toThrow(/no room left/);
    spy.mockRestore();

    const listed = await store.listEvidence();
    expect(listed.map((l) => l.ok && l.record.url)).toEqual(['https://first.test/']);
    expect(new Uint8Array(await store.getEvidenceBytes(before.id))).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('Store: cases', () => {
  it('creates a default case on first use and keeps returning it', async () => {
    const store = new Store();
    const first = await store.currentCase('My case');
    expect(first).toMatchObject({ title: 'My case', status: 'open', platform: 'pinterest' });
    expect((await new Store().currentCase('Other')).id).toBe(first.id);
    expect((await store.listCases())).toHaveLength(1);
    expect((await store.listLog()).map((l) => l.action)).toEqual(['case.created']);
  });

  it('pages asking at the same moment, each with its own Store, get one first case between them', async () => {
    // Firefox opens the welcome tab at install while the popup and background start: found there as two "My case".
    const cases = await Promise.all([new Store(), new Store(), new Store(), new Store()].map((s) => s.currentCase('My case')));
    expect(new Set(cases.map((c) => c.id)).size).toBe(1);
    expect(await new Store().listCases()).toHaveLength(1);
    expect((await new Store().listLog()).filter((l) => l.action === 'case.created')).toHaveLength(1);
  });
});
