/**
 * The hosts each platform serves its web app from. This one list feeds the
 * manifest (host permissions, content-script matches) and the site adapters,
 * so a country domain added here is covered everywhere at once.
 */

/** Pinterest's country domains. Each is matched with and without subdomains (www., uk., de.…). */
export const PINTEREST_DOMAINS = [
  'pinterest.com',
  'pinterest.at',
  'pinterest.ca',
  'pinterest.ch',
  'pinterest.cl',
  'pinterest.co.kr',
  'pinterest.co.uk',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.de',
  'pinterest.dk',
  'pinterest.es',
  'pinterest.fr',
  'pinterest.ie',
  'pinterest.it',
  'pinterest.jp',
  'pinterest.nl',
  'pinterest.nz',
  'pinterest.ph',
  'pinterest.pt',
  'pinterest.ru',
  'pinterest.se',
] as const;

export const X_DOMAINS = ['x.com', 'twitter.com'] as const;
export const META_DOMAINS = ['facebook.com', 'instagram.com', 'threads.net', 'threads.com'] as const;
export const TIKTOK_DOMAINS = ['tiktok.com'] as const;
export const YOUTUBE_DOMAINS = ['youtube.com'] as const;
export const REDDIT_DOMAINS = ['reddit.com'] as const;

/** `https://*.example.com/*` and `https://example.com/*` for each domain: the wildcard does not cover the apex. */
export function matchPatternsFor(domains: readonly string[]): string[] {
  return domains.flatMap((d) => [`https://*.${d}/*`, `https://${d}/*`]);
}

/** True when `hostname` is one of `domains` or a subdomain of one. */
export function hostIn(hostname: string, domains: readonly string[]): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
