/**
 * A Worker that checks and hashes one window of a bundle at a time for the
 * bundle page (see verify-in-workers.ts): it reads the window from the File
 * itself (a File crosses to a Worker as a handle, its bytes are not copied),
 * runs zip-reader's checkWindow (local-header rules and CRC) and hashes each
 * entry's bytes with WebCrypto, so the page's own thread stays free and both
 * cores work. The entries come once, packed (verify-table.ts); a job names
 * a range of them.
 */
import { BundleFormatError, checkWindow } from './zip-reader.js';
import { toHex } from '../hash';
import { SETTLED, unpackEntries, type EntryTable } from './verify-table';
import type { WindowJob, WindowReply, WorkerMessage } from './verify-in-workers';

const describe = (error: unknown) => ({ message: (error as Error)?.message ?? String(error), ...(error instanceof BundleFormatError ? { kind: error.kind } : {}) });

let table: EntryTable | undefined;

async function run(job: WindowJob): Promise<WindowReply> {
  const t0 = performance.now();
  const bytes = new Uint8Array(await job.blob.slice(job.start, job.end).arrayBuffer());
  const t1 = performance.now();
  const { entries, wants } = unpackEntries(table!, job.from, job.to);
  const outcomes = checkWindow(bytes, job.start, job.size, entries, wants);
  const t2 = performance.now();
  const codes = new Uint8Array(outcomes.length);
  const errors: WindowReply['errors'] = [];
  const digests = outcomes.map((o, i) => {
    if (o.error) {
      codes[i] = SETTLED.failed;
      errors.push(describe(o.error));
    } else if (o.slow) codes[i] = SETTLED.slow;
    else if (o.data) {
      codes[i] = SETTLED.hashed;
      return crypto.subtle.digest('SHA-256', o.data as Uint8Array<ArrayBuffer>);
    } else codes[i] = SETTLED.checked;
    return undefined;
  });
  let hex = '';
  for (const digest of await Promise.all(digests)) if (digest) hex += toHex(new Uint8Array(digest));
  return { id: job.id, codes, hex, errors, ms: { read: t1 - t0, check: t2 - t1, hash: performance.now() - t2 } };
}

self.onmessage = async ({ data }: MessageEvent<WorkerMessage>) => {
  if ('table' in data) return void (table = data.table);
  let reply: WindowReply | { id: number; failed: string };
  try {
    if (!table) throw new Error('no entries were given');
    reply = await run(data);
  } catch (error) {
    reply = { id: data.id, failed: describe(error).message };
  }
  self.postMessage(reply, { transfer: 'codes' in reply ? [reply.codes.buffer as ArrayBuffer] : [] });
};
