import { checkNotice } from './checklist';
import type { AppealContext, ChecklistId, ItemStatus } from './types';

/** How a labeller marks an item; the checker's 'unknown' reads as 'unclear'. */
export type Label = 'present' | 'missing' | 'unclear' | 'not applicable';

export interface LabelledNotice {
  id: string;
  text: string;
  kind: 'account_suspended' | 'account_deactivated' | 'account_restricted' | 'content_removed';
  split: 'tune' | 'heldout';
  context: Pick<AppealContext, 'region' | 'business'>;
  labels: Record<ChecklistId, { status: Label; reason: string }>;
}

export interface Disagreement {
  id: string;
  item: ChecklistId;
  label: Label;
  checker: Label;
  reason: string;
}

export interface Agreement {
  notices: number;
  present: { agreed: number; total: number };
  missing: { agreed: number; total: number };
  disagreements: Disagreement[];
}

const asLabel = (s: ItemStatus): Label => (s === 'unknown' ? 'unclear' : s);

/**
 * Agreement of the checker with hand labels: of the items labelled present,
 * how many the checker finds present; of those labelled missing, how many it
 * finds missing. Unclear and not-applicable labels are listed, not scored.
 */
export function agreement(notices: LabelledNotice[]): Agreement {
  const result: Agreement = { notices: notices.length, present: { agreed: 0, total: 0 }, missing: { agreed: 0, total: 0 }, disagreements: [] };
  for (const notice of notices) {
    const found = checkNotice({ text: notice.text, kind: notice.kind }, { platform: 'other', ...notice.context });
    for (const item of found) {
      const label = notice.labels[item.id];
      if (!label) continue;
      const checker = asLabel(item.status);
      if (label.status === 'present' || label.status === 'missing') {
        const bucket = result[label.status];
        bucket.total++;
        if (checker === label.status) bucket.agreed++;
      }
      if (checker !== label.status && label.status !== 'unclear') result.disagreements.push({ id: notice.id, item: item.id, label: label.status, checker, reason: label.reason });
    }
  }
  return result;
}
