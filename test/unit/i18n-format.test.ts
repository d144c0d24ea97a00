import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  daysUntil, formatDate, formatDateTime, formatDays, formatDaysLeft, formatNumber, formatRelative, t, uiLocale,
  type MessageKey,
} from '../../utils/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Chrome's getMessage over one locale's file, so the helpers are checked with the real words. */
function messagesOf(dir: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Record<string, Entry>;
  return (key: MessageKey, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? ''),
    );
  };
}

/** Pretends the browser runs in `tag` with that locale's messages. */
function browserIn(tag: string, dir: string) {
  (fakeBrowser as unknown as { i18n: object }).i18n = { getMessage: messagesOf(dir), getUILanguage: () => tag };
}

const noon = '2026-11-26T12:05:00Z';
const utc = { timeZone: 'UTC' };

describe('dates and numbers in the UI language', () => {
  it('formats a date in English, German and Japanese', () => {
    expect(formatDate(noon, { locale: 'en', ...utc })).toBe('Nov 26, 2026');
    expect(formatDate(noon, { locale: 'de', ...utc })).toBe('26.11.2026');
    expect(formatDate(noon, { locale: 'ja', ...utc })).toBe('2026/11/26');
  });

  it('takes a shape: day and month only', () => {
    const shape = { month: 'short', day: 'numeric' } as const;
    expect(formatDate(noon, { locale: 'en', ...utc, ...shape })).toBe('Nov 26');
    expect(formatDate(noon, { locale: 'de', ...utc, ...shape })).toBe('26. Nov.');
    expect(formatDate(noon, { locale: 'ja', ...utc, ...shape })).toBe('11月26日');
  });

  it('formats date and time in the given time zone', () => {
    expect(formatDateTime(noon, { locale: 'en', ...utc })).toBe('Nov 26, 2026, 12:05 PM');
    expect(formatDateTime(noon, { locale: 'de', timeZone: 'Europe/Berlin' })).toBe('26.11.2026, 13:05');
    expect(formatDateTime(noon, { locale: 'ja', timeZone: 'Asia/Tokyo' })).toBe('2026/11/26 21:05');
  });

  it('follows the browser language when no locale is given', () => {
    browserIn('de', 'de');
    expect(uiLocale()).toBe('de');
    expect(formatDate(noon, utc)).toBe('26.11.2026');
    expect(formatNumber(1080)).toBe('1.080');
    browserIn('en-GB', 'en');
    expect(uiLocale()).toBe('en-GB');
    expect(formatDate(noon, utc)).toBe('26 Nov 2026');
    browserIn('ja', 'ja');
    expect(formatDate(noon, utc)).toBe('2026/11/26');
  });

  it('returns an unreadable date as given instead of "Invalid Date", and survives a bad time zone', () => {
    expect(formatDate('not a date', { locale: 'de' })).toBe('not a date');
    expect(formatDateTime('', { locale: 'de' })).toBe('');
    expect(formatDate(noon, { locale: 'de', timeZone: 'Mars/Olympus' })).toMatch(/2026/);
  });

  it('formats numbers and day counts', () => {
    expect(formatNumber(1234567.5, { locale: 'en' })).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, { locale: 'de' })).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, { locale: 'ja' })).toBe('1,234,567.5');
    expect(formatDays(1, { locale: 'en' })).toBe('1 day');
    expect(formatDays(152, { locale: 'de' })).toBe('152 Tage');
    expect(formatDays(152, { locale: 'ja' })).toBe('152 日');
  });
});

