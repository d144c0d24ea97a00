/**
 * What a notice says about the time to appeal, and in which sense.
 * "You have 30 days to appeal" and "the decision can no longer be appealed
 * after 30 days" state the window's length; "there are 30 days remaining to
 * disagree" states the time *left* on the day the notice was seen, which
 * says nothing about the length unless the decision date is known.
 */
export type WindowSense = 'length' | 'remaining' | 'cutoff';
export interface AppealWindow {
  days: number;
  sense: WindowSense;
}

const WORDS: Record<string, number> = { seven: 7, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 };
const N = '(\\d+|seven|fourteen|thirty|sixty|ninety)';
const ACT = '(?:appeal|disagree|request a review|contest|submit an appeal)';

const REMAINING = [
  new RegExp(`(?:there (?:are|is) )?${N} days? (?:remaining|left) (?:to|in which to|for you to) ${ACT}`),
  new RegExp(`you have ${N} days? left to ${ACT}`),
  /il vous reste (\d+) jours? pour (?:faire appel|contester|vous opposer)/,
  /(?:te|le|les) quedan (\d+) días? para (?:apelar|recurrir|impugnar|mostrar tu desacuerdo)/,
  /(?:ti |vi )?(?:restano|rimangono) (\d+) giorni per (?:fare ricorso|contestare|impugnare)/,
  /(?:restam|faltam)(?:-lhe)? (\d+) dias para (?:recorrer|contestar|discordar)/,
  /(?:sie haben )?noch (\d+) tage?,? um (?:einspruch|widerspruch|beschwerde)/,
  /(?:je hebt|u heeft) nog (\d+) dagen? om (?:bezwaar|beroep)/,
  /(?:異議申し立て|申し立て|異議申立て)[^。]{0,20}残り(\d+)日/,
  /残り(\d+)日[^。]{0,20}(?:異議|申し立て|申立て)/,
];
const CUTOFF = [
  new RegExp(`(?:can no longer|cannot|can't|can not|will not be able to|won't be able to) (?:be appealed|appeal(?: this decision)?) (?:after|once) ${N} days`),
  new RegExp(`after ${N} days,? (?:you )?(?:can no longer|cannot|can't|will not be able to) (?:appeal|be appealed)`),
  new RegExp(`(?:appeals?|requests?)[^.]{0,40}(?:not|no longer) (?:be )?(?:accepted|possible|available) (?:after|beyond) ${N} days`),
];
const LENGTH = [
  new RegExp(`${ACT}[^.]{0,60}(?:within|in the next|no later than) ${N} days`),
  new RegExp(`(?:within|no later than) ${N} days[^.]{0,40}${ACT}`),
  new RegExp(`you have ${N} days to ${ACT}`),
  /vous avez (\d+) jours pour (?:faire appel|contester)/,
  /(?:dans un délai de|dentro de|entro|no prazo de|innerhalb von|binnen) (\d+) (?:jours|días|giorni|dias|tagen|dagen)[^.]{0,40}(?:appel|contest|recurr|apela|ricorso|impugn|einspruch|widerspruch|beschwerde|bezwaar|beroep)/,
  /(\d+)日以内に[^。]{0,20}(?:異議|申し立て|申立て)/,
];

function first(patterns: RegExp[], text: string): number | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) {
      const raw = m.slice(1).find(Boolean)!;
      const days = WORDS[raw] ?? Number(raw);
      if (days > 0) return days;
    }
  }
  return undefined;
}

/** The notice's appeal window, if it states one; time left wins over a length, since it is the more specific reading. */
export function readAppealWindow(noticeText: string): AppealWindow | undefined {
  const text = noticeText.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const remaining = first(REMAINING, text);
  if (remaining !== undefined) return { days: remaining, sense: 'remaining' };
  const cutoff = first(CUTOFF, text);
  if (cutoff !== undefined) return { days: cutoff, sense: 'cutoff' };
  const length = first(LENGTH, text);
  if (length !== undefined) return { days: length, sense: 'length' };
  return undefined;
}

const DAY = 86_400_000;
/**
 * Art. 20(1) DSA: at least six months. Platforms commonly write six months as
 * "180 days"; a letter that called that short by a day or four would cost the
 * user credibility, so only a window under 180 days is argued.
 */
export const SIX_MONTHS_DAYS = 180;

export interface WindowReading {
  days: number;
  sense: WindowSense;
  /** For time left: the day the window would close (YYYY-MM-DD, UTC), when the day the notice was seen is known. */
  endsOn?: string;
}

/**
 * Whether the window the notice states is shorter than Art. 20(1) DSA allows.
 * A length or a cut-off under six months is; time left is only when the
 * start is known (decision or notification) and start + six months falls
 * after the day the time left runs out. Unknown stays unknown: the caller
 * may ask the platform to confirm the period instead.
 */
export function judgeWindow(window: AppealWindow | undefined, dates: { start?: string; seenAt?: string }): { reading: WindowReading; short: boolean | 'unknown' } | undefined {
  if (!window) return undefined;
  if (window.sense !== 'remaining') return { reading: { ...window }, short: window.days < SIX_MONTHS_DAYS };
  const seen = dates.seenAt ? Date.parse(dates.seenAt) : NaN;
  const start = dates.start ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(dates.start) ? `${dates.start}T00:00:00Z` : dates.start) : NaN;
  if (Number.isNaN(seen)) return { reading: { ...window }, short: 'unknown' };
  const end = seen + window.days * DAY;
  const endsOn = new Date(end).toISOString().slice(0, 10);
  if (Number.isNaN(start)) return { reading: { ...window, endsOn }, short: 'unknown' };
  const sixMonthsLater = new Date(start);
  sixMonthsLater.setUTCMonth(sixMonthsLater.getUTCMonth() + 6);
  return { reading: { ...window, endsOn }, short: end < sixMonthsLater.getTime() - DAY };
}
