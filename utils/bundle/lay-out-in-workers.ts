/**
 * The export's lay-out Workers (`lay-out-worker.ts`), one per core (at most
 * 4), each batch to the least busy one. A batch a Worker cannot do (no
 * IndexedDB in Workers, its script refused, a full disk) is done by
 * `fallback` on the page, so the export never depends on Workers being there.
 */
// Vite bundles the Worker into its own file under the extension's origin (script-src 'self' allows it in both browsers).
import LayOutWorker from './lay-out-worker.ts?worker';
import type { LayOut, LayOutJob, LaidOutBatch } from './lay-out';
import type { LayOutReply } from './lay-out-worker';

const defaultWorkers = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));

/** What the pool did, for bench:scale: batches by Workers and on the page, and the Workers' ms summed by step. */
export interface LayOutTally {
  workers: number;
  inWorkers: number;
  onPage: number;
  read: number;
  layOut: number;
  write: number;
}

export function layOutInWorkers(fallback: LayOut, count = defaultWorkers()): { layOut: LayOut; close(): void; tally(): LayOutTally } {
  const workers: Worker[] = [];
  if (typeof Worker === 'function') {
    for (let i = 0; i < count; i++) {
      try {
        workers.push(new LayOutWorker());
      } catch {
        break;
      }
    }
  }
  const load = new Map(workers.map((w) => [w, 0]));
  const waiting = new Map<number, { job: LayOutJob; worker: Worker; resolve(value: Promise<LaidOutBatch>): void }>();
  let nextId = 0;
  const tally: LayOutTally = { workers: workers.length, inWorkers: 0, onPage: 0, read: 0, layOut: 0, write: 0 };
  const onPage = (job: LayOutJob) => {
    tally.onPage++;
    return fallback({ items: job.items });
  };
  for (const worker of workers) {
    worker.onmessage = ({ data }: MessageEvent<LayOutReply>) => {
      const waiter = waiting.get(data.id);
      if (!waiter) return;
      waiting.delete(data.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (!('failed' in data)) {
        tally.inWorkers++;
        tally.read += data.took.read;
        tally.layOut += data.took.layOut;
        tally.write += data.took.write;
      }
      waiter.resolve('failed' in data ? onPage(waiter.job) : Promise.resolve({ data: data.data, items: data.items }));
    };
    // A Worker that cannot run: its batches, and every later one it would have had, are done on the page.
    worker.onerror = (event) => {
      event.preventDefault?.();
      load.delete(worker);
      worker.terminate();
      for (const [id, waiter] of waiting) {
        if (waiter.worker !== worker) continue;
        waiting.delete(id);
        waiter.resolve(onPage(waiter.job));
      }
    };
  }
  const layOut: LayOut = (job) => {
    const free = [...load].sort((a, b) => a[1] - b[1])[0];
    if (!free) return onPage(job);
    const [worker, jobs] = free;
    load.set(worker, jobs + 1);
    const id = nextId++;
    return new Promise<Promise<LaidOutBatch>>((resolve) => {
      waiting.set(id, { job, worker, resolve });
      worker.postMessage({ id, ...job });
    }).then((p) => p);
  };
  return { layOut, close: () => workers.forEach((w) => w.terminate()), tally: () => ({ ...tally }) };
}
