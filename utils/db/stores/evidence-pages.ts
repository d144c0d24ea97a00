import { EVIDENCE_KINDS, PIN_IMAGE_KIND, type EvidenceKind, type EvidenceRecord } from '../schema';
import { keyText, newestCursor, type Db, type Listed } from './base';
import { validateEvidence } from './evidence';
import { readKeptCount, repairPinImageCount } from './pin-image-counts';
import { freshMark, rereadUnlisted, writeMark } from './audit-mark';

/**
 * A case's evidence a page at a time, newest first, for the screens that
 * show only what fits (the Locker's Evidence tab, the appeal editor), and
 * the case's audit (its pin images counted, rows no index lists found),
 * read apart from the pages: in Chromium an index count walks every entry
 * it counts (seconds for 50,000 pin images), so no page waits for one.
 */

/** Where a page ended: the last row's capture time as the index holds it, and its id. The next page starts after it. */
export interface PageMark {
  key: IDBValidKey;
  id: string;
}

export interface EvidencePage {
  /** Newest first (ties by id, newest first); a damaged row the index lists stands where the index puts it. */
  items: Listed<EvidenceRecord>[];
  /** Set when the page is full: more rows may follow after this mark. */
  next?: PageMark;
}

export interface PageQuery {
  caseId: string;
  /** Rows in the page, valid or damaged. */
  limit: number;
  after?: PageMark;
  /** Only these kinds; pin images are never listed unless named here. */
  kinds?: readonly EvidenceKind[];
}

/** The kinds a case's grid lists: all but pin images, which the inventory view shows. */
export const GRID_KINDS: readonly EvidenceKind[] = EVIDENCE_KINDS.filter((k) => k !== PIN_IMAGE_KIND);

type Cursor = { key: IDBValidKey; primaryKey: IDBValidKey; value: unknown; continue(): Promise<Cursor | null> };

/**
 * One page of a case's evidence through the `[caseId, kind, capturedAt]`
 * index: one cursor per kind, merged newest first, each started at the mark,
 * so a page costs about `limit` cursor steps however many rows the case and
 * the database hold (the rows with the mark's own time and a newer id are
 * stepped over: rows captured in the same millisecond, normally none).
 */
export async function pageOfCase(db: Db, { caseId, limit, after, kinds = GRID_KINDS }: PageQuery): Promise<EvidencePage> {
  const index = db.transaction('evidence').store.index('caseId_kind_capturedAt');
  const open = async (kind: string): Promise<Cursor | null> => {
    const range = IDBKeyRange.bound([caseId, kind], [caseId, kind, after ? after.key : []]);
    let cursor = (await index.openCursor(range, 'prev')) as Cursor | null;
    while (cursor && after && indexedDB.cmp((cursor.key as IDBValidKey[])[2], after.key) === 0 && indexedDB.cmp(cursor.primaryKey, after.id) >= 0) cursor = await cursor.continue();
    return cursor;
  };
  const cursors = await Promise.all(kinds.map(open));
  const items: Listed<EvidenceRecord>[] = [];
  let last: Cursor | undefined;
  while (items.length < limit) {
    const newest = newestCursor(cursors);
    if (newest < 0) return { items };
    last = cursors[newest]!;
    const id = keyText(last.primaryKey);
    const problem = validateEvidence(last.value);
    items.push(problem ? { ok: false, id, problem } : { ok: true, record: last.value as EvidenceRecord });
    const mark = { key: (last.key as IDBValidKey[])[2]!, id };
    // The cursor that gave the page's last row is not stepped on: the next page starts from the mark anyway.
    if (items.length === limit) return { items, next: mark };
    cursors[newest] = await last.continue();
  }
  return { items };
}

/** Every row of a case that no page lists, and its pin images' count. */
export interface CaseAudit {
  pinImages: number;
  /** Rows of the case the kind index does not list under a known kind (no time, a kind unknown or missing): damaged. */
  unlisted: Listed<EvidenceRecord>[];
  /** The kept pin-image count disagreed with the rows and was set right. */
  repaired?: { from: number | null; to: number };
}

