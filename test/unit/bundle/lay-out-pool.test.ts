// The lay-out pool's hand-back rules, with stand-in Workers: a batch a Worker
// cannot do (it says it failed, or the Worker itself stops) is done on the
// page, so the export never depends on Workers being there.
import { describe, expect, it, vi } from 'vitest';
import type { LayOut, LayOutJob } from '@/utils/bundle/lay-out';

type Behaviour = 'answer' | 'fail' | 'crash';
const behaviour: { next: Behaviour[] } = { next: [] };

class FakeWorker {
  onmessage?: (event: { data: unknown }) => void;
  onerror?: (event: { preventDefault(): void }) => void;
  terminated = false;
  postMessage(job: LayOutJob & { id: number }) {
    const what = behaviour.next.shift() ?? 'answer';
    setTimeout(() => {
      if (what === 'crash') return this.onerror?.({ preventDefault() {} });
      if (what === 'fail') return this.onmessage?.({ data: { id: job.id, failed: 'IndexedDB is not offered to Workers here' } });
      this.onmessage?.({ data: { id: job.id, data: new Uint8Array([9]), items: job.items.map(() => ({ failed: 'from the worker' })), took: { read: 1, layOut: 2, write: 3 } } });
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

vi.mock('@/utils/bundle/lay-out-worker.ts?worker', () => ({ default: FakeWorker }));

const job = (id: string): LayOutJob => ({ items: [{ id, name: `evidence/${id}.png`, mtime: NaN, sha256: '0'.repeat(64) }] });
const onThePage: LayOut = async (j) => ({ data: new Uint8Array([1]), items: j.items.map(() => ({ failed: 'from the page' })) });

describe('the lay-out Worker pool', () => {
  it('uses a Worker\'s answer and counts it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { layOutInWorkers } = await import('@/utils/bundle/lay-out-in-workers');
    behaviour.next = ['answer', 'answer'];
    const pool = layOutInWorkers(onThePage, 2);
    const [a, b] = await Promise.all([pool.layOut(job('a')), pool.layOut(job('b'))]);
    expect(a.items).toEqual([{ failed: 'from the worker' }]);
    expect(b.items).toEqual([{ failed: 'from the worker' }]);
    expect(pool.tally()).toEqual({ workers: 2, inWorkers: 2, onPage: 0, read: 2, layOut: 4, write: 6 });
    pool.close();
  });

  it('does on the page a batch a Worker could not do, and every batch of a Worker that stopped', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { layOutInWorkers } = await import('@/utils/bundle/lay-out-in-workers');
    behaviour.next = ['fail'];
    const pool = layOutInWorkers(onThePage, 1);
    expect((await pool.layOut(job('a'))).items).toEqual([{ failed: 'from the page' }]);
    behaviour.next = ['crash'];
    expect((await pool.layOut(job('b'))).items).toEqual([{ failed: 'from the page' }]);
    // The stopped Worker is gone: later batches go straight to the page.
    expect((await pool.layOut(job('c'))).items).toEqual([{ failed: 'from the page' }]);
    expect(pool.tally()).toMatchObject({ inWorkers: 0, onPage: 3 });
  });

  it('without Workers, everything is done on the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const { layOutInWorkers } = await import('@/utils/bundle/lay-out-in-workers');
    const pool = layOutInWorkers(onThePage, 2);
    expect((await pool.layOut(job('a'))).items).toEqual([{ failed: 'from the page' }]);
    expect(pool.tally()).toMatchObject({ workers: 0, onPage: 1 });
  });
});
