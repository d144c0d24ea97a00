import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { DISK_FULL_MESSAGE, newInventoryState, runInventory, type RunnerDeps } from '@/utils/inventory/runner';
import type { NoticeSeen } from '@/utils/messages';
import { NoticeRateLimiter, recordNotice, type RecordNoticeDeps } from '@/utils/notices/record';

const provenance = { browser: 'x', extensionVersion: '1' };
const seen: NoticeSeen = {
  kind: 'account_suspended', confidence: 0.9, language: 'en', platform: 'pinterest', account: 'maya',
  text: 'Your account has been suspended.', url: 'https://www.pinterest.com/login/', title: 'Pinterest', signals: ['s'], matched: ['m'],
};

function noticeDeps(store: Store, extra: Partial<RecordNoticeDeps> = {}): RecordNoticeDeps {
  return {
    store,
    captureTab: (_tab, noticeId, caseId) => store.addEvidence({ caseId, noticeId, kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([1]).buffer, url: seen.url, title: '', provenance }),
    setBadge: async () => undefined,
    userAgent: 'test',
    extensionVersion: '0.1.0',
    ...extra,
  };
}

/** The browser refusing writes to some stores, as it does when the disk or quota is full. */
function fullDisk(stores: string[]) {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const realAdd = IDBObjectStore.prototype.add;
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (stores.includes(this.name)) throw quota();
    return realAdd.apply(this, args);
  });
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (stores.includes(this.name)) throw quota();
    return realPut.apply(this, args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('a notice and its evidence are one write', () => {
  it('a full notices store leaves no orphan evidence (and no screenshot is taken)', async () => {
    const store = new Store();
    await store.currentCase('c');
    const captureTab = vi.fn(noticeDeps(store).captureTab);
    fullDisk(['notices']);
    await expect(recordNotice(noticeDeps(store, { captureTab }), seen, 3)).rejects.toMatchObject({ code: 'storage-full' });
    vi.restoreAllMocks();
    const db = await openReinstateDb();
    expect(await db.count('evidence')).toBe(0);
    expect(await db.count('evidenceBytes')).toBe(0);
    expect(await db.count('notices')).toBe(0);
    expect(captureTab).not.toHaveBeenCalled();
  });

  it('stores the words with the notice and lists the later screenshot on it', async () => {
    const store = new Store();
    const saved = await recordNotice(noticeDeps(store), seen, 3);
    expect(saved).toMatchObject({ stored: true, screenshot: true });
    const notice = (await store.getNotice(saved.stored ? saved.noticeId : ''))!;
    expect(notice.evidenceIds).toHaveLength(2);
    for (const id of notice.evidenceIds) expect((await store.getEvidence(id))?.noticeId).toBe(notice.id);
  });
});

describe('notices per tab are rate-limited', () => {
  it('stores at most 3 new notices per tab per minute and says so once in the log', async () => {
    const store = new Store();
    let now = Date.parse('2026-06-01T10:00:00Z');
    const deps = noticeDeps(store, { clock: () => new Date(now), limiter: new NoticeRateLimiter(3, 60_000) });
    const results = [];
    for (let i = 0; i < 30; i++) {
      results.push(await recordNotice(deps, { ...seen, text: `Your account has been suspended (${i}).` }, 9));
      now += 500;
    }
    expect(results.filter((r) => r.stored)).toHaveLength(3);
    expect(results.filter((r) => !r.stored && r.reason === 'rate-limited')).toHaveLength(27);
    expect(await store.listNotices()).toHaveLength(3);
    expect((await store.listLog()).filter((e) => e.action === 'notice.limited')).toHaveLength(1);
    // Another tab is not held back, and the tab gets its turn again after a minute.
    expect(await recordNotice(deps, { ...seen, text: 'other tab' }, 10)).toMatchObject({ stored: true });
    now += 60_000;
    expect(await recordNotice(deps, { ...seen, text: 'a minute later' }, 9)).toMatchObject({ stored: true });
  });
});

describe('page-supplied strings are capped on store', () => {
  it('a 1 MB title or URL is stored cut, with the rest of the record intact', async () => {
    const store = new Store();
    const huge = 'T'.repeat(1_000_000);
    const ev = await store.addEvidence({ caseId: 'c', kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([1]).buffer, url: `https://x.test/${huge}`, title: huge, provenance });
    expect(ev.title.length).toBeLessThanOrEqual(500);
    expect(ev.url.length).toBeLessThanOrEqual(8192);
    const saved = await recordNotice(noticeDeps(store), { ...seen, title: huge, text: huge, signals: Array(1000).fill(huge) }, 1);
    const notice = (await store.getNotice(saved.stored ? saved.noticeId : ''))!;
    expect(notice.title.length).toBeLessThanOrEqual(500);
    expect(notice.text.length).toBeLessThanOrEqual(20_000);
    expect(notice.signals.length).toBeLessThanOrEqual(100);
    expect(Math.max(...notice.signals.map((s) => s.length))).toBeLessThanOrEqual(200);
    expect((await store.addCase({ title: huge })).title.length).toBeLessThanOrEqual(500);
  });
});

describe('a full disk during an inventory', () => {
  const onePage = (): RunnerDeps => ({
    origin: 'https://www.pinterest.com',
    fetchPage: async () => ({ status: 200, text: JSON.stringify({ resource_response: { status: 'success', data: [{ id: 'b1', name: 'B', url: '/m/b/', pin_count: 0, section_count: 0 }] }, resource: { options: { bookmarks: ['-end-'] } } }) }),
    save: async () => ({ status: 'running' }),
    sleep: async () => undefined,
    now: () => 0,
    random: () => 0,
    gapMs: 0,
    jitterMs: 0,
  });

  it('stops the run with a clear message, even when the stop itself cannot be written', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const initial = newInventoryState('inv_disk1', 'maya', undefined, new Date(0));
    await store.startInventory(c.id, initial);
    fullDisk(['inventories', 'boards', 'pins']);
    const deps = { ...onePage(), save: async (batch: Parameters<RunnerDeps['save']>[0]) => ({ status: await store.saveInventoryBatch(batch) }) };
    const final = await runInventory(initial, deps);
    expect(final).toMatchObject({ status: 'stopped', message: DISK_FULL_MESSAGE });
    expect((await store.getInventory('inv_disk1'))!.state).toMatchObject({ status: 'stopped', message: DISK_FULL_MESSAGE });
    expect((await store.listInventories())[0]!.state.status).toBe('stopped');
    vi.restoreAllMocks();
  });

  it('writes the stop to disk when only the batch does not fit', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const initial = newInventoryState('inv_disk2', 'maya', undefined, new Date(0));
    await store.startInventory(c.id, initial);
    fullDisk(['boards', 'pins']);
    const deps = { ...onePage(), save: async (batch: Parameters<RunnerDeps['save']>[0]) => ({ status: await store.saveInventoryBatch(batch) }) };
    expect((await runInventory(initial, deps)).message).toBe(DISK_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect((await new Store().getInventory('inv_disk2'))!.state).toMatchObject({ status: 'stopped', message: DISK_FULL_MESSAGE });
  });
});

describe('after another context upgrades or deletes the database', () => {
  it('the store closes its connection and reopens on next use', async () => {
    const store = new Store();
    await store.addCase({ title: 'before' });
    // Another context (a newer build, a reset) takes the database over.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await store.listCases()).toEqual([]);
    await store.addCase({ title: 'after' });
    expect((await store.listCases()).map((l) => l.ok && l.record.title)).toEqual(['after']);
  });
});
