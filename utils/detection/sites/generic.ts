import type { Platform } from '../../db/schema';
import { COMMON_NOTICE_SELECTORS, type SiteAdapter, type Subject } from './types';

/**
 * An adapter for a platform whose only signals are its visible text and a
 * few routes. `ownProfile` tells a profile page from a route; a profile page
 * that is not the viewer's makes the subject "other".
 */
export function textAdapter(options: {
  platform: Platform;
  domains: readonly string[];
  reads: readonly string[];
  selectors?: readonly string[];
  selfRoutes?: RegExp;
  profileRoute?: RegExp;
  viewer?: (doc: Document) => string | undefined;
}): SiteAdapter {
  return {
    platform: options.platform,
    domains: options.domains,
    reads: options.reads,
    noticeSelectors: [...COMMON_NOTICE_SELECTORS, ...(options.selectors ?? [])],
    routeSignals: (url) =>
      options.selfRoutes?.test(url.pathname) ? [{ id: `${options.platform}:route=${url.pathname}`, weight: 0.3 }] : [],
    subject(doc, url): Subject {
      if (options.selfRoutes?.test(url.pathname)) return 'self';
      const profile = options.profileRoute?.exec(url.pathname);
      if (!profile) return 'unknown';
      const viewer = options.viewer?.(doc)?.toLowerCase();
      if (!viewer) return 'other';
      return profile[1]?.toLowerCase() === viewer ? 'self' : 'other';
    },
    account: options.viewer,
  };
}
