import type { EvidenceKind, EvidenceRecord } from '../db/schema';
import type { EvidenceQuery } from '../db/stores/evidence';
import type { Listed } from '../db/stores/base';

/** The kinds the case's "screenshot" step counts (`caseSteps`): a picture of the page, stored as an image. */
export const PICTURE_KINDS: readonly EvidenceKind[] = ['screenshot', 'fullpage', 'element'];
const FIRST = 8;

/**
 * The case's newest picture, read through the kind index a few rows at a
 * time: the case home needs to know whether one exists, and reading the
 * whole evidence list for that (50,000 pin images beside the captures, and
 * two index counts over them that take seconds in Chromium) kept its first
 * content waiting. The newest few first, then (only if none of those is an
 * image) every picture of the case, so the answer is the same as
 * `caseSteps` over the whole list.
 */
export async function newestPicture(store: { listEvidence(q: EvidenceQuery): Promise<Listed<EvidenceRecord>[]> }, caseId: string): Promise<EvidenceRecord | undefined> {
  for (const limit of [FIRST, undefined]) {
    const page = (await store.listEvidence({ caseId, kinds: PICTURE_KINDS, limit })).flatMap((l) => (l.ok ? [l.record] : []));
    const found = page.find((e) => e.mime.startsWith('image/'));
    if (found || (limit && page.length < limit)) return found;
  }
  return undefined;
}
