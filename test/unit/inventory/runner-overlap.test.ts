// Issue 18: the runner writes page N while it waits for page N+1, and keeps every guarantee.
import { describe, expect, it } from 'vitest';
import { Store } from '@/utils/db/store';
import { newInventoryState, runInventory, type InventoryBatch, type RunnerDeps } from '@/utils/inventory/runner';

/** A fake Pinterest of `boards` boards × `pinsPer` pins on a fake clock; `tick` is how far a sleep of `ms` moves it. */
function fakeSite(boards: number, pinsPer: number, tick: (ms: number) => number = (ms) => ms) {
  const requests: { at: number; url: string }[] = [];
  let clock = 1_000_000;
  const timers: { at: number; resolve: () => void }[] = [];
  const page = (items: unknown[], offset: number) =>
    JSON.stringify({ resource: { options: { bookmarks: [offset + 25 < items.length ? `b${offset + 25}` : '-end-'] } }, resource_response: { data: items.slice(offset, offset + 25) } });
  const deps: RunnerDeps = {
    origin: 'https://www.pinterest.com',
    fetchPage: async (url) => {
      requests.push({ at: clock, url });
      const u = new URL(url);
      const options = (JSON.parse(u.searchParams.get('data')!) as { options: { board_id?: string; bookmarks?: string[] } }).options;
      const offset = options.bookmarks ? Number(options.bookmarks[0]!.slice(1)) : 0;
      if (u.pathname.includes('BoardsResource')) return { status: 200, text: page(Array.from({ length: boards }, (_, i) => ({ id: `board${i}`, name: `B${i}`, url: `/m/b${i}/`, pin_count: pinsPer, section_count: 0 })), offset) };
      const id = String(options.board_id);
      return { status: 200, text: page(Array.from({ length: pinsPer }, (_, i) => ({ type: 'pin', id: `${id}-pin${i}`, board: { id } })), offset) };
    },
    save: async () => ({ status: 'running' }),
    sleep: async (ms) => void (clock += tick(ms)),
    now: () => clock,
    random: () => 0.37,
    gapMs: 1000,
    jitterMs: 500,
  };
  /** Timers that fire only when the test moves the clock. */
  const manualSleep = (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock + ms, resolve }));
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.splice(0)) if (t.at <= clock) t.resolve();
      else timers.push(t);
  };
  return { deps, requests, manualSleep, advance };
}

const flush = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

/** Saves that answer only when the test says so. */
function deferredSaves() {
  const pending: { batch: InventoryBatch; answered: boolean; answer: (status: 'running' | 'cancelled') => void }[] = [];
  const save: RunnerDeps['save'] = (batch) =>
    new Promise((resolve) => {
      const entry = { batch, answered: false, answer: (status: 'running' | 'cancelled') => ((entry.answered = true), resolve({ status })) };
      pending.push(entry);
    });
  return { pending, save };
}

/** Answers every write as it comes until the run ends (bounded, so a stuck run fails instead of hanging). */
async function answerUntilDone(run: Promise<unknown>, pending: ReturnType<typeof deferredSaves>['pending']) {
  let done = false;
  void run.then(() => (done = true));
  for (let i = 0; i < 1000 && !done; i++) {
    for (const p of pending) if (!p.answered) p.answer('running');
    await flush();
  }
  expect(done).toBe(true);
}

