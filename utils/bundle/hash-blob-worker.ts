/**
 * One of the export's hashing Workers (hash-blobs-in-workers.ts): it reads a
 * stored Blob (a handle crosses to a Worker, not the bytes), hashes it with
 * WebCrypto and, when asked, takes its CRC-32, so the page's thread neither
 * reads nor copies large evidence files.
 */
import { hashBlobHere } from './hash-blob';

export interface HashJob {
  id: number;
  blob: Blob;
  withCrc: boolean;
}
export type HashReply = { id: number; sha256: string; crc32?: number } | { id: number; failed: string };

self.onmessage = async ({ data }: MessageEvent<HashJob>) => {
  let reply: HashReply;
  try {
    reply = { id: data.id, ...(await hashBlobHere(data.blob, data.withCrc)) };
  } catch (error) {
    reply = { id: data.id, failed: (error as Error)?.message ?? String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
