import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * Every string a person sees goes through the extension's locale files
 * (`public/_locales/<lang>/messages.json`). A missing key shows the key itself,
 * which a test catches, rather than an empty label.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // i18n is unavailable (a unit test without a browser): fall through.
  }
  return key;
}

/** The UI language the browser picked, e.g. "en" or "de". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split(/[-_]/)[0] || 'en';
  } catch {
    return 'en';
  }
}

/**
 * The browser's UI language as a full tag for `Intl` ("en-GB", "de", "pt-BR"): the region
 * matters for dates ("26 Nov" in en-GB, "Nov 26" in en-US) even where messages do not.
 */
export function uiLocale(): string {
  try {
    const tag = browser.i18n.getUILanguage().replace(/_/g, '-');
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

type Instant = Date | string | number;

/** Where and how to format: the UI language and the viewer's time zone unless told otherwise. */
export type IntlOptions = { locale?: string; timeZone?: string };

function toDate(value: Instant): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale ?? uiLocale(), options);
  } catch {
    // An unknown time zone or tag must not blank the page: fall back to the viewer's own.
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(undefined, rest);
  }
}

/**
 * "Nov 26, 2026" · "26.11.2026" · "2026/11/26". Pass Intl options to change the shape,
 * e.g. `{ month: 'short', day: 'numeric' }` for "Nov 26" · "26. Nov." · "11月26日".
 * An unreadable date is returned as given rather than as "Invalid Date".
 */
export function formatDate(value: Instant, options: IntlOptions & Intl.DateTimeFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { locale, ...rest } = options;
  const shape = rest.dateStyle || rest.month || rest.day || rest.year || rest.weekday ? rest : { dateStyle: 'medium' as const, ...rest };
  return dateTimeFormat(locale, shape).format(date);
}

/** "Nov 26, 2026, 1:05 PM" · "26.11.2026, 13:05" · "2026/11/26 13:05". */
export function formatDateTime(value: Instant, options: IntlOptions & Intl.DateTimeFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { locale, ...rest } = options;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...rest }).format(date);
}

/** "1,080" · "1.080" · "1,080". */
export function formatNumber(value: number, options: IntlOptions & Intl.NumberFormatOptions = {}): string {
  const { locale, timeZone: _unused, ...rest } = options;
  return new Intl.NumberFormat(locale ?? uiLocale(), rest).format(value);
}

/** "152 days" · "152 Tage" · "152 日": a count of days in words of the UI language. */
export function formatDays(days: number, options: IntlOptions = {}): string {
  return formatNumber(days, { locale: options.locale, style: 'unit', unit: 'day', unitDisplay: 'long' });
}

/** The calendar day of an instant in a time zone, as a day count, so "days left" changes at midnight. */
function dayNumber(date: Date, timeZone: string | undefined): number {
  const parts = dateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}

/**
 * Whole calendar days from `now` to `deadline` in the viewer's time zone: 0 on the day itself,
 * negative once it has passed. NaN when the deadline cannot be read.
 */
export function daysUntil(deadline: Instant, now: Instant = Date.now(), options: IntlOptions = {}): number {
  const end = toDate(deadline);
  const start = toDate(now);
  if (!end || !start) return Number.NaN;
  return dayNumber(end, options.timeZone) - dayNumber(start, options.timeZone);
}

/**
 * "152 days left" · "noch 152 Tage" · "残り 152 日", "due today", "3 days overdue": a deadline
 * as a person reads it. `translate` defaults to the extension's messages (tests pass a locale's).
 */
export function formatDaysLeft(
  deadline: Instant,
  now: Instant = Date.now(),
  options: IntlOptions & { translate?: (key: MessageKey, substitutions?: string | string[]) => string } = {},
): string {
  const days = daysUntil(deadline, now, options);
  const translate = options.translate ?? t;
  if (Number.isNaN(days)) return String(deadline);
  if (days === 0) return translate('dueToday');
  if (days > 0) return translate('dueIn', formatDays(days, options));
  return translate('dueOverdue', formatDays(-days, options));
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * "yesterday" · "vor 3 Stunden" · "3 時間前" · "in 2 weeks": how long ago or ahead, roughly.
 * Within a few hours the clock counts ("5 minutes ago" even across midnight); beyond that the
 * calendar does, so 23:00 the evening before reads "yesterday".
 */
export function formatRelative(value: Instant, now: Instant = Date.now(), options: IntlOptions = {}): string {
  const date = toDate(value);
  const from = toDate(now);
  if (!date || !from) return String(value);
  const diff = date.getTime() - from.getTime();
  const size = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(options.locale ?? uiLocale(), { numeric: 'auto' });
  const calendarDays = daysUntil(date, from, options);
  if (size < 60_000) return format.format(0, 'second');
  if (size < HOUR) return format.format(Math.trunc(diff / 60_000), 'minute');
  if (size < 6 * HOUR || calendarDays === 0) return format.format(Math.trunc(diff / HOUR), 'hour');
  if (size < 7 * DAY) return format.format(calendarDays, 'day');
  if (size < 30 * DAY) return format.format(Math.round(diff / (7 * DAY)), 'week');
  if (size < 365 * DAY) return format.format(Math.round(diff / (30 * DAY)), 'month');
  return format.format(Math.round(diff / (365 * DAY)), 'year');
}
