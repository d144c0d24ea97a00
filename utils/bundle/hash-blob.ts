/**
 * Hashing a stored evidence Blob for the export, which puts the Blob into the
 * ZIP by reference (its bytes never pass through the page) but must still
 * prove it is the file captured: its SHA-256 against the record's, and its
 * CRC-32 where the row has none stored (rows written before CRCs were).
 * `hashBlobsInWorkers` does it in one Worker per core; `hashBlobHere` on the
 * page (tests, and wherever no Worker starts).
 */
import { sha256Hex } from '../hash';
import { crc32 } from './crc32.js';

export interface BlobDigest {
  sha256: string;
  /** Only when asked for. */
  crc32?: number;
}
export type HashBlob = (blob: Blob, withCrc: boolean) => Promise<BlobDigest>;

export const hashBlobHere: HashBlob = async (blob, withCrc) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { sha256: await sha256Hex(bytes), ...(withCrc ? { crc32: crc32(bytes) } : {}) };
};
