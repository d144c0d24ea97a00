/**
 * The export's Blob hashing spread over Workers (`least-busy-pool.ts`). A Blob
 * that cannot be read is an error for that file alone; a Worker that stops
 * hands its jobs back to the page.
 */
// Vite bundles the Worker into its own file under the extension's origin (script-src 'self' allows it in both browsers).
import HashWorker from './hash-blob-worker.ts?worker';
import { hashBlobHere, type BlobDigest, type HashBlob } from './hash-blob';
import type { HashReply } from './hash-blob-worker';
import { defaultWorkerCount, leastBusyPool } from './least-busy-pool';

interface HashJob {
  blob: Blob;
  withCrc: boolean;
}

export function hashBlobsInWorkers(count = defaultWorkerCount()): { hash: HashBlob; close(): void } {
  const pool = leastBusyPool<HashJob, HashReply, BlobDigest>({
    start: () => new HashWorker(),
    count,
    message: ({ blob, withCrc }, id) => ({ id, blob, withCrc }),
    result: (data) =>
      'failed' in data ? Promise.reject(new Error(data.failed)) : Promise.resolve({ sha256: data.sha256, ...(data.crc32 === undefined ? {} : { crc32: data.crc32 }) }),
    onPage: ({ blob, withCrc }) => hashBlobHere(blob, withCrc),
  });
  return { hash: (blob, withCrc) => pool.run({ blob, withCrc }), close: pool.close };
}
