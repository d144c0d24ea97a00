import { describe, expect, it } from 'vitest';
import { newestPicture } from '@/utils/cases/case-picture';
import { caseSteps } from '@/utils/cases/progress';
import { openReinstateDb } from '@/utils/db/open';
import type { EvidenceKind } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';

const provenance = { browser: 'x', extensionVersion: '1' };
const T0 = Date.parse('2026-01-01T00:00:00Z');

interface Row { caseId: string; kind: EvidenceKind; mime?: string; at: number }

/** Rows written straight into the database, as evidence-index.test.ts does (hashing is not what is tested). */
async function seed(rows: Row[]) {
  const db = await openReinstateDb();
  const tx = db.transaction('evidence', 'readwrite');
  rows.forEach((r, i) =>
    tx.store.add({ id: `ev_${i}_seed`, caseId: r.caseId, kind: r.kind, mime: r.mime ?? 'image/png', size: 1, sha256: '0'.repeat(64), capturedAt: new Date(r.at).toISOString(), timeZone: 'UTC', url: `https://x.test/${i}`, title: '', provenance }),
  );
  await tx.done;
}

/** Index counts are what made the whole list slow at scale (a count walks every pin image's index entry in Chromium). */
const counts = { n: 0 };
const realCount = IDBIndex.prototype.count;
IDBIndex.prototype.count = function (this: IDBIndex, ...args: Parameters<IDBIndex['count']>) {
  counts.n++;
  return realCount.apply(this, args);
};

/** What the case home showed before: `caseSteps` over the whole evidence list. */
async function screenshotStepFromWholeList(store: Store, caseId: string): Promise<boolean> {
  const evidence = (await store.listEvidence({ caseId })).flatMap((l) => (l.ok ? [l.record] : []));
  return caseSteps({ notices: [], evidence, inventories: [], letters: [], correspondence: [] }).find((s) => s.id === 'screenshot')!.done;
}

const pinImages = (caseId: string, n: number): Row[] => Array.from({ length: n }, (_, i) => ({ caseId, kind: 'thumbnail', at: T0 + 50_000_000 + i }));

describe('the case home\'s picture, read without the whole evidence list', () => {
  const cases: [string, Row[], boolean][] = [
    ['no evidence at all', [], false],
    ['only snapshots and pin images', [{ caseId: 'c0', kind: 'mhtml', mime: 'multipart/related', at: T0 }, ...pinImages('c0', 300)], false],
    ['a screenshot under 300 newer pin images', [{ caseId: 'c0', kind: 'screenshot', at: T0 }, ...pinImages('c0', 300)], true],
    ['a full page, newest', [{ caseId: 'c0', kind: 'mhtml', mime: 'multipart/related', at: T0 }, { caseId: 'c0', kind: 'fullpage', at: T0 + 5 }], true],
    ['a picture in another case only', [{ caseId: 'c1', kind: 'screenshot', at: T0 }, ...pinImages('c0', 20)], false],
    // Twelve newer "pictures" stored with a non-image MIME: the first page holds none that counts, so the rest is read.
    ['an image under 12 newer pictures that are not images', [{ caseId: 'c0', kind: 'element', at: T0 }, ...Array.from({ length: 12 }, (_, i): Row => ({ caseId: 'c0', kind: 'screenshot', mime: 'application/octet-stream', at: T0 + 10 + i }))], true],
    ['12 pictures, none an image', Array.from({ length: 12 }, (_, i): Row => ({ caseId: 'c0', kind: 'screenshot', mime: 'text/plain', at: T0 + i })), false],
  ];
  for (const [name, rows, expected] of cases) {
    it(`${name}: ${expected ? 'ticked' : 'not ticked'}, as over the whole list`, async () => {
      await seed(rows);
      const store = new Store();
      counts.n = 0;
      const picture = await newestPicture(store, 'c0');
      expect(counts.n).toBe(0);
      expect(picture !== undefined).toBe(expected);
      expect(await screenshotStepFromWholeList(store, 'c0')).toBe(expected);
      if (picture) {
        expect(picture.caseId).toBe('c0');
        expect(picture.mime.startsWith('image/')).toBe(true);
      }
    });
  }

  it('a picture added or deleted through the store changes the answer at once', async () => {
    const store = new Store();
    const { id: caseId } = await store.addCase({ title: 'A', region: 'eu' });
    expect(await newestPicture(store, caseId)).toBeUndefined();
    const shot = await store.addEvidence({ caseId, kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]).buffer, url: 'https://www.pinterest.com/', title: 'x', provenance });
    expect((await newestPicture(store, caseId))?.id).toBe(shot.id);
    await store.deleteEvidence(shot.id, 'test');
    expect(await newestPicture(store, caseId)).toBeUndefined();
    expect(await screenshotStepFromWholeList(store, caseId)).toBe(false);
  });

  it('`kinds` lists only those kinds of the case, newest first, with no damaged-row search', async () => {
    await seed([
      { caseId: 'c0', kind: 'screenshot', at: T0 + 1 },
      { caseId: 'c0', kind: 'mhtml', mime: 'multipart/related', at: T0 + 2 },
      { caseId: 'c0', kind: 'fullpage', at: T0 + 3 },
      ...pinImages('c0', 50),
    ]);
    const store = new Store();
    counts.n = 0;
    const listed = await store.listEvidence({ caseId: 'c0', kinds: ['screenshot', 'fullpage'] });
    expect(listed.map((l) => (l.ok ? l.record.kind : l.problem))).toEqual(['fullpage', 'screenshot']);
    expect(counts.n).toBe(0);
    // The whole list does count (that is how it finds rows no kind index holds): the spy sees it.
    await store.listEvidence({ caseId: 'c0' });
    expect(counts.n).toBeGreaterThan(0);
  });
});