/**
 * The rows the pages leave out, read after them: the case's rows (by the
 * `caseId` index, which lists every row with a case) against those the kind
 * index lists under a known kind. The pin images are not counted by their
 * index when the store keeps their count (`pin-image-counts.ts`); the case
 * count still walks them once (rows written past the store are seen only
 * there). Only when the numbers differ are the keys compared: that names the
 * unlisted rows and, from the index's own keys, checks the kept count, which
 * is repaired when wrong.
 */
export interface AuditOptions {
  /** Walk the case's rows even when a recent full audit is marked. */
  full?: boolean;
  /** The time now (ms), for the mark's age. */
  now?: number;
  maxAgeMs?: number;
}

/**
 * The audit as a screen reads it: a full one (below) on a case's first open
 * and once its mark is a day old, in between the kept count and the damaged
 * rows the last full audit found, re-read by id (`audit-mark.ts`): no walk.
 */
export async function auditCase(db: Db, caseId: string, { full = false, now = Date.now(), maxAgeMs }: AuditOptions = {}): Promise<CaseAudit> {
  const stored = await readKeptCount(db, caseId);
  const mark = full || typeof stored !== 'number' ? undefined : freshMark(await db.get('caseCounts', caseId), now, maxAgeMs);
  if (mark && typeof stored === 'number') return { pinImages: stored, unlisted: await rereadUnlisted(db, caseId, mark.unlisted) };
  const audit = await walkCase(db, caseId, stored);
  // Marked only where the kept count is trusted: while an older database is still being counted, every audit walks.
  if (typeof stored === 'number' || audit.repaired) await writeMark(db, caseId, new Date(now), audit.unlisted);
  return audit;
}

async function walkCase(db: Db, caseId: string, stored: Awaited<ReturnType<typeof readKeptCount>>): Promise<CaseAudit> {
  const kindRange = (kind: string) => IDBKeyRange.bound([caseId, kind], [caseId, kind, []]);
  const kept = typeof stored === 'number' ? stored : undefined;
  const counted = kept === undefined ? EVIDENCE_KINDS : GRID_KINDS;
  const [inCase, ...byKind] = await Promise.all([
    db.countFromIndex('evidence', 'caseId', caseId),
    ...counted.map((kind) => db.countFromIndex('evidence', 'caseId_kind_capturedAt', kindRange(kind))),
  ]);
  const pinImages = kept ?? byKind[EVIDENCE_KINDS.indexOf(PIN_IMAGE_KIND)]!;
  const listedCount = byKind.reduce((a, b) => a + b, 0) + (kept ?? 0);
  if (inCase === listedCount && stored !== 'damaged') return { pinImages, unlisted: [] };
  const [all, ...listedKeys] = await Promise.all([
    db.getAllKeysFromIndex('evidence', 'caseId', caseId),
    ...EVIDENCE_KINDS.map((kind) => db.getAllKeysFromIndex('evidence', 'caseId_kind_capturedAt', kindRange(kind))),
  ]);
  const listed = new Set(listedKeys.flat().map(keyText));
  const unlisted: Listed<EvidenceRecord>[] = [];
  for (const key of all) {
    if (listed.has(keyText(key))) continue;
    const value = await db.get('evidence', key);
    unlisted.push({ ok: false, id: keyText(key), problem: validateEvidence(value) ?? 'not listed in the capture-time index' });
  }
  const indexed = listedKeys[EVIDENCE_KINDS.indexOf(PIN_IMAGE_KIND)]!.length;
  if (stored === 'owed' || indexed === kept) return { pinImages, unlisted };
  const to = await repairPinImageCount(db, caseId);
  return { pinImages: to, unlisted, repaired: { from: kept ?? null, to } };
}
