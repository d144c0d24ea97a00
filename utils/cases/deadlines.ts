import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, endOfDay } from 'date-fns';
import type { Region } from '../db/schema';

/**
 * The clock of a case. Every deadline names its source (a citation id in
 * utils/appeal/data/citations.json, or the ODS body's own rule) and is
 * computed on calendar dates in the user's time zone: a six-month window
 * opened on 31 August closes at the end of 28 (or 29) February, local time,
 * whatever daylight-saving change lies between.
 */
export type DeadlineId =
  | 'dsa-internal-complaint'
  | 'ods-eligibility'
  | 'ods-decision'
  | 'gdpr-reply'
  | 'gdpr-reply-extended'
  | 'p2b-termination-notice'
  | 'in-acknowledge'
  | 'in-dispose'
  | 'in-appellate';

export interface Deadline {
  id: DeadlineId;
  /** The last moment, as a UTC instant (end of the local day). */
  due: string;
  /** The last day, in the user's time zone (YYYY-MM-DD). */
  dueDate: string;
  /** What starts the clock, and when. */
  from: { event: string; at: string };
  /** Citation ids, or "ods:<body id>" for a body's own rule. */
  sources: string[];
}

export interface CaseClock {
  region: Region;
  business: boolean;
  decisionDate?: string;
  notifiedAt?: string;
  odsFiledAt?: string;
  odsComplex?: boolean;
  gdprRequestSentAt?: string;
  gdprExtended?: boolean;
  terminationNoticeAt?: string;
  inComplaintAt?: string;
  inGrievanceDecisionAt?: string;
}

type Unit = { months: number } | { days: number } | { hours: number };

/**
 * The end of the local day `amount` later. A date without a time (YYYY-MM-DD)
 * is that calendar day in the user's zone; an instant is placed in the zone
 * first, so "one month after 23:30 UTC on 31 January" in Tokyo counts from 1 February.
 */
export function addPeriod(start: string, amount: Unit, timeZone: string): { due: string; dueDate: string } {
  const startLocal = /^\d{4}-\d{2}-\d{2}$/.test(start)
    ? new TZDate(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)), timeZone)
    : new TZDate(new Date(start).getTime(), timeZone);
  if (Number.isNaN(startLocal.getTime())) throw new RangeError(`Not a date: ${start}`);
  if ('hours' in amount) {
    const due = new Date(startLocal.getTime() + amount.hours * 3_600_000);
    return { due: due.toISOString(), dueDate: localDate(new TZDate(due.getTime(), timeZone)) };
  }
  const shifted = 'months' in amount ? addMonths(startLocal, amount.months) : addDays(startLocal, amount.days);
  const end = endOfDay(shifted);
  return { due: new Date(end.getTime()).toISOString(), dueDate: localDate(end) };
}

function localDate(d: TZDate): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function make(id: DeadlineId, event: string, at: string, amount: Unit, timeZone: string, sources: string[]): Deadline {
  return { id, ...addPeriod(at, amount, timeZone), from: { event, at }, sources };
}

/** Every deadline that follows from what is known of the case, earliest first. */
export function computeDeadlines(clock: CaseClock, timeZone: string): Deadline[] {
  const out: Deadline[] = [];
  const eu = clock.region === 'eu';
  const informed = clock.notifiedAt ?? clock.decisionDate;
  if (eu && informed) out.push(make('dsa-internal-complaint', 'informed of the decision', informed, { months: 6 }, timeZone, ['dsa20_1', 'dsa20_2']));
  if (eu && clock.decisionDate) out.push(make('ods-eligibility', 'decision', clock.decisionDate, { months: 6 }, timeZone, ['ods:ace']));
  if (eu && clock.odsFiledAt) out.push(make('ods-decision', 'dispute filed', clock.odsFiledAt, { days: clock.odsComplex ? 180 : 90 }, timeZone, ['dsa21_4']));
  if ((eu || clock.region === 'uk') && clock.gdprRequestSentAt) {
    out.push(
      clock.gdprExtended
        ? make('gdpr-reply-extended', 'access request sent', clock.gdprRequestSentAt, { months: 3 }, timeZone, ['gdpr12_3'])
        : make('gdpr-reply', 'access request sent', clock.gdprRequestSentAt, { months: 1 }, timeZone, ['gdpr12_3']),
    );
  }
  if (eu && clock.business && clock.terminationNoticeAt) out.push(make('p2b-termination-notice', 'termination notice', clock.terminationNoticeAt, { days: 30 }, timeZone, ['p2b4_2']));
  if (clock.region === 'in' && clock.inComplaintAt) {
    out.push(make('in-acknowledge', 'grievance filed', clock.inComplaintAt, { hours: 24 }, timeZone, ['in_3_2']));
    out.push(make('in-dispose', 'grievance filed', clock.inComplaintAt, { days: 15 }, timeZone, ['in_3_2']));
  }
  if (clock.region === 'in' && clock.inGrievanceDecisionAt) out.push(make('in-appellate', 'grievance officer decided', clock.inGrievanceDecisionAt, { days: 30 }, timeZone, ['in_3A']));
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
