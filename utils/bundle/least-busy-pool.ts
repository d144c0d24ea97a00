/**
 * Jobs spread over Workers, one per core (at most 4), each job to the least
 * busy one, with the page as the fallback: a pool without Workers, or a Worker
 * that cannot run (its script refused, out of memory), hands its jobs to
 * `onPage`, so the export never depends on Workers being there. The export's
 * Blob hashing and its batch lay-out share this; each says only how a job is
 * posted and how a reply is read.
 */
export const defaultWorkerCount = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));

export interface PoolSpec<Job, Reply extends { id: number }, Result> {
  start(): Worker;
  count: number;
  /** The message that carries `job` to a Worker under `id`. */
  message(job: Job, id: number): unknown;
  /** The result a Worker's reply gives for its job (a reply may itself hand the job back to the page). */
  result(reply: Reply, job: Job): Promise<Result>;
  onPage(job: Job): Promise<Result>;
}

export function leastBusyPool<Job, Reply extends { id: number }, Result>(spec: PoolSpec<Job, Reply, Result>): { run(job: Job): Promise<Result>; close(): void; workers: number } {
  const workers: Worker[] = [];
  if (typeof Worker === 'function') {
    for (let i = 0; i < spec.count; i++) {
      try {
        workers.push(spec.start());
      } catch {
        break;
      }
    }
  }
  const load = new Map(workers.map((w) => [w, 0]));
  const waiting = new Map<number, { job: Job; worker: Worker; resolve(value: Promise<Result>): void }>();
  let nextId = 0;
  for (const worker of workers) {
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const waiter = waiting.get(data.id);
      if (!waiter) return;
      waiting.delete(data.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      waiter.resolve(spec.result(data, waiter.job));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      load.delete(worker);
      worker.terminate();
      for (const [id, waiter] of waiting) {
        if (waiter.worker !== worker) continue;
        waiting.delete(id);
        waiter.resolve(spec.onPage(waiter.job));
      }
    };
  }
  const run = (job: Job): Promise<Result> => {
    const free = [...load].sort((a, b) => a[1] - b[1])[0];
    if (!free) return spec.onPage(job);
    const [worker, jobs] = free;
    load.set(worker, jobs + 1);
    const id = nextId++;
    return new Promise<Promise<Result>>((resolve) => {
      waiting.set(id, { job, worker, resolve });
      worker.postMessage(spec.message(job, id));
    }).then((p) => p);
  };
  return { run, close: () => workers.forEach((w) => w.terminate()), workers: workers.length };
}
