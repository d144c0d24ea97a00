/**
 * The export's Blob hashing spread over Workers, one per core (at most 4),
 * each job to the least busy one. A Blob that cannot be read is an error for
 * that file alone; a Worker that stops hands its jobs back to the page, so the
 * export never depends on Workers being there.
 */
// Vite bundles the Worker into its own file under the extension's origin (script-src 'self' allows it in both browsers).
import HashWorker from './hash-blob-worker.ts?worker';
import { hashBlobHere, type HashBlob } from './hash-blob';
import type { HashReply } from './hash-blob-worker';

const defaultWorkers = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));

export function hashBlobsInWorkers(count = defaultWorkers()): { hash: HashBlob; close(): void } {
  const workers: Worker[] = [];
  if (typeof Worker === 'function') {
    for (let i = 0; i < count; i++) {
      try {
        workers.push(new HashWorker());
      } catch {
        break;
      }
    }
  }
  const load = new Map(workers.map((w) => [w, 0]));
  const waiting = new Map<number, { blob: Blob; withCrc: boolean; worker: Worker; resolve(value: ReturnType<HashBlob>): void }>();
  let nextId = 0;
  for (const worker of workers) {
    worker.onmessage = ({ data }: MessageEvent<HashReply>) => {
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      job.resolve('failed' in data ? Promise.reject(new Error(data.failed)) : Promise.resolve({ sha256: data.sha256, ...(data.crc32 === undefined ? {} : { crc32: data.crc32 }) }));
    };
    // A Worker that cannot run (its script refused, out of memory): its jobs are done on the page.
    worker.onerror = (event) => {
      event.preventDefault?.();
      load.delete(worker);
      worker.terminate();
      for (const [id, job] of waiting) {
        if (job.worker !== worker) continue;
        waiting.delete(id);
        job.resolve(hashBlobHere(job.blob, job.withCrc));
      }
    };
  }
  const hash: HashBlob = (blob, withCrc) => {
    const free = [...load].sort((a, b) => a[1] - b[1])[0];
    if (!free) return hashBlobHere(blob, withCrc);
    const [worker, jobs] = free;
    load.set(worker, jobs + 1);
    const id = nextId++;
    return new Promise<ReturnType<HashBlob>>((resolve) => {
      waiting.set(id, { blob, withCrc, worker, resolve });
      worker.postMessage({ id, blob, withCrc });
    }).then((p) => p);
  };
  return { hash, close: () => workers.forEach((w) => w.terminate()) };
}