describe('runInventory: the write of a page overlaps the wait for the next', () => {
  it('sends page N+1 while page N is being written, with at most one write in flight and in order', async () => {
    const site = fakeSite(1, 100);
    const { pending, save } = deferredSaves();
    const run = runInventory(newInventoryState('inv_o1', 'maya', undefined, new Date(0)), { ...site.deps, save });
    await flush();
    // The boards page is being written; the first pins page went out meanwhile, and no third request.
    expect(pending).toHaveLength(1);
    expect(site.requests).toHaveLength(2);
    expect(pending[0]!.batch.boards).toHaveLength(1);
    pending[0]!.answer('running');
    await flush();
    expect(pending).toHaveLength(2);
    expect(site.requests).toHaveLength(3);
    await answerUntilDone(run, pending);
    const final = await run;
    expect(final.status).toBe('done');
    // Every page was written once, in the order it was read: its cursor follows the previous one.
    const pinPages = pending.filter((p) => p.batch.pins.length > 0).map((p) => p.batch.pins[0]!.id);
    expect(pinPages).toEqual(['board0-pin0', 'board0-pin25', 'board0-pin50', 'board0-pin75']);
    for (let i = 1; i < site.requests.length; i++) expect(site.requests[i]!.at - site.requests[i - 1]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('keeps the pace a floor when the timer fires early', async () => {
    // Each sleep ends 0.7 ms early, as Node's and Chromium's timers can.
    const site = fakeSite(3, 60, (ms) => Math.max(0, ms - 0.7));
    const final = await runInventory(newInventoryState('inv_o2', 'maya', undefined, new Date(0)), site.deps);
    expect(final.status).toBe('done');
    const gaps = site.requests.slice(1).map((r, i) => r.at - site.requests[i]!.at);
    expect(gaps.length).toBeGreaterThan(5);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 + 0.37 * 500);
  });

  it('a cancel answered during the wait sends no further request', async () => {
    const site = fakeSite(1, 100);
    const { pending, save } = deferredSaves();
    const run = runInventory(newInventoryState('inv_o3', 'maya', undefined, new Date(0)), { ...site.deps, save, sleep: site.manualSleep });
    await flush();
    expect(site.requests).toHaveLength(1);
    site.advance(1500);
    await flush();
    // Page 1 (the boards) is being written while page 2 is read; the runner now waits for the pace.
    expect(site.requests).toHaveLength(2);
    pending[0]!.answer('cancelled');
    await flush();
    site.advance(1500);
    await flush();
    // Only the stop record is written after the cancel.
    expect(pending.filter((p) => !p.answered).map((p) => p.batch.state.status)).toEqual(['cancelled']);
    pending.at(-1)!.answer('cancelled');
    expect((await run).status).toBe('cancelled');
    expect(site.requests).toHaveLength(2);
  });

  it('when save sends requests itself (pin images), the next API request waits for it', async () => {
    const site = fakeSite(1, 60);
    const { pending, save } = deferredSaves();
    const run = runInventory(newInventoryState('inv_o4', 'maya', undefined, new Date(0)), { ...site.deps, save, saveMakesRequests: true });
    await flush();
    expect(site.requests).toHaveLength(1);
    pending[0]!.answer('running');
    await flush();
    expect(site.requests).toHaveLength(2);
    await answerUntilDone(run, pending);
    expect((await run).status).toBe('done');
  });

  it('a write that fails is not counted: the stop keeps the last written cursors, and the resumed run has no gap and no duplicate', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const initial = newInventoryState('inv_o5', 'maya', undefined, new Date(0));
    await store.startInventory(c.id, initial);
    const first = fakeSite(3, 60);
    let batches = 0;
    first.deps.save = async (batch) => {
      // The fourth page never reaches the store (a message lost with the background), but the stop record does.
      if (++batches === 4) throw new Error('Could not establish connection');
      return { status: await store.saveInventoryBatch(batch) };
    };
    const stopped = await runInventory(initial, first.deps);
    expect(stopped.status).toBe('stopped');
    expect(stopped.message).toMatch(/Could not establish connection/);
    const persisted = (await store.getInventory('inv_o5'))!.state;
    expect(persisted.status).toBe('stopped');
    expect(persisted.counts.pins).toBe(await store.countPins('inv_o5'));
    const second = fakeSite(3, 60);
    second.deps.save = async (batch) => ({ status: await store.saveInventoryBatch(batch) });
    const finished = await runInventory({ ...persisted, status: 'running' }, second.deps);
    expect(finished.status).toBe('done');
    const pins = await store.listPins('inv_o5');
    expect(pins).toHaveLength(180);
    expect(new Set(pins.map((p) => p.id)).size).toBe(180);
    expect(finished.counts.pins).toBe(180);
  });
});
