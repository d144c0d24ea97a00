import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '@/utils/db/migrations';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';

describe('migrations', () => {
  it('are numbered 1..N without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 builds every store from an empty database', async () => {
    const db = await openReinstateDb(DB_NAME, 1);
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'evidence', 'evidenceBytes', 'log', 'settings']);
    expect(db.version).toBe(1);
    const tx = db.transaction('evidence');
    expect([...tx.store.indexNames].sort()).toEqual(['capturedAt', 'caseId']);
    db.close();
  });

  it('002 adds notices with a unique dedupe key, keeping version-1 records', async () => {
    const v1 = await openReinstateDb(DB_NAME, 1);
    await v1.put('cases', { id: 'c1', title: 'Old case', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '2025-05-01T00:00:00.000Z' });
    v1.close();
    const v2 = await openReinstateDb(DB_NAME, 2);
    expect([...v2.objectStoreNames]).toContain('notices');
    expect((await v2.get('cases', 'c1'))?.title).toBe('Old case');
    const notice = { id: 'n1', dedupeKey: 'k', caseId: 'c1', seenAt: '2025-05-02T00:00:00.000Z' } as never;
    await v2.add('notices', notice);
    await expect(v2.add('notices', { ...(notice as object), id: 'n2' } as never)).rejects.toMatchObject({ name: 'ConstraintError' });
    v2.close();
  });

  it('an older database opens at the current version with its records kept', async () => {
    const old = await openReinstateDb(DB_NAME, 1);
    await old.put('settings', { key: 'kept', value: 42 });
    old.close();
    const current = await openReinstateDb();
    expect(current.version).toBe(DB_VERSION);
    expect((await current.get('settings', 'kept'))?.value).toBe(42);
    current.close();
  });

  it('a database newer than this build is reported, not wiped', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 5, { upgrade: (db) => db.createObjectStore('future') });
    newer.close();
    await expect(openReinstateDb()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
