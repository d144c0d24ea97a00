import { toBase64 } from '../base64';
import type { BundleRecords } from './export';
import { evidenceRecordOf } from './import';

type State = 'pending' | 'added' | 'skipped' | 'refused';
type SentRecord = Omit<ReturnType<typeof evidenceRecordOf>, 'thumb'>;

/** How the import page hands evidence to the background (the one writer of IndexedDB). */
export interface EvidenceSender {
  /** Many small items in one message, stored in one transaction. */
  batch(items: { record: SentRecord; thumbBase64?: string; base64: string }[]): Promise<{ states: ('added' | 'skipped' | 'refused')[] }>;
  /** One part of an item too large for a batch. */
  chunk(input: { record: SentRecord; thumbBase64?: string; index: number; last: boolean; base64: string }): Promise<{ state: State }>;
}

export interface SendLimits {
  /** Bytes (file and thumbnail) per batch message, before base64; an item larger than this goes alone, in chunks. */
  batchBytes: number;
  /** Bytes per chunk of a large item. */
  chunkBytes: number;
  /** Items per batch message. */
  batchItems: number;
}

/** 8 MB a message: about 11 MB of base64, well under the 64 MiB a runtime message may carry. */
export const SEND_LIMITS: SendLimits = { batchBytes: 8 * 1024 * 1024, chunkBytes: 8 * 1024 * 1024, batchItems: 1000 };

/**
 * Sends a bundle's evidence to the background: small items many to a
 * message (50,000 pin images in a few dozen messages instead of 50,000),
 * large ones alone in chunks as before. Bytes are read from the bundle only
 * when their batch is built, so the page holds about one batch at a time.
 */
export async function sendEvidence(
  evidence: BundleRecords['evidence'],
  bytesOf: (path: string) => Promise<Uint8Array>,
  sender: EvidenceSender,
  limits: SendLimits = SEND_LIMITS,
  onProgress?: (done: number, total: number) => void,
): Promise<{ added: number; skipped: number; refused: number }> {
  const counts = { added: 0, skipped: 0, refused: 0 };
  const count = (state: State) => {
    if (state !== 'pending') counts[state]++;
  };
  let batch: { record: SentRecord; thumbBase64?: string; base64: string }[] = [];
  let batchBytes = 0;
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    const { states } = await sender.batch(batch);
    states.forEach(count);
    done += batch.length;
    onProgress?.(done, evidence.length);
    batch = [];
    batchBytes = 0;
  };
  for (const item of evidence) {
    const bytes = await bytesOf(item.path);
    const thumbBytes = item.thumbPath ? await bytesOf(item.thumbPath) : undefined;
    const thumbBase64 = thumbBytes ? toBase64(thumbBytes) : undefined;
    const { thumb: _thumb, ...record } = evidenceRecordOf(item);
    const size = bytes.length + (thumbBytes?.length ?? 0);
    if (size > limits.batchBytes) {
      await flush();
      const chunks = Math.max(1, Math.ceil(bytes.length / limits.chunkBytes));
      for (let i = 0; i < chunks; i++) {
        const answer = await sender.chunk({ record, ...(thumbBase64 ? { thumbBase64 } : {}), index: i, last: i === chunks - 1, base64: toBase64(bytes.subarray(i * limits.chunkBytes, (i + 1) * limits.chunkBytes)) });
        count(answer.state);
      }
      onProgress?.(++done, evidence.length);
      continue;
    }
    if (batch.length && (batchBytes + size > limits.batchBytes || batch.length >= limits.batchItems)) await flush();
    batch.push({ record, ...(thumbBase64 ? { thumbBase64 } : {}), base64: toBase64(bytes) });
    batchBytes += size;
  }
  await flush();
  return counts;
}
