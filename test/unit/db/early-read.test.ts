import { describe, expect, it } from 'vitest';
import { readCaseHeading } from '@/utils/db/early-read';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME, DEFAULT_CASE_SETTING } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';

describe('readCaseHeading: the popup\'s first read, before its scripts load', () => {
  it('gives the current case\'s id and title as the Store has them', async () => {
    const store = new Store();
    const c = await store.addCase({ title: 'Mein Fall <b>' });
    await store.setSetting(DEFAULT_CASE_SETTING, c.id);
    expect(await readCaseHeading()).toEqual({ id: c.id, title: 'Mein Fall <b>' });
    // The connection it opened is closed: the Store can still upgrade and write.
    await store.addCase({ title: 'Second' });
  });

  it('never creates a missing database (the migrations must build it), and answers undefined', async () => {
    expect(await readCaseHeading()).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = await openReinstateDb();
    expect([...db.objectStoreNames]).toContain('cases');
    db.close();
  });

  it('no setting, a damaged setting, a missing or damaged case: undefined (the page reads through the Store)', async () => {
    const store = new Store();
    const c = await store.addCase({ title: 'A' });
    expect(await readCaseHeading()).toBeUndefined();
    const db = await store.db();
    await db.put('settings', { key: DEFAULT_CASE_SETTING, value: 42 });
    expect(await readCaseHeading()).toBeUndefined();
    await db.put('settings', { key: DEFAULT_CASE_SETTING, value: 'case_gone' });
    expect(await readCaseHeading()).toBeUndefined();
    await db.put('settings', { key: DEFAULT_CASE_SETTING, value: c.id });
    await db.put('cases', { ...c, title: 7 } as never);
    expect(await readCaseHeading()).toBeUndefined();
  });

  it('reads an older database as it is, without upgrading it', async () => {
    const v1 = await openReinstateDb(DB_NAME, 1);
    await v1.put('cases', { id: 'case_old', title: 'Old', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: '2025-05-01T00:00:00.000Z' });
    await v1.put('settings', { key: DEFAULT_CASE_SETTING, value: 'case_old' });
    v1.close();
    expect(await readCaseHeading()).toEqual({ id: 'case_old', title: 'Old' });
    const dbs = await indexedDB.databases();
    expect(dbs.find((d) => d.name === DB_NAME)?.version).toBe(1);
  });
});
