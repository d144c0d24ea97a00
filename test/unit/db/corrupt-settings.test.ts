import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { evidenceKey, signingKey, signManifest } from '@/utils/background/bundle';
import { openReinstateDb } from '@/utils/db/open';
import { DEFAULT_CASE_SETTING, Store } from '@/utils/db/store';
import { inventoryPace, paceFloor } from '@/utils/inventory/pace';
import { DEFAULT_PACE_MS } from '@/utils/inventory/runner';
import { toBase64 } from '@/utils/base64';

/**
 * The settings store in the corrupt-record matrix (issue 14 item 5): every
 * known setting with a value of the wrong type is listed as damaged, read as
 * absent, and nothing is replaced or lost.
 */
const WRONG: [string, unknown][] = [
  [DEFAULT_CASE_SETTING, 42],
  ['inventoryPaceMs', 'fast'],
  ['inventoryThumbnails', 'yes'],
  ['captureStamp', { on: 1 }],
  ['autoCapture:pinterest', 'no'],
  ['bundleExportedAt:case_x', 1714000000000],
  ['reminders', 'garbage'],
  ['signingKey', { privateKey: 'not a key', publicKey: {}, id: 7 }],
];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('damaged settings', () => {
  it('are named by listDamaged() and read as absent', async () => {
    const store = new Store();
    await store.currentCase('first');
    const db = await openReinstateDb();
    const wrong = WRONG;
    for (const [key, value] of wrong) await db.put('settings', { key, value });
    await db.put('settings', { key: 'somethingNewer', value: { any: 'shape' } });
    await db.put('settings', { key: 'bundleExportedAt:case_ok', value: '2026-05-01T00:00:00.000Z' });
    const damaged = (await store.listDamaged()).filter((d) => d.store === 'settings');
    expect(damaged.map((d) => d.id).sort()).toEqual(wrong.map(([k]) => k).sort());
    for (const [key] of wrong) expect(await store.getSetting(key)).toBeUndefined();
    // A setting this build does not know is left alone, not called damaged.
    expect(await store.getSetting('somethingNewer')).toEqual({ any: 'shape' });
    expect(await inventoryPace(store)).toBe(Math.max(paceFloor(), DEFAULT_PACE_MS));
    expect(await db.count('settings')).toBe(wrong.length + 2);
  });

  it('reminders saved by an older build with fields left out still count; a field of the wrong type does not', async () => {
    const store = new Store();
    await store.setSetting('reminders', { enabled: false });
    expect(await store.getSetting('reminders')).toEqual({ enabled: false });
    await store.setSetting('reminders', { enabled: true, daysBefore: ['7'] });
    expect(await store.getSetting('reminders')).toBeUndefined();
    expect((await store.listDamaged()).map((d) => d.id)).toEqual(['reminders']);
  });

  it('a current case that is not a case id does not make a second "My case"', async () => {
    const store = new Store();
    const first = await store.currentCase('first');
    const db = await openReinstateDb();
    await db.put('settings', { key: DEFAULT_CASE_SETTING, value: 42 });
    const again = await new Store().currentCase('My case');
    expect(again.id).toBe(first.id);
    expect((await store.listCases()).length).toBe(1);
  });

  it('a damaged evidence key is never replaced silently: signing says why and the key record stays', async () => {
    const store = new Store();
    const shown = await evidenceKey(store);
    expect(shown.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const db = await openReinstateDb();
    const broken = { privateKey: 'not a key', publicKey: {}, id: 7 };
    await db.put('settings', { key: 'signingKey', value: broken });
    await expect(signingKey(store)).rejects.toThrow(/evidence key is damaged/);
    await expect(signManifest(store, toBase64(new Uint8Array([1, 2, 3])))).rejects.toThrow(/evidence key is damaged/);
    expect((await db.get('settings', 'signingKey'))?.value).toEqual(broken);
  });
});
