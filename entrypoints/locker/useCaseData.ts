import { useEffect, useState } from 'preact/hooks';
import { newestPicture } from '@/utils/cases/case-picture';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines, type Deadline } from '@/utils/cases/deadlines';
import { bundleExportedSetting } from '@/utils/cases/progress';
import type { CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, NoticeRecord } from '@/utils/db/schema';
import type { Listed, Store } from '@/utils/db/store';

export interface CaseData {
  notices: NoticeRecord[];
  /** The case's newest picture, if any: what the case home's "screenshot" step needs (the whole list is read per tab, `useCaseEvidence`). */
  picture?: EvidenceRecord;
  letters: LetterRecord[];
  correspondence: CorrespondenceRecord[];
  inventories: InventoryRecord[];
  log: LogRecord[];
  deadlines: Deadline[];
  bundleExportedAt?: string;
}

/**
 * What the case home and the small tabs show, read once per change. Every
 * read here is as small as the case's notices, letters and messages, never as
 * large as its evidence: the first content waits for nothing that grows with
 * the account (issue 18).
 */
export function useCaseData(store: Store, theCase: CaseRecord | undefined, version: number): CaseData | undefined {
  const [data, setData] = useState<CaseData>();
  useEffect(() => {
    if (!theCase) return setData(undefined);
    let current = true;
    void (async () => {
      const c = theCase;
      const [notices, picture, letters, correspondence, inventories, log, bundleExportedAt] = await Promise.all([
        store.listNotices(c.id),
        newestPicture(store, c.id).catch(() => undefined),
        store.listLetters(c.id),
        store.listCorrespondence(c.id),
        store.listInventories(c.id),
        store.listLog(),
        store.getSetting<string>(bundleExportedSetting(c.id)).catch(() => undefined),
      ]);
      let deadlines: Deadline[] = [];
      try {
        deadlines = computeDeadlines(clockOf(c, notices, correspondence), Intl.DateTimeFormat().resolvedOptions().timeZone);
      } catch {
        deadlines = [];
      }
      if (current) setData({ notices, picture, letters, correspondence, inventories, log: log.filter((l) => !l.caseId || l.caseId === c.id), deadlines, bundleExportedAt: bundleExportedAt ?? undefined });
    })();
    return () => void (current = false);
  }, [theCase?.id, theCase?.status, theCase?.decisionDate, theCase?.region, theCase?.business, version]);
  return data;
}

export interface CaseEvidence {
  /** Newest first, pin images left out, damaged rows last (as `Store.listEvidence` lists a case). */
  list: Listed<EvidenceRecord>[];
  /** False while only the first page is read; the whole list (and the damaged rows at its end) follows. */
  complete: boolean;
  /** The case's pin images: counted, shown in the inventory view. Known once the list is complete. */
  pinImages?: number;
  /** Why the list could not be read, in the store's words. */
  error?: string;
}

/** The first page of the grid: what fills a screen, read without the counts the whole list needs. */
export const FIRST_PAGE = 48;

/**
 * The case's evidence, read only while a tab that shows it is open
 * (Evidence, Timeline): first a page through the case's kind index (tens of
 * milliseconds), then the whole list with its damaged rows and the count of
 * pin images. With 50,000 pin images in a case the second read takes
 * seconds in Chromium (index counts walk them), so the case home never
 * starts it and the Evidence tab shows its first page meanwhile.
 */
export function useCaseEvidence(store: Store, caseId: string | undefined, version: number, wanted: boolean): CaseEvidence | undefined {
  const [evidence, setEvidence] = useState<{ caseId: string; version: number; value: CaseEvidence }>();
  useEffect(() => {
    if (!caseId || !wanted) return;
    if (evidence && evidence.caseId === caseId && evidence.version === version && evidence.value.complete) return;
    let current = true;
    const show = (value: CaseEvidence) => current && setEvidence({ caseId, version, value });
    const failed = (error: Error) => show({ list: [], complete: true, error: error.message });
    void (async () => {
      const first = await store.listEvidence({ caseId, limit: FIRST_PAGE });
      // A page shorter than asked for is the whole valid list, but damaged rows are only found by the whole read.
      show({ list: first, complete: false });
      const { listed, pinImages } = await store.listCaseEvidence(caseId);
      show({ list: listed, complete: true, pinImages });
    })().catch(failed);
    return () => void (current = false);
  }, [caseId, version, wanted]);
  // Only this version's list: an older one may still hold a card just deleted or moved.
  return evidence && evidence.caseId === caseId && evidence.version === version ? evidence.value : undefined;
}
