/**
 * Names of files inside a bundle, built only from sanitised parts
 * (`<date>-<kind>-<site>`), never from record ids: a record that arrived by
 * import may carry an id like `../../../../tmp/x`, and an id is not a name a
 * person can read anyway. Names are unique within a bundle (`-2`, `-3` …).
 */

/** Lower-case ASCII letters, digits and single dashes; at most `max` characters; `fallback` when nothing is left. */
export function safeSegment(value: unknown, fallback = 'item', max = 40): string {
  const cleaned = String(value ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return cleaned || fallback;
}

/** `20250502T091501Z` from an ISO time, `undated` when it is not one. */
export function safeStamp(iso: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(String(iso ?? ''));
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : 'undated';
}

/** Hosts already made safe: 50,000 pin images come from one or two. */
const safeHosts = new Map<string, string>();

/** The site a URL belongs to (`pinterest-com`), `local` when there is none. */
export function safeSite(url: unknown): string {
  let host: string;
  try {
    host = new URL(String(url)).hostname;
  } catch {
    return 'local';
  }
  let safe = safeHosts.get(host);
  if (safe === undefined) {
    safe = safeSegment(host.replace(/^www\./, ''), 'local');
    if (safeHosts.size >= 1024) safeHosts.clear();
    safeHosts.set(host, safe);
  }
  return safe;
}

const EXTENSION = /^[a-z0-9]{1,8}$/;

/** Hands out unique names within one bundle. */
export class BundlePaths {
  private readonly used = new Set<string>();
  /** Where each name's counter goes on: 50,000 pin images in one second would otherwise try 1, 2, 3 … each time. */
  private readonly nextCounter = new Map<string, number>();

  /** `folder/<parts joined by dashes>.<ext>`, with a counter when the name is taken. */
  name(folder: string, parts: string[], ext: string): string {
    const stem = parts.map((p) => (/^\d{8}T\d{6}Z$/.test(p) ? p : safeSegment(p))).join('-');
    const safeExt = EXTENSION.test(ext) ? ext : 'bin';
    const key = `${folder}/${stem}.${safeExt}`.toLowerCase();
    // Every counter below the one remembered was taken, and names are never given back: the same names as counting from 1.
    for (let n = this.nextCounter.get(key) ?? 1; ; n++) {
      const path = `${folder}/${stem}${n === 1 ? '' : `-${n}`}.${safeExt}`;
      if (!this.used.has(path.toLowerCase())) {
        this.used.add(path.toLowerCase());
        this.nextCounter.set(key, n + 1);
        return path;
      }
    }
  }
}
