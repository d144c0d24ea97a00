/**
 * One of the export's lay-out Workers (`lay-out-in-workers.ts`): it reads a
 * batch's stored files from IndexedDB itself (the structured-clone copy of
 * 50,000 pin images happens here, not on the page), hashes them, lays them
 * out as ZIP entries (`lay-out.ts`) and writes the batch to a file of its own
 * in OPFS through a SyncAccessHandle (written from this thread, no copy
 * through the page); the page splices that file into the download by
 * reference. Where no SyncAccessHandle is offered the bytes are transferred
 * back instead. Only reads: it never opens the database at a new version.
 */
import { DB_NAME } from '../db/schema';
import { idRange } from '../db/id-range';
import { EXPORT_DIR } from './file-sink';
import { layOutRows, type BytesRow, type LayOutJob, type LaidOut } from './lay-out';

export type LayOutRequest = LayOutJob & { id: number };
/** `took`: ms this Worker spent reading the rows, laying them out (hashes included) and writing its file, for bench:scale. */
export type LayOutReply = { id: number; data: Blob | Uint8Array; items: LaidOut[]; took: { read: number; layOut: number; write: number } } | { id: number; failed: string };

let opened: Promise<IDBDatabase> | undefined;

/** The existing database, never created or upgraded here (an upgrade is the background's). */
function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => reject(request.error ?? new Error('The evidence database could not be opened in a Worker.'));
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrades or deletes the database: let it, and open again on the next batch.
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      resolve(db);
    };
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

const settled = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The rows of `ids` in order: one `getAll` when the key range holds just them (a batch in capture order usually does), else one `get` each. */
async function readRows(ids: string[]): Promise<BytesRow[]> {
  const store = (await database()).transaction('evidenceBytes').objectStore('evidenceBytes');
  if (ids.length > 1) {
    const range = idRange(ids);
    if ((await settled(store.count(range))) <= ids.length) {
      const byId = new Map((await settled(store.getAll(range))).map((row: { id: string } & BytesRow) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }
  }
  return Promise.all(ids.map((id) => settled(store.get(id))));
}

/** The batch written to `exports/<part>` and given back as that file (disk-backed), or undefined where OPFS offers no SyncAccessHandle. */
async function toPartFile(part: string, data: Uint8Array<ArrayBuffer>): Promise<File | undefined> {
  const root = await navigator.storage.getDirectory();
  const dir = await root.getDirectoryHandle(EXPORT_DIR, { create: true });
  const handle = await dir.getFileHandle(part, { create: true });
  const open = (handle as unknown as { createSyncAccessHandle?: () => Promise<SyncAccess> }).createSyncAccessHandle;
  if (typeof open !== 'function') return undefined;
  const access = await open.call(handle);
  try {
    access.truncate(0);
    // No flush(): that is an fsync per batch, and the file is read back only by this browser, from the same file.
    if (access.write(data, { at: 0 }) !== data.length) throw new Error('the disk took only part of a batch');
  } finally {
    access.close();
  }
  return handle.getFile();
}

interface SyncAccess {
  write(data: BufferSource, options: { at: number }): number;
  truncate(size: number): void;
  close(): void;
}

self.onmessage = async ({ data: job }: MessageEvent<LayOutRequest>) => {
  let reply: LayOutReply;
  const transfer: Transferable[] = [];
  try {
    const t0 = performance.now();
    const rows = await readRows(job.items.map((i) => i.id));
    const t1 = performance.now();
    const laid = await layOutRows(job.items, rows);
    const t2 = performance.now();
    let data: Blob | Uint8Array = laid.data;
    if (job.part && laid.data.length) {
      // Without a SyncAccessHandle the bytes go back to the page; any failure here (a full disk) makes the page do the batch itself.
      const file = await toPartFile(job.part, laid.data);
      if (file) data = file;
    }
    if (data instanceof Uint8Array) transfer.push(data.buffer);
    reply = { id: job.id, data, items: laid.items, took: { read: t1 - t0, layOut: t2 - t1, write: performance.now() - t2 } };
  } catch (error) {
    reply = { id: job.id, failed: (error as Error)?.message ?? String(error) };
  }
  (self as unknown as Worker).postMessage(reply, transfer);
};
