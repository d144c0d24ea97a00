/**
 * A Worker that checks and hashes one window of a bundle at a time for the
 * bundle page (see verify-in-workers.ts): it reads the window from the File
 * itself (a File crosses to a Worker as a handle, its bytes are not copied),
 * runs zip-reader's checkWindow (local-header rules and CRC) and hashes each
 * entry's bytes with WebCrypto, so the page's own thread stays free and both
 * cores work.
 */
import { BundleFormatError, checkWindow } from './zip-reader.js';
import { toHex } from '../hash';
import type { WindowJob, WindowOutcome, WindowReply } from './verify-in-workers';

const describe = (error: unknown) => ({ message: (error as Error)?.message ?? String(error), ...(error instanceof BundleFormatError ? { kind: error.kind } : {}) });

self.onmessage = async ({ data: job }: MessageEvent<WindowJob>) => {
  let reply: WindowReply;
  try {
    const bytes = new Uint8Array(await job.blob.slice(job.start, job.end).arrayBuffer());
    const outcomes = checkWindow(bytes, job.start, job.size, job.entries, job.wants);
    const settled = await Promise.all(
      outcomes.map(async (o): Promise<WindowOutcome> => {
        if (o.error) return { error: describe(o.error) };
        if (o.slow) return { slow: true as const };
        if (!o.data) return {};
        return { sha256: toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', o.data as Uint8Array<ArrayBuffer>))) };
      }),
    );
    reply = { id: job.id, outcomes: settled };
  } catch (error) {
    reply = { id: job.id, failed: describe(error).message };
  }
  self.postMessage(reply);
};