describe('deadlines as days left', () => {
  it('counts calendar days in the viewer’s time zone', () => {
    expect(daysUntil('2026-11-27T00:30:00Z', '2026-11-26T23:30:00Z', utc)).toBe(1);
    // In Berlin both instants fall on 27 November.
    expect(daysUntil('2026-11-27T00:30:00Z', '2026-11-26T23:30:00Z', { timeZone: 'Europe/Berlin' })).toBe(0);
    expect(daysUntil('2027-04-27T12:00:00Z', noon, utc)).toBe(152);
    expect(daysUntil('2026-11-23', noon, utc)).toBe(-3);
    expect(daysUntil('garbage', noon)).toBeNaN();
  });

  it('says it in English, German and Japanese', () => {
    const cases: [string, string, string[]][] = [
      ['en', 'en', ['152 days left', 'due today', '3 days overdue', '1 day left']],
      ['de', 'de', ['noch 152 Tage', 'heute fällig', '3 Tage überfällig', 'noch 1 Tag']],
      ['ja', 'ja', ['残り 152 日', '今日が期限', '期限を 3 日 過ぎています', '残り 1 日']],
    ];
    for (const [locale, dir, expected] of cases) {
      const options = { locale, ...utc, translate: messagesOf(dir) };
      expect([
        formatDaysLeft('2027-04-27T09:00:00Z', noon, options),
        formatDaysLeft('2026-11-26T23:00:00Z', noon, options),
        formatDaysLeft('2026-11-23T08:00:00Z', noon, options),
        formatDaysLeft('2026-11-27T01:00:00Z', noon, options),
      ]).toEqual(expected);
    }
  });

  it('uses the extension’s own messages by default', () => {
    browserIn('de', 'de');
    expect(formatDaysLeft('2026-12-06T12:00:00Z', noon, utc)).toBe('noch 10 Tage');
    expect(t('dueToday')).toBe('heute fällig');
  });
});

describe('relative time', () => {
  it('reads naturally in English, German and Japanese', () => {
    const at = (iso: string, locale: string) => formatRelative(iso, noon, { locale, ...utc });
    expect(at('2026-11-26T12:04:40Z', 'en')).toBe('now');
    expect(at('2026-11-26T11:50:00Z', 'en')).toBe('15 minutes ago');
    expect(at('2026-11-26T09:05:00Z', 'de')).toBe('vor 3 Stunden');
    expect(at('2026-11-25T01:00:00Z', 'en')).toBe('yesterday');
    expect(at('2026-11-25T01:00:00Z', 'de')).toBe('gestern');
    expect(at('2026-11-25T01:00:00Z', 'ja')).toBe('昨日');
    expect(at('2026-12-10T12:00:00Z', 'en')).toBe('in 2 weeks');
    expect(at('2026-08-20T12:00:00Z', 'ja')).toBe('3 か月前');
    expect(at('2024-11-01T12:00:00Z', 'de')).toBe('vor 2 Jahren');
    expect(at('nonsense', 'en')).toBe('nonsense');
  });

  it('counts minutes across midnight by the clock, not as "yesterday"', () => {
    expect(formatRelative('2026-11-25T23:58:00Z', '2026-11-26T00:03:00Z', { locale: 'en', ...utc })).toBe('5 minutes ago');
  });
});

describe('reminder notifications in the UI language', () => {
  it('titles and explains a reminder in German and Japanese, never in English', async () => {
    const { Store } = await import('../../utils/db/store');
    const { onReminderAlarm } = await import('../../utils/background/reminders');
    const store = new Store();
    const c = await store.addCase({ title: 'Pinterest', region: 'eu', decisionDate: '2026-11-01' });
    const created: { title: string; message: string }[] = [];
    (fakeBrowser as unknown as { notifications: object }).notifications = { create: async (_id: string, o: { title: string; message: string }) => void created.push(o) };
    browserIn('de', 'de');
    await onReminderAlarm(fakeBrowser as never, store, `reminder:${c.id}:ods-eligibility:7`);
    await onReminderAlarm(fakeBrowser as never, store, `reminder:${c.id}:reply-overdue:0`);
    browserIn('ja', 'ja');
    await onReminderAlarm(fakeBrowser as never, store, `reminder:${c.id}:dsa-internal-complaint:1`);
    expect(created[0]!.title).toBe('Pinterest: noch 7 Tage');
    expect(created[0]!.message).not.toMatch(/Last day|Appeals Centre Europe accepts/);
    expect(created[1]!.title).toBe('Pinterest: Antwort überfällig');
    expect(created[1]!.message).toContain('Antwort');
    expect(created[2]!.title).toBe('Pinterest：残り 1 日');
    expect(created[2]!.message).not.toMatch(/[A-Za-z]{4,}/);
  });
});
