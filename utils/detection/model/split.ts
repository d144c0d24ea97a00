/**
 * The corpus split by where a text came from, so that no source (one blog,
 * one repository, one help centre) is in two parts: a model that learned a
 * source's wording is then judged on sources it has never read.
 */
export type Part = 'train' | 'dev' | 'test';

export interface SourcedRow {
  source: string;
  source_family?: string;
}

/**
 * The row's source family: the corpus names it (`source_family`); older rows
 * without one fall back to the repository file's index id, the repository, or
 * the site's host name in `source`.
 */
export function familyOf(row: SourcedRow): string {
  if (row.source_family && row.source_family.trim()) return row.source_family.trim().toLowerCase();
  const source = row.source.toLowerCase();
  const indexId = /index id (\d+)/.exec(source);
  if (indexId) return `github-index:${indexId[1]}`;
  const repo = /\b(reddit-archive\/[a-z0-9_.-]+|[a-z0-9_.-]+\/[a-z0-9_.-]+ issue)/.exec(source);
  if (repo) return repo[1]!.replace(/ issue$/, '').replace(/^reddit-archive\/.*/, 'reddit-archive');
  const host = /([a-z0-9-]+(?:\.[a-z0-9-]+)+)\//.exec(source) ?? /\b([a-z0-9-]+\.(?:com|org|net|app|me|tv|co|info|vn|it|de|fr|es|jp))\b/.exec(source);
  if (host) return host[1]!.replace(/^www\./, '');
  return source.slice(0, 60);
}

/** FNV-1a, 32 bit: stable across runs, machines and JavaScript engines. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** About 60/20/20 by a hash of the family name: the same family always lands in the same part. */
export function partOf(family: string): Part {
  const bucket = fnv1a(`split-v1:${family}`) % 100;
  if (bucket < 60) return 'train';
  if (bucket < 80) return 'dev';
  return 'test';
}
