import type { CaseRecord, CorrespondenceRecord, NoticeRecord } from '../db/schema';
import type { CaseClock } from './deadlines';

/** What a case's records say about its clock: the first notice, the first access request and ODS filing sent. */
export function clockOf(c: CaseRecord, notices: NoticeRecord[], correspondence: CorrespondenceRecord[]): CaseClock {
  const firstNotice = [...notices].sort((a, b) => a.seenAt.localeCompare(b.seenAt))[0];
  const sent = (re: RegExp) => correspondence.filter((m) => m.direction === 'sent' && re.test(m.summary)).sort((a, b) => a.at.localeCompare(b.at))[0]?.at;
  return {
    region: c.region,
    business: c.business,
    decisionDate: c.decisionDate,
    notifiedAt: firstNotice?.seenAt,
    gdprRequestSentAt: sent(/GDPR|access request/i),
    odsFiledAt: sent(/out-of-court|dispute settlement/i),
  };
}
