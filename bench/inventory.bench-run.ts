// @vitest-environment node
import { it } from 'vitest';
import { newInventoryState, runInventory, type RunnerDeps } from '@/utils/inventory/runner';
import { figure, heading } from './report';

const BOARDS = 50;
const PINS_PER_BOARD = 1000;
const GAP_MS = Number(process.env.BENCH_INVENTORY_GAP_MS ?? 5);

it('bench:inventory', async () => {
  const pinJson = (board: number, k: number) => ({ type: 'pin', id: `${board}-${k}`, title: `Pin ${k}`, description: 'x'.repeat(120), board: { id: `b${board}` }, images: { orig: { url: `https://i.pinimg.com/originals/${board}/${k}.jpg` }, '236x': { url: 'u' } } });
  const page = (items: unknown[], offset: number, total: number) =>
    JSON.stringify({ resource: { options: { bookmarks: [offset + 25 < total ? `b${offset + 25}` : '-end-'] } }, resource_response: { data: items } });
  let saved = 0;
  let peakHeap = 0;
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
      saved += batch.pins.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return { status: 'running' };
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now(),
    random: () => 0,
    gapMs: GAP_MS,
    jitterMs: 0,
  };
  const base = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const state = await runInventory(newInventoryState('bench', 'maya', undefined, new Date()), deps);
  const seconds = (performance.now() - t0) / 1000;
  const requests = state.counts.requests;
  const budgetPerSecond = (25 * 1000) / GAP_MS;
  heading(`Inventory runner: ${BOARDS} boards × ${PINS_PER_BOARD} pins at a ${GAP_MS} ms pace (shortened; the real floor is 1 s)`);
  figure('pins saved', `${saved} in ${requests} requests, status ${state.status}`);
  figure('throughput', `${(saved / seconds).toFixed(0)} pins/s against a budget of ${budgetPerSecond.toFixed(0)} pins/s = ${((saved / seconds / budgetPerSecond) * 100).toFixed(0)}% (goal ≥ 90%)`);
  figure('peak heap above start while running', `${((peakHeap - base) / 1024 / 1024).toFixed(1)} MB (batches go to the store as they arrive)`);
  figure('at the real default pace (1.5 s + up to 0.75 s jitter)', `about ${((requests * 1.875) / 60).toFixed(0)} min for 50,000 pins`);
});
