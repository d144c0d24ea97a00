import type { EvidenceRecord } from '../db/schema';
import type { PageMark, Store } from '../db/store';

/** Rows read per page: one page holds the whole list of most cases. */
export const LETTER_EVIDENCE_PAGE = 48;

/**
 * The evidence a letter lists (the notice's own captures, or the case's
 * when the letter has no notice), newest first, a page at a time through
 * the case's kind index: each page is handed to `show` as it is read, so
 * the letter appears with the first page and never waits for the pin
 * images' counts or a walk of other cases. Damaged rows are left out of the
 * letter (the Locker names them).
 */
export async function readLetterEvidence(
  store: Pick<Store, 'pageEvidence'>,
  caseId: string,
  noticeId: string | undefined,
  show: (evidence: EvidenceRecord[]) => void,
  signal?: AbortSignal,
): Promise<EvidenceRecord[]> {
  const found: EvidenceRecord[] = [];
  let after: PageMark | undefined;
  do {
    const page = await store.pageEvidence({ caseId, limit: LETTER_EVIDENCE_PAGE, ...(after ? { after } : {}) });
    if (signal?.aborted) return found;
    for (const item of page.items) if (item.ok && (!noticeId || item.record.noticeId === noticeId)) found.push(item.record);
    show([...found]);
    after = page.next;
  } while (after && !signal?.aborted);
  return found;
}
