import { openReinstateDb } from '@/utils/db/open';
import type { EvidenceKind } from '@/utils/db/schema';

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
  db.close();
}
