// @vitest-environment node
import { it } from 'vitest';
import { newInventoryState, runInventory, type RunnerDeps } from '@/utils/inventory/runner';
import { figure, heading, QUICK, size } from './report';
import { benchStore } from './store';

const BOARDS = size('BENCH_INVENTORY_BOARDS', 50, 4);
const PINS_PER_BOARD = size('BENCH_INVENTORY_PINS_PER_BOARD', 1000, 100);
const GAP_MS = size('BENCH_INVENTORY_GAP_MS', 5, 5);

it('bench:inventory', async () => {
  const pinJson = (board: number, k: number) => ({ type: 'pin', id: `${board}-${k}`, title: `Pin ${k}`, description: 'x'.repeat(120), board: { id: `b${board}` }, images: { orig: { url: `https://i.pinimg.com/originals/${board}/${k}.jpg` }, '236x': { url: 'u' } } });
  const page = (items: unknown[], offset: number, total: number) =>
    JSON.stringify({ resource: { options: { bookmarks: [offset + 25 < total ? `b${offset + 25}` : '-end-'] } }, resource_response: { data: items } });
  let saved = 0;
  let peakHeap = 0;
  // Batches go to the real store, as the background's 'cs→bg:inventory-batch' handler does.
  const store = benchStore();
  const c = await store.addCase({ title: 'Benchmark case' });
  const initial = newInventoryState('inv_bench', 'maya', undefined, new Date());
  await store.startInventory(c.id, initial);
  const deps: RunnerDeps = {
    origin: 'https://www.pinterest.com',
    fetchPage: async (url) => {
      const u = new URL(url);
      const options = JSON.parse(u.searchParams.get('data')!).options as { board_id?: string; bookmarks?: string[] };
      const offset = options.bookmarks ? Number(options.bookmarks[0]!.slice(1)) : 0;
      if (u.pathname.includes('BoardsResource')) {
        const boards = Array.from({ length: BOARDS }, (_, i) => ({ id: `b${i}`, name: `Board ${i}`, url: `/m/b${i}/`, pin_count: PINS_PER_BOARD, section_count: 0 }));
        return { status: 200, text: page(boards.slice(offset, offset + 25), offset, BOARDS) };
      }
      const board = Number(String(options.board_id).slice(1));
      const items = Array.from({ length: Math.min(25, PINS_PER_BOARD - offset) }, (_, k) => pinJson(board, offset + k));
      return { status: 200, text: page(items, offset, PINS_PER_BOARD) };
    },
    save: async (batch) => {
      const status = await store.saveInventoryBatch(batch);
      saved += batch.pins.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return { status };
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now(),
    random: () => 0,
    gapMs: GAP_MS,
    jitterMs: 0,
  };
  const base = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const state = await runInventory(initial, deps);
  const seconds = (performance.now() - t0) / 1000;
  const requests = state.counts.requests;
  const budgetPerSecond = (25 * 1000) / GAP_MS;
  const stored = await store.countPins('inv_bench');
  heading(`Inventory runner${QUICK ? ' (quick)' : ''}: ${BOARDS} boards × ${PINS_PER_BOARD} pins at a ${GAP_MS} ms pace (shortened; the real floor is 1 s), into the real Store over fake-indexeddb`);
  figure('pins saved', `${saved} in ${requests} requests, status ${state.status}; ${stored} pins in the store`);
  figure('throughput', `${(saved / seconds).toFixed(0)} pins/s against a budget of ${budgetPerSecond.toFixed(0)} pins/s = ${((saved / seconds / budgetPerSecond) * 100).toFixed(0)}% (goal ≥ 90%)`);
  figure('peak heap above start while running', `${((peakHeap - base) / 1024 / 1024).toFixed(1)} MB, including the pins fake-indexeddb keeps in memory (${(((peakHeap - base) / Math.max(1, stored)) / 1024).toFixed(2)} kB/pin); a browser keeps them on disk`);
  if (state.status !== 'done' || stored !== BOARDS * PINS_PER_BOARD) throw new Error(`bench:inventory: run ${state.status} (${state.message ?? ''}), ${stored} of ${BOARDS * PINS_PER_BOARD} pins stored`);
  figure('at the real default pace (1.5 s + up to 0.75 s jitter)', `about ${(((requests / Math.max(1, saved)) * 50_000 * 1.875) / 60).toFixed(0)} min for 50,000 pins`);
});
