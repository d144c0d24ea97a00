import type { CaseStatus, EvidenceKind, NoticeRecord, Platform } from '../db/schema';
import { t, type MessageKey } from '../i18n';
import type { InventoryState } from '../inventory/runner';
import type { DeadlineId } from './deadlines';

/**
 * English labels for deadlines, kept for callers that have no browser (calendar
 * files written in tests, the bundle's English report). On screen, use `deadlineLabel`.
 */
export const DEADLINE_LABELS: Record<DeadlineId, string> = {
  'dsa-internal-complaint': 'Last day for the internal complaint',
  'ods-eligibility': 'Last day an out-of-court body accepts the case',
  'ods-decision': 'Out-of-court decision due',
  'gdpr-reply': 'Reply to the data access request due',
  'gdpr-reply-extended': 'Extended reply to the data access request due',
  'p2b-termination-notice': 'Earliest date a termination may take effect',
  'in-acknowledge': 'Grievance acknowledgement due',
  'in-dispose': 'Grievance decision due',
  'in-appellate': 'Last day to appeal to the Grievance Appellate Committee',
};

const keyOf = (prefix: string, value: string) => `${prefix}_${value.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;

/** A locale key, or the English fallback when the key is missing (t() then returns the key itself). */
function localised(key: MessageKey, fallback: string): string {
  const text = t(key);
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
