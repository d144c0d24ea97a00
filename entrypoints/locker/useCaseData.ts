import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidencePager } from '@/utils/cases/evidence-pager';
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
  /** Newest first, pin images left out: the pages read so far, then the rows no index lists (damaged) once the audit found them. */
  list: Listed<EvidenceRecord>[];
  /** Every page is read and the audit is done: nothing more will come. */
  complete: boolean;
  /** A page or the audit is being read. */
  busy: boolean;
  /** More pages to read: the grid asks for the next as its end scrolls near. */
  more?: () => void;
  /** The case's pin images: counted, shown in the inventory view. Unknown (undefined) until the kept count or the audit is read. */
  pinImages?: number;
  /** Why the list could not be read, in the store's words. */
  error?: string;
}

/** A page of the grid: what fills a screen. */
export const FIRST_PAGE = 48;

/**
 * The case's evidence, read only while a tab that shows it is open:
 * `paged` (Evidence) reads the first page, then one more each time the grid
 * asks; `whole` (Timeline) reads every page. Both read the audit (pin images
 * counted, rows no index lists) after the first page, never before it: in
 * Chromium its counts walk every pin image, seconds at 50,000.
 */
export function useCaseEvidence(store: Store, caseId: string | undefined, version: number, wanted: false | 'paged' | 'whole'): CaseEvidence | undefined {
  const pager = useRef<{ version: number; pager: EvidencePager }>();
  const [, changed] = useState(0);
  const current = pager.current && pager.current.pager.caseId === caseId && pager.current.version === version ? pager.current.pager : undefined;
  useEffect(() => {
    if (!caseId || !wanted) return;
    let p = current;
    if (!p) {
      pager.current?.pager.close();
      p = new EvidencePager(store, caseId, FIRST_PAGE, () => changed((n) => n + 1));
      pager.current = { version, pager: p };
    }
    const reading = p;
    void (async () => {
      if (!reading.list.length) await reading.more();
      if (wanted === 'whole') await reading.all();
      await reading.readAudit();
    })();
  }, [caseId, version, wanted]);
  useEffect(() => () => pager.current?.pager.close(), []);
  // Only this version's list: an older one may still hold a card just deleted or moved.
  if (!current || (!current.list.length && !current.complete && !current.error)) return undefined;
  return {
    list: current.shown,
    complete: current.complete && !!current.audit,
    busy: current.busy,
    ...(current.complete ? {} : { more: () => void current.more() }),
    ...(current.pinImages !== undefined ? { pinImages: current.pinImages } : {}),
    ...(current.error ? { error: current.error } : {}),
  };
}
