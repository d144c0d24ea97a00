// @vitest-environment node
import { it } from 'vitest';
import { newInventoryState, runInventory, type RunnerDeps } from '@/utils/inventory/runner';
import { figure, heading, median, QUICK, size } from './report';
import { benchStore } from './store';

const BOARDS = size('BENCH_INVENTORY_BOARDS', 50, 4);
const PINS_PER_BOARD = size('BENCH_INVENTORY_PINS_PER_BOARD', 1000, 100);
const GAP_MS = size('BENCH_INVENTORY_GAP_MS', 5, 5);

/** A fake resource API: `boards` boards of `pinsPer` pins, 25 a page, answering at once. */
function fakeApi(boards: number, pinsPer: number): RunnerDeps['fetchPage'] {
  const pinJson = (board: number, k: number) => ({ type: 'pin', id: `${board}-${k}`, title: `Pin ${k}`, description: 'x'.repeat(120), board: { id: `b${board}` }, images: { orig: { url: `https://i.pinimg.com/originals/${board}/${k}.jpg` }, '236x': { url: 'u' } } });
  const page = (items: unknown[], offset: number, total: number) =>
    JSON.stringify({ resource: { options: { bookmarks: [offset + 25 < total ? `b${offset + 25}` : '-end-'] } }, resource_response: { data: items } });
  return async (url) => {
    const u = new URL(url);
    const options = JSON.parse(u.searchParams.get('data')!).options as { board_id?: string; bookmarks?: string[] };
    const offset = options.bookmarks ? Number(options.bookmarks[0]!.slice(1)) : 0;
    if (u.pathname.includes('BoardsResource')) {
      const list = Array.from({ length: boards }, (_, i) => ({ id: `b${i}`, name: `Board ${i}`, url: `/m/b${i}/`, pin_count: pinsPer, section_count: 0 }));
      return { status: 200, text: page(list.slice(offset, offset + 25), offset, boards) };
    }
    const board = Number(String(options.board_id).slice(1));
    const items = Array.from({ length: Math.min(25, pinsPer - offset) }, (_, k) => pinJson(board, offset + k));
    return { status: 200, text: page(items, offset, pinsPer) };
  };
}

/**
 * Two paces, both far faster than the real 1.5 s: at 5 ms (the stress figure, 50,000 pins, where the heap is
 * judged) Node's millisecond timers and fake-indexeddb working on the same event loop take a fixed 0.5–1 ms of
 * every gap, which says more about the bench than about the runner; at 25 ms (still 60× the real pace) that
 * fixed cost is small beside the gap, so what is left is the runner's own overhead.
 */
const PACES = [
  { gapMs: GAP_MS, boards: BOARDS, pinsPer: PINS_PER_BOARD, label: 'stress pace' },
  { gapMs: size('BENCH_INVENTORY_SLOW_GAP_MS', 25, 25), boards: size('BENCH_INVENTORY_SLOW_BOARDS', 10, 2), pinsPer: PINS_PER_BOARD, label: 'steady pace' },
];

it('bench:inventory', async () => {
  // Batches go to the real store, as the background's 'cs→bg:inventory-batch' handler does.
  const store = benchStore();
  const c = await store.addCase({ title: 'Benchmark case' });
  // A sub-millisecond clock: the pace is kept (and the gaps below measured) without rounding to whole milliseconds.
  const now = () => performance.timeOrigin + performance.now();
  let saved = 0;
  let peakHeap = 0;
  const deps = (fetchPage: RunnerDeps['fetchPage'], gapMs: number): RunnerDeps => ({
    origin: 'https://www.pinterest.com',
    fetchPage,
    save: async (batch) => {
      const status = await store.saveInventoryBatch(batch);
      saved += batch.pins.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return { status };
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now,
    random: () => 0,
    gapMs,
    jitterMs: 0,
  });
  // A short run first (its own run id), so the figures are of a warmed-up runner and store, not of the JIT compiling them.
  const warmUp = newInventoryState('inv_warmup', 'maya', undefined, new Date());
  await store.startInventory(c.id, warmUp);
  await runInventory(warmUp, deps(fakeApi(2, 100), GAP_MS));

  for (const [n, { gapMs, boards, pinsPer, label }] of PACES.entries()) {
    saved = 0;
    peakHeap = 0;
    const sentAt: number[] = [];
    const runId = `inv_bench_${n}`;
    const initial = newInventoryState(runId, 'maya', undefined, new Date());
    await store.startInventory(c.id, initial);
    const api = fakeApi(boards, pinsPer);
    const base = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const state = await runInventory(initial, deps(async (url, headers) => (sentAt.push(now()), api(url, headers)), gapMs));
    const seconds = (performance.now() - t0) / 1000;
    const requests = state.counts.requests;
    const budgetPerSecond = (25 * 1000) / gapMs;
    const stored = await store.countPins(runId);
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    heading(`Inventory runner${QUICK ? ' (quick)' : ''}, ${label}: ${boards} boards × ${pinsPer} pins at a ${gapMs} ms pace (shortened; the real floor is 1 s), into the real Store over fake-indexeddb`);
    figure('pins saved', `${saved} in ${requests} requests, status ${state.status}; ${stored} pins in the store`);
    figure('throughput', `${(saved / seconds).toFixed(0)} pins/s against a budget of ${budgetPerSecond.toFixed(0)} pins/s = ${((saved / seconds / budgetPerSecond) * 100).toFixed(0)}% (goal ≥ 90%)`);
    figure(`gap between requests (the floor is ${gapMs} ms)`, `shortest ${Math.min(...gaps).toFixed(2)} ms, median ${median(gaps).toFixed(2)} ms, longest ${Math.max(...gaps).toFixed(1)} ms`);
    figure('peak heap above start while running', `${((peakHeap - base) / 1024 / 1024).toFixed(1)} MB, including the pins fake-indexeddb keeps in memory (${(((peakHeap - base) / Math.max(1, stored)) / 1024).toFixed(2)} kB/pin); a browser keeps them on disk`);
    if (state.status !== 'done' || stored !== boards * pinsPer) throw new Error(`bench:inventory: run ${state.status} (${state.message ?? ''}), ${stored} of ${boards * pinsPer} pins stored`);
    if (Math.min(...gaps) < gapMs) throw new Error(`bench:inventory: a gap of ${Math.min(...gaps).toFixed(2)} ms is under the ${gapMs} ms floor`);
    if (n === 0) figure('at the real default pace (1.5 s + up to 0.75 s jitter)', `about ${(((requests / Math.max(1, saved)) * 50_000 * 1.875) / 60).toFixed(0)} min for 50,000 pins`);
  }
});
