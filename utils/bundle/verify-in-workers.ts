/**
 * The bundle page's verify scan over Workers: zip-reader's window rules and
 * the hashing run in one Worker per core (verify-window-worker.ts), each
 * reading its own windows from the File, while the page only hands out
 * windows and collects hashes. A window a Worker cannot do (the Worker did
 * not start, a read failed) is done on the page itself with the same rules,
 * so the verdict never depends on Workers being there.
 */
import { sha256Hex } from '../hash';
// Vite bundles the Worker into its own file under the extension's origin (script-src 'self' allows it in both browsers).
import WindowWorker from './verify-window-worker.ts?worker';
import type { EntryWant, ScanEntries } from './verify';
import { BundleFormatError, checkEntry, checkWindow, planWindows, type WindowRun, type ZipEntry } from './zip-reader.js';

/** Bytes one Worker job reads: large enough that 50,000 pin images are a few dozen jobs, small enough that four in flight stay near 64 MB. */
export const WORKER_WINDOW = 16 * 1024 * 1024;
/** A file larger than a window is one job of its own up to this size (WebCrypto hashes whole buffers; the page would hold it whole too). */
const LARGEST_WORKER_JOB = 256 * 1024 * 1024;
/** Jobs queued per Worker: one being hashed while the next is read. */
const JOBS_PER_WORKER = 2;

export interface WindowJob {
  id: number;
  blob: Blob;
  start: number;
  end: number;
  size: number;
  entries: ZipEntry[];
  wants: EntryWant[];
}
/** One entry's outcome: hashed, broken, to be read on the page, or (a folder whose header is good) nothing to add. */
export type WindowOutcome = { sha256?: string; error?: { message: string; kind?: 'unreadable' | 'unsafe' }; slow?: true };
export type WindowReply = { id: number; outcomes: WindowOutcome[] } | { id: number; failed: string };

const defaultWorkers = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));

function startWorker(): Worker | undefined {
  try {
    return new WindowWorker();
  } catch {
    return undefined;
  }
}

export function scanInWorkers(blob: Blob, workerCount = defaultWorkers()): ScanEntries {
  return async (source, entries, { want, hashed, slow, onError, signal }) => {
    const workers = Array.from({ length: workerCount }, startWorker).filter((w): w is Worker => !!w);
    const load = new Map(workers.map((w) => [w, 0]));
    const waiting = new Map<number, (reply: WindowReply) => void>();
    const jobOf = new Map<number, Worker>();
    for (const worker of workers) {
      worker.onmessage = ({ data }: MessageEvent<WindowReply>) => waiting.get(data.id)?.(data);
      // A Worker that cannot run (its script refused, out of memory) fails every job it holds: those windows are redone here.
      worker.onerror = () => {
        load.delete(worker);
        for (const [id, resolve] of waiting) if (jobOf.get(id) === worker) resolve({ id, failed: 'the Worker stopped' });
      };
    }
    let nextId = 0;

    const apply = async (run: { entries: ZipEntry[] }, outcomes: WindowOutcome[] | { data?: Uint8Array; error?: unknown; slow?: true }[]) => {
      const settling: (Promise<void> | void)[] = [];
      run.entries.forEach((entry, i) => {
        const o = outcomes[i] as { sha256?: string; data?: Uint8Array; error?: unknown; slow?: true };
        if (o.error) onError(entry, toError(o.error));
        else if (o.slow) settling.push(want(entry) === 'header' ? checkEntry(source, entry).catch((e) => onError(entry, e)) : slow(entry));
        else if (o.sha256) settling.push(hashed(entry, o.sha256));
        else if (o.data) settling.push(hashed(entry, sha256Hex(o.data)));
      });
      await Promise.all(settling);
    };
    const inThread = async (run: WindowRun) => {
      if (run.alone) return apply(run, [{ slow: true }]);
      const bytes = await source.read(run.start, run.end - run.start);
      return apply(run, checkWindow(bytes, run.start, source.size, run.entries, run.entries.map(want)));
    };
    const inWorker = (worker: Worker, run: { start: number; end: number; entries: ZipEntry[] }) =>
      new Promise<WindowReply>((resolve) => {
        const id = nextId++;
        jobOf.set(id, worker);
        waiting.set(id, (reply) => {
          waiting.delete(id);
          jobOf.delete(id);
          resolve(reply);
        });
        const job: WindowJob = { id, blob, start: run.start, end: run.end, size: source.size, entries: run.entries, wants: run.entries.map(want) };
        worker.postMessage(job);
      });

    const inFlight = new Set<Promise<void>>();
    try {
      const pickFree = () => [...load].filter(([, n]) => n < JOBS_PER_WORKER).sort((a, b) => a[1] - b[1])[0]?.[0];
      for (const planned of planWindows(entries, want, WORKER_WINDOW)) {
        if (signal?.aborted) break;
        const run = asJob(planned);
        let free = run ? pickFree() : undefined;
        while (run && !free && inFlight.size) {
          await Promise.race(inFlight);
          free = pickFree();
        }
        // A file too large for a job, or no Worker left: done here, with the same rules.
        if (run && free) dispatch(free, run);
        else await inThread(planned);
      }
      await Promise.all(inFlight);
    } finally {
      for (const worker of workers) worker.terminate();
    }

    function dispatch(worker: Worker, run: { start: number; end: number; entries: ZipEntry[] }) {
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const job: Promise<void> = inWorker(worker, run)
        .then((reply) => {
          if (load.has(worker)) load.set(worker, load.get(worker)! - 1);
          return 'failed' in reply ? inThread({ alone: false, ...run }) : apply(run, reply.outcomes);
        })
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
  };
}

/** A planned run as a Worker job: a window, or a file larger than a window read on its own (unless it is too large for one buffer). */
function asJob(run: WindowRun): { start: number; end: number; entries: ZipEntry[] } | undefined {
  if (!run.alone) return run;
  const [entry] = run.entries as [ZipEntry];
  return entry.next - entry.localOffset <= LARGEST_WORKER_JOB ? { start: entry.localOffset, end: entry.next, entries: run.entries } : undefined;
}

/** An error as the verifier reports it: a ZIP rule keeps its kind (unsafe or unreadable) across the Worker boundary. */
function toError(error: unknown): unknown {
  if (error instanceof Error) return error;
  const { message, kind } = error as { message: string; kind?: 'unreadable' | 'unsafe' };
  return kind ? new BundleFormatError(message, kind) : new Error(message);
}
