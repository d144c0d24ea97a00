/** "1.4 MB": sizes for people, in decimal units as file managers show them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "2026-11-25 13:45:07 UTC": exact, unambiguous, sortable. */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The same instant in the time zone the capture was made in (or the viewer's), with the zone named. */
export function formatLocal(iso: string, timeZone?: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // timeStyle 'long' names the zone; dateStyle cannot be combined with timeZoneName.
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(d);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(d);
  }
}

/** "26 Nov" / "26. Nov." / "11月26日": a day as people say it, in the UI language and the viewer's zone. */
export function formatDay(isoOrDate: string, locale?: string, withYear = false): string {
  // A bare date (YYYY-MM-DD) is a calendar day: read it at noon UTC so no zone moves it to the day before.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? `${isoOrDate}T12:00:00Z` : isoOrDate);
  if (Number.isNaN(d.getTime())) return isoOrDate;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDate)) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(locale, options).format(d);
}

/** "14:05": a time of day in the viewer's zone and language. */
export function formatTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(d);
}

const countFormats = new Map<string | undefined, Intl.NumberFormat>();

/** "1,080" / "1.080": counts in the UI language. */
export function formatCount(n: number, locale?: string): string {
  // One formatter per locale: report.html formats 50,000 file sizes, and making a formatter costs ~20 µs.
  let format = countFormats.get(locale);
  if (!format) countFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** Whole days from `now` until the end of `due` (a UTC instant); 0 on the last day, negative when passed. */
export function daysLeft(due: string, now = Date.now()): number {
  const end = Date.parse(due);
  if (Number.isNaN(end)) return NaN;
  return Math.floor((end - now) / 86_400_000);
}

/** How much of a window from `start` to `due` has gone, 0..1, for a simple bar. */
export function elapsedShare(start: string, due: string, now = Date.now()): number {
  const a = Date.parse(start);
  const b = Date.parse(due);
  if (!(b > a)) return 1;
  return Math.min(1, Math.max(0, (now - a) / (b - a)));
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif', 'text/plain': 'txt', 'text/html': 'html',
  'multipart/related': 'mhtml', 'application/x-mimearchive': 'mhtml', 'message/rfc822': 'eml', 'application/pdf': 'pdf', 'application/json': 'json', 'text/csv': 'csv',
};

/**
 * "2026-11-26-screenshot-www.pinterest.com.png": a name a person can sort and
 * recognise in their downloads folder, with an extension their system can open.
 */
export function downloadName(record: { capturedAt: string; kind: string; url: string; mime: string; title?: string }): string {
  const date = Number.isNaN(Date.parse(record.capturedAt)) ? 'undated' : new Date(record.capturedAt).toISOString().slice(0, 10);
  let site = '';
  try {
    site = record.url ? new URL(record.url).hostname : '';
  } catch {
    site = '';
  }
  if (!site && record.title) site = record.title.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9.\-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  const fromTitle = /\.([A-Za-z0-9]{1,5})$/.exec(record.title ?? '')?.[1]?.toLowerCase();
  const ext = EXTENSIONS[record.mime.split(';')[0].trim().toLowerCase()] ?? (record.kind === 'mhtml' ? 'mhtml' : fromTitle ?? 'bin');
  return [date, safe(record.kind) || 'file', safe(site)].filter(Boolean).join('-') + `.${ext}`;
}
