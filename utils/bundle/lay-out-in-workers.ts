/**
 * The export's lay-out Workers (`lay-out-worker.ts`) in a least-busy pool
 * (`least-busy-pool.ts`). A batch a Worker cannot do (no IndexedDB in Workers,
 * its script refused, a full disk) is done by `fallback` on the page, so the
 * export never depends on Workers being there.
 */
// Vite bundles the Worker into its own file under the extension's origin (script-src 'self' allows it in both browsers).
import LayOutWorker from './lay-out-worker.ts?worker';
import type { LayOut, LayOutJob, LaidOutBatch } from './lay-out';
import type { LayOutReply } from './lay-out-worker';
import { defaultWorkerCount, leastBusyPool } from './least-busy-pool';

/** What the pool did, for bench:scale: batches by Workers and on the page, and the Workers' ms summed by step. */
export interface LayOutTally {
  workers: number;
  inWorkers: number;
  onPage: number;
  read: number;
  layOut: number;
  write: number;
}

export function layOutInWorkers(fallback: LayOut, count = defaultWorkerCount()): { layOut: LayOut; close(): void; tally(): LayOutTally } {
  const tally: LayOutTally = { workers: 0, inWorkers: 0, onPage: 0, read: 0, layOut: 0, write: 0 };
  const onPage = (job: LayOutJob) => {
    tally.onPage++;
    return fallback({ items: job.items });
  };
  const pool = leastBusyPool<LayOutJob, LayOutReply, LaidOutBatch>({
    start: () => new LayOutWorker(),
    count,
    message: (job, id) => ({ id, ...job }),
    result: (data, job) => {
      // A batch the Worker could not do, and only that one, is done on the page.
      if ('failed' in data) return onPage(job);
      tally.inWorkers++;
      tally.read += data.took.read;
      tally.layOut += data.took.layOut;
      tally.write += data.took.write;
      return Promise.resolve({ data: data.data, items: data.items });
    },
    onPage,
  });
  tally.workers = pool.workers;
  return { layOut: pool.run, close: pool.close, tally: () => ({ ...tally }) };
}
