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
    const tx = db.transaction('evidence');
    expect([...tx.store.indexNames].sort()).toEqual(['capturedAt', 'caseId']);
    db.close();
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
