import { useEffect, useState } from 'preact/hooks';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines, type Deadline } from '@/utils/cases/deadlines';
import { bundleExportedSetting } from '@/utils/cases/progress';
import type { CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, NoticeRecord } from '@/utils/db/schema';
import type { Listed, Store } from '@/utils/db/store';

export interface CaseData {
  notices: NoticeRecord[];
  evidence: Listed<EvidenceRecord>[];
  letters: LetterRecord[];
  correspondence: CorrespondenceRecord[];
  inventories: InventoryRecord[];
  log: LogRecord[];
  deadlines: Deadline[];
  bundleExportedAt?: string;
}

/** Everything the case's tabs show, read once per change (not once per tab). */
export function useCaseData(store: Store, theCase: CaseRecord | undefined, version: number): CaseData | undefined {
  const [data, setData] = useState<CaseData>();
  useEffect(() => {
    if (!theCase) return setData(undefined);
    let current = true;
    void (async () => {
      const c = theCase;
      const [notices, evidence, letters, correspondence, inventories, log, bundleExportedAt] = await Promise.all([
        store.listNotices(c.id),
        store.listEvidence({ caseId: c.id }),
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
      if (current) setData({ notices, evidence, letters, correspondence, inventories, log: log.filter((l) => !l.caseId || l.caseId === c.id), deadlines, bundleExportedAt: bundleExportedAt ?? undefined });
    })();
    return () => void (current = false);
  }, [theCase?.id, theCase?.status, theCase?.decisionDate, theCase?.region, theCase?.business, version]);
  return data;
}
