import type { DeadlineId } from './deadlines';

/** English labels for deadlines in lists, notifications and calendars. */
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
