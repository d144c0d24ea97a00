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
import type { ScanEntries } from './verify';
import { BundleFormatError, checkEntry, checkWindow, planWindows, type WindowRun, type ZipEntry } from './zip-reader.js';
import { packEntries, SETTLED, type EntryTable } from './verify-table';
import { phase } from './phase.js';

/** Bytes one Worker job reads: large enough that 50,000 pin images are a few dozen jobs, small enough that four in flight stay near 64 MB. */
export const WORKER_WINDOW = 16 * 1024 * 1024;
/** A file larger than a window is one job of its own up to this size (WebCrypto hashes whole buffers; the page would hold it whole too). */
const LARGEST_WORKER_JOB = 256 * 1024 * 1024;
/** Jobs queued per Worker: one being hashed while the next is read. */
const JOBS_PER_WORKER = 2;

/** A job: the File, the window's byte range and the range of the packed entries it holds. */
export interface WindowJob {
  id: number;
  blob: Blob;
  start: number;
  end: number;
  size: number;
  from: number;
  to: number;
}
export type WorkerMessage = { table: EntryTable } | WindowJob;
/** A job done: each entry's code (SETTLED), the digests of the hashed ones end to end as hex, the errors in order, and where the Worker's time went. */
export interface WindowReply {
  id: number;
  codes: Uint8Array;
  hex: string;
  errors: { message: string; kind?: 'unreadable' | 'unsafe' }[];
  ms: { read: number; check: number; hash: number };
}
type Reply = WindowReply | { id: number; failed: string };

const defaultWorkers = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));

function startWorker(): Worker | undefined {
  try {
    return new WindowWorker();
  } catch {
    return undefined;
  }
}

/** A scan over Workers, and `close` to end them when the verdict came without one (no manifest, a bad directory). */
export type WorkerScan = ScanEntries & { close(): void };

/**
 * The Workers start here, before the bundle's directory is read, so their
 * start-up (a module to load in a new thread) overlaps that read instead of
 * following it.
 */
export function scanInWorkers(blob: Blob, workerCount = defaultWorkers()): WorkerScan {
  const workers = Array.from({ length: workerCount }, startWorker).filter((w): w is Worker => !!w);
  const close = () => workers.forEach((w) => w.terminate());
  const scan: ScanEntries = async (source, entries, { want, hashed, slow, onError, signal }) => {
    const load = new Map(workers.map((w) => [w, 0]));
    const waiting = new Map<number, (reply: Reply) => void>();
    const jobOf = new Map<number, Worker>();
    for (const worker of workers) {
      worker.onmessage = ({ data }: MessageEvent<Reply>) => waiting.get(data.id)?.(data);
      // A Worker that cannot run (its script refused, out of memory) fails every job it holds: those windows are redone here.
      worker.onerror = () => {
        load.delete(worker);
        for (const [id, resolve] of waiting) if (jobOf.get(id) === worker) resolve({ id, failed: 'the Worker stopped' });
      };
    }
    let nextId = 0;
    const spent = { jobs: 0, read: 0, check: 0, hash: 0 };
    const runs = planWindows(entries, want, WORKER_WINDOW);
    // Every planned entry once, in the plan's order: a job is the range of them its window holds.
    const ordered = runs.flatMap((r) => r.entries);
    const table = packEntries(ordered, want);
    for (const worker of workers) worker.postMessage({ table } satisfies WorkerMessage);
    let first = 0;
    const ranges = runs.map((r) => ({ from: first, to: (first += r.entries.length) }));

    const apply = async (run: { entries: ZipEntry[] }, outcomes: { data?: Uint8Array; error?: unknown; slow?: true }[]) => {
      const settling: (Promise<void> | void)[] = [];
      run.entries.forEach((entry, i) => {
        const o = outcomes[i]!;
        if (o.error) onError(entry, o.error);
        else if (o.slow) settling.push(want(entry) === 'header' ? checkEntry(source, entry).catch((e) => onError(entry, e)) : slow(entry));
        else if (o.data) settling.push(hashed(entry, sha256Hex(o.data)));
      });
      await Promise.all(settling);
    };
    const applyReply = async (run: { entries: ZipEntry[] }, reply: WindowReply) => {
      spent.jobs++;
      spent.read += reply.ms.read;
      spent.check += reply.ms.check;
      spent.hash += reply.ms.hash;
      const settling: (Promise<void> | void)[] = [];
      let digest = 0;
      let error = 0;
      run.entries.forEach((entry, i) => {
        const code = reply.codes[i];
        if (code === SETTLED.hashed) hashed(entry, reply.hex.slice(64 * digest, 64 * ++digest));
        else if (code === SETTLED.failed) onError(entry, toError(reply.errors[error++]));
        else if (code === SETTLED.slow) settling.push(want(entry) === 'header' ? checkEntry(source, entry).catch((e) => onError(entry, e)) : slow(entry));
      });
      await Promise.all(settling);
    };
    const inThread = async (run: WindowRun) => {
      if (run.alone) return apply(run, [{ slow: true }]);
      const bytes = await source.read(run.start, run.end - run.start);
      return apply(run, checkWindow(bytes, run.start, source.size, run.entries, run.entries.map(want)));
    };
    const inWorker = (worker: Worker, job: Omit<WindowJob, 'id' | 'blob' | 'size'>) =>
      new Promise<Reply>((resolve) => {
        const id = nextId++;
        jobOf.set(id, worker);
        waiting.set(id, (reply) => {
          waiting.delete(id);
          jobOf.delete(id);
          resolve(reply);
        });
        worker.postMessage({ id, blob, size: source.size, ...job } satisfies WorkerMessage);
      });

    const inFlight = new Set<Promise<void>>();
    try {
      const pickFree = () => [...load].filter(([, n]) => n < JOBS_PER_WORKER).sort((a, b) => a[1] - b[1])[0]?.[0];
      for (const [r, planned] of runs.entries()) {
        if (signal?.aborted) break;
        const run = asJob(planned);
        let free = run ? pickFree() : undefined;
        while (run && !free && inFlight.size) {
          await Promise.race(inFlight);
          free = pickFree();
        }
        // A file too large for a job, or no Worker left: done here, with the same rules.
        if (run && free) dispatch(free, planned, { start: run.start, end: run.end, ...ranges[r]! });
        else await inThread(planned);
      }
      await Promise.all(inFlight);
    } finally {
      close();
      phase('verify:workers', { workers: workers.length, ...spent });
    }

    function dispatch(worker: Worker, planned: WindowRun, job: Omit<WindowJob, 'id' | 'blob' | 'size'>) {
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const done: Promise<void> = inWorker(worker, job)
        .then((reply) => {
          if (load.has(worker)) load.set(worker, load.get(worker)! - 1);
          return 'failed' in reply ? inThread({ alone: false, start: job.start, end: job.end, entries: planned.entries }) : applyReply(planned, reply);
        })
        .finally(() => inFlight.delete(done));
      inFlight.add(done);
    }
  };
  return Object.assign(scan, { close });
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
