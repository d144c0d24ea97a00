import { openReinstateDb } from '@/utils/db/open';
import type { EvidenceKind } from '@/utils/db/schema';
import { PIN_IMAGE_COUNTS } from '@/utils/db/stores/pin-image-counts';

export const SEED_PROVENANCE = { browser: 'x', extensionVersion: '1' };

export interface SeedRow {
  caseId: string;
  kind: EvidenceKind;
  at: number;
  id?: string;
  noticeId?: string;
}

/**
 * Evidence rows written straight into the database: what these tests measure is
 * how lists read them, and hashing thousands of captures through the store would
 * only make them slow.
 */
export async function seedEvidence(rows: SeedRow[]): Promise<void> {
  const db = await openReinstateDb();
  const tx = db.transaction('evidence', 'readwrite');
  rows.forEach((r, i) =>
    tx.store.add({
      id: r.id ?? `ev_${String(i).padStart(5, '0')}`,
      caseId: r.caseId,
      kind: r.kind,
      mime: 'image/png',
      size: 1,
      sha256: '0'.repeat(64),
      capturedAt: new Date(r.at).toISOString(),
      timeZone: 'UTC',
      url: `https://x.test/${i}`,
      title: '',
      provenance: SEED_PROVENANCE,
      ...(r.noticeId ? { noticeId: r.noticeId } : {}),
    }),
  );
  await tx.done;
  // Rows written past the store are not in its kept pin-image counts: the database is left as an older one
  // would be, its counts owed (readers count the index until \`Store.fillPinImageCounts\` has run).
  await db.clear('caseCounts');
  await db.put('backfills', { name: PIN_IMAGE_COUNTS, done: false });
  db.close();
}

const T0 = Date.parse('2026-01-01T00:00:00Z');

/** 5 cases × 300 captures interleaved in time, and `pinImages` pin images in case c0, newer than everything. */
export function fiveCasesWithPinImages(pinImages: number): SeedRow[] {
  return [
    ...Array.from({ length: 1500 }, (_, i) => ({ caseId: `c${i % 5}`, kind: (i % 7 ? 'screenshot' : 'mhtml') as EvidenceKind, at: T0 + i * 1000 })),
    ...Array.from({ length: pinImages }, (_, i) => ({ caseId: 'c0', kind: 'thumbnail' as EvidenceKind, at: T0 + 10_000_000 + i })),
  ];
}
