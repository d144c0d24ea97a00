import type { Platform } from '../db/schema';
import { META_DOMAINS, PINTEREST_DOMAINS, REDDIT_DOMAINS, TIKTOK_DOMAINS, X_DOMAINS, YOUTUBE_DOMAINS, matchPatternsFor } from './hosts';

export interface PlatformEntry {
  id: Platform;
  name: string;
  /** Pinterest is granted at install; every other platform is an optional permission. */
  optional: boolean;
  patterns: string[];
}

export const PLATFORMS: readonly PlatformEntry[] = [
  { id: 'pinterest', name: 'Pinterest', optional: false, patterns: matchPatternsFor(PINTEREST_DOMAINS) },
  { id: 'x', name: 'X (Twitter)', optional: true, patterns: matchPatternsFor(X_DOMAINS) },
  { id: 'meta', name: 'Instagram, Threads, Facebook', optional: true, patterns: matchPatternsFor(META_DOMAINS) },
  { id: 'tiktok', name: 'TikTok', optional: true, patterns: matchPatternsFor(TIKTOK_DOMAINS) },
  { id: 'youtube', name: 'YouTube', optional: true, patterns: matchPatternsFor(YOUTUBE_DOMAINS) },
  { id: 'reddit', name: 'Reddit', optional: true, patterns: matchPatternsFor(REDDIT_DOMAINS) },
];

/** The optional platforms' match patterns the user has granted, to register the watcher on. */
export function grantedPlatformPatterns(grantedOrigins: readonly string[]): string[] {
  const granted = new Set(grantedOrigins);
  const all = granted.has('<all_urls>');
  return PLATFORMS.filter((p) => p.optional).flatMap((p) => p.patterns.filter((pattern) => all || granted.has(pattern)));
}
