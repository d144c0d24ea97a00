/**
 * Dates as a letter in each language writes them. Intl gives "1 mai 2025" and
 * "1 maggio 2025"; French and Italian write the first of the month as an
 * ordinal ("1er mai", "1° maggio").
 */
function ordinalFirst(text: string, language: string): string {
  if (language === 'fr') return text.replace(/(^|\s)1 (?=\p{L})/u, '$11er ');
  if (language === 'it') return text.replace(/(^|\s)1 (?=\p{L})/u, '$11° ');
  return text;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Formatters are costly to build and a letter needs several: one per language, style and zone. */
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = FORMATS.get(key);
  if (!f) FORMATS.set(key, (f = new Intl.DateTimeFormat(language, options)));
  return f;
}

function parse(iso: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
}

/** "1er mai 2025"; undefined when the input is absent or not a date, so an unknown date stays out of the text. */
export function formatDate(iso: string | undefined, language: string, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const t = parse(iso);
  if (Number.isNaN(t)) return undefined;
  // A calendar date has no time of day: format it in UTC so it never shifts by a day.
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : timeZone;
  return ordinalFirst(formatter(language, { dateStyle: 'long', timeZone: zone }).format(t), language);
}

/** French writes the time of day "11 h 15", not "11:15" (Intl gives the colon). */
function frenchHours(text: string, language: string): string {
  return language === 'fr' ? text.replace(/(\d{1,2}):(\d{2})$/, '$1 h $2') : text;
}

/** "1er mai 2025 à 11 h 15". */
export function formatDateTime(iso: string | undefined, language: string, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const t = parse(iso);
  if (Number.isNaN(t)) return undefined;
  return frenchHours(ordinalFirst(formatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(t), language), language);
}

/** A calendar day `days` after `from`, as YYYY-MM-DD in the zone. */
export function addDaysLocal(from: Date, days: number, timeZone: string): string {
  const parts = formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(from.getTime() + days * 86_400_000));
  return parts;
}
