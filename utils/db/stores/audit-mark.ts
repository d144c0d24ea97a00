import { EVIDENCE_KINDS, type CaseCountsRecord, type EvidenceRecord } from '../schema';
import { writeTx, type Db, type Listed } from './base';
import { validateEvidence } from './evidence';
import { validateCaseCounts } from './pin-image-counts';

/**
 * When a case's evidence was last audited in full, and the damaged rows that
 * audit found, kept beside its pin-image count. The full audit walks every
 * row of the case (in Chromium an index count walks its entries: about a
 * second for 50,000 pin images, seconds under load); the store's own writes
 * cannot leave a row unlisted (they validate every row and keep the count in
 * the same transaction), so between full audits a screen re-reads only the
 * damaged rows already found. Rows written past the store (another program,
 * a damaged disk) are seen by the next full audit: on the first open of a
 * case, then once the mark is older than `AUDIT_MAX_AGE_MS`.
 */
export const AUDIT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Ids kept in a mark; more damaged rows than this make every audit a full one (they are then read by walking anyway). */
const MAX_MARKED = 500;

export interface AuditMark {
  at: string;
  unlisted: string[];
}

const isKey = (value: unknown): boolean => {
  try {
    indexedDB.cmp(value, value);
    return true;
  } catch {
    return false;
  }
};

/** The mark, when it is sound and recent (`now` within `maxAgeMs` after it; a clock set back does not count as recent). */
export function freshMark(row: unknown, now: number, maxAgeMs = AUDIT_MAX_AGE_MS): AuditMark | undefined {
  if (!row || validateCaseCounts(row)) return undefined;
  const mark = (row as CaseCountsRecord).audited;
  if (!mark || typeof mark.at !== 'string' || !Array.isArray(mark.unlisted) || !mark.unlisted.every((id) => typeof id === 'string')) return undefined;
  const at = Date.parse(mark.at);
  return Number.isFinite(at) && at <= now && now - at < maxAgeMs ? mark : undefined;
}

/** Whether the `[caseId, kind, capturedAt]` index lists this row under one of the known kinds (as the pages read it). */
export function listedInCase(row: unknown, caseId: string): boolean {
  const r = row as Partial<Record<'caseId' | 'kind' | 'capturedAt', unknown>> | null | undefined;
  return !!r && r.caseId === caseId && (EVIDENCE_KINDS as readonly unknown[]).includes(r.kind) && isKey(r.capturedAt);
}

/**
 * The marked damaged rows as they are now: a row deleted, moved to another
 * case or mended since is left out; the rest are named with their problem.
 */
export async function rereadUnlisted(db: Db, caseId: string, ids: readonly string[]): Promise<Listed<EvidenceRecord>[]> {
  const store = db.transaction('evidence').store;
  const rows = await Promise.all(ids.map((id) => store.get(id)));
  return rows.flatMap((row, i) => {
    const r = row as { caseId?: unknown } | undefined;
    if (!r || r.caseId !== caseId || listedInCase(r, caseId)) return [];
    return [{ ok: false as const, id: ids[i]!, problem: validateEvidence(row) ?? 'not listed in the capture-time index' }];
  });
}

/** Notes a full audit on the case's count row (kept as it is), unless too many damaged rows to list. */
export async function writeMark(db: Db, caseId: string, at: Date, unlisted: readonly Listed<EvidenceRecord>[]): Promise<void> {
  if (unlisted.length > MAX_MARKED) return;
  await writeTx(db, ['caseCounts'], async (tx) => {
    const counts = tx.objectStore('caseCounts');
    const row = await counts.get(caseId);
    // A damaged count row is the audit's to repair, not to paper over with a mark.
    if (row !== undefined && validateCaseCounts(row)) return;
    await counts.put({ ...(row ?? { caseId, pinImages: 0 }), audited: { at: at.toISOString(), unlisted: unlisted.map((u) => (u.ok ? u.record.id : u.id)) } });
  });
}
