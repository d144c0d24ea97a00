import type { CaseStatus, EvidenceKind, NoticeRecord, Platform } from '../db/schema';
import { t, type MessageKey } from '../i18n';
import type { InventoryState } from '../inventory/runner';
import type { DeadlineId } from './deadlines';

/**
 * English labels for deadlines, kept for callers that have no browser (calendar
 * files written in tests, the bundle's English report). On screen, use `deadlineLabel`.
 */
export const DEADLINE_LABELS: Record<DeadlineId, string> = {
  'dsa-internal-complaint': 'Last day for the internal complaint (at least six months)',
  'ods-eligibility': 'Last day Appeals Centre Europe accepts the case (its own rule)',
  'ods-decision': 'The out-of-court body should decide by',
  'gdpr-reply': 'Answer to the access request due',
  'gdpr-reply-extended': 'Answer due if the period is extended',
  'p2b-termination-notice': 'Earliest date a termination may take effect',
  'in-acknowledge': 'Grievance to be acknowledged by',
  'in-dispose': 'Grievance to be decided by',
  'in-appellate': 'Last day to appeal to the Grievance Appellate Committee',
};

/** What the store writes when a deletion has no reason (`utils/db/stores/evidence.ts`). */
const DELETED_BY_USER = 'Deleted by the user.';

const keyOf = (prefix: string, value: string) => `${prefix}_${value.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;

/** A locale key, or the English fallback when the key is missing (t() then returns the key itself). */
function localised(key: MessageKey, fallback: string, substitutions?: string | string[]): string {
  const text = t(key, substitutions);
  return text === key ? fallback : text;
}

/** The deadline in the UI language ("Last day for the internal complaint"). */
export function deadlineLabel(id: DeadlineId): string {
  return localised(keyOf('deadline', id), DEADLINE_LABELS[id] ?? id);
}

/** "Awaiting a reply", never `awaiting-reply`. */
export function caseStatusLabel(status: CaseStatus): string {
  return localised(keyOf('status', status), status.replace(/-/g, ' '));
}

/** "Account suspended", never `account_suspended`. */
export function noticeKindLabel(kind: NoticeRecord['kind']): string {
  return localised(keyOf('noticeKind', kind), kind.replace(/_/g, ' '));
}

/** "Saving…", "Finished", "Paused", "Cancelled": never `running` or `done`. */
export function inventoryStatusLabel(status: InventoryState['status']): string {
  return localised(keyOf('inventoryStatus', status), status);
}

/** "Screenshot", "Page copy", "Text": never a MIME type. */
export function evidenceKindLabel(kind: EvidenceKind): string {
  return localised(keyOf('evidenceKind', kind), kind);
}

const PLATFORM_NAMES: Record<Platform, string> = { pinterest: 'Pinterest', x: 'X', meta: 'Meta', tiktok: 'TikTok', youtube: 'YouTube', reddit: 'Reddit', other: '' };

/** Brand names are not translated; "other" is. */
export function platformName(platform: Platform): string {
  return PLATFORM_NAMES[platform] || localised('platformOther' as MessageKey, 'The platform');
}

/**
 * The notice in one sentence: "Pinterest suspended @maya_makes on 26 Nov".
 * One key per kind, so each language can order platform, account and date its own way.
 */
export function noticeHeadline(notice: Pick<NoticeRecord, 'kind' | 'platform' | 'account' | 'seenAt'>, day: string): string {
  const who = notice.account ? `@${notice.account.replace(/^@/, '')}` : localised('noticeYourAccount' as MessageKey, 'your account');
  const key = keyOf('noticeHeadline', notice.kind);
  const text = t(key, [platformName(notice.platform), who, day]);
  return text === key ? `${platformName(notice.platform)}: ${noticeKindLabel(notice.kind)} (${who}, ${day})` : text;
}

const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'lockerTitleField' as MessageKey,
  account: 'lockerAccount' as MessageKey,
  status: 'lockerStatus' as MessageKey,
  decisionDate: 'appealDecisionDate' as MessageKey,
  region: 'appealRegion' as MessageKey,
  referenceIds: 'lockerReferenceIds' as MessageKey,
  business: 'appealBusiness' as MessageKey,
};

/**
 * A log line in words: "Status: Open → Appealed", "Date of the decision changed",
 * never `decisionDate changed`. Lines the log wrote in full are shown as written.
 */
export function logLine(entry: { action: string; summary: string; subject?: Record<string, string | number | boolean | null> }): string {
  const field = typeof entry.subject?.field === 'string' ? entry.subject.field : undefined;
  const parse = (v: unknown): string => {
    try {
      return typeof v === 'string' ? String(JSON.parse(v)) : String(v);
    } catch {
      return String(v);
    }
  };
  if (entry.action === 'case.status' && entry.subject?.before !== undefined && entry.subject?.after !== undefined) {
    const [before, after] = [parse(entry.subject.before), parse(entry.subject.after)];
    const text = t('logStatusChanged' as MessageKey, [caseStatusLabel(before as CaseStatus), caseStatusLabel(after as CaseStatus)]);
    return text === 'logStatusChanged' ? entry.summary : text;
  }
  // The store writes this line in English; the title inside it is the user's own.
  const created = entry.action === 'case.created' ? /“(.*)”/.exec(entry.summary)?.[1] : undefined;
  if (created !== undefined) {
    const text = t('logCaseCreated' as MessageKey, created);
    return text === 'logCaseCreated' ? entry.summary : text;
  }
  if (entry.action === 'case.updated' && field && FIELD_KEYS[field]) {
    const name = t(FIELD_KEYS[field]).replace(/\s*\(.*\)\s*$/, '');
    const text = t('logFieldChanged' as MessageKey, name);
    return text === 'logFieldChanged' ? entry.summary : text;
  }
  // The store writes these in English too; what the user typed as a reason stays in their words.
  const kind = typeof entry.subject?.kind === 'string' && entry.subject.kind ? entry.subject.kind : undefined;
  if (entry.action === 'evidence.deleted' && kind) {
    const reason = entry.summary === DELETED_BY_USER ? '' : entry.summary;
    const what = evidenceKindLabel(kind as EvidenceKind);
    return reason ? localised('logEvidenceDeletedReason' as MessageKey, entry.summary, [what, reason]) : localised('logEvidenceDeleted' as MessageKey, entry.summary, what);
  }
  if (entry.action === 'evidence.moved') return localised('logMovedHere' as MessageKey, entry.summary);
  if (entry.action === 'notice.limited') return localised('logNoticesHeldBack' as MessageKey, entry.summary);
  return entry.summary;
}
