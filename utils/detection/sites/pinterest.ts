import { PINTEREST_DOMAINS } from '../../platforms/hosts';
import { COMMON_NOTICE_SELECTORS, type ApiErrorEnvelope, type SiteAdapter, type Signal } from './types';

/**
 * Pinterest: login error codes (`UserSessionResource/create`), resource API
 * errors, the viewer's `is_write_banned` and `login_state`, the Reports and
 * Violations Center and the suspension-appeal routes, and the visible text of
 * dialogs, toasts, banners and the login error. Details and sources:
 * research/pinterest-structure.md §4.
 */

/** `api_error_code` → what it says about the user's own account (webapp bundle, 2025). */
export const PINTEREST_LOGIN_CODES: Record<number, Signal | null> = {
  82: { id: 'pinterest:api_error_code=82 LOGIN_DEACTIVATED_USER', kind: 'account_deactivated', weight: 0.85 },
  83: { id: 'pinterest:api_error_code=83 LOGIN_POLICY_VIOLATION_USER', kind: 'account_suspended', weight: 0.9 },
  // The user's own voluntary deactivation: not enforcement.
  84: null,
  86: { id: 'pinterest:api_error_code=86 LOGIN_PANICKED_USER', kind: 'account_restricted', weight: 0.7 },
  87: { id: 'pinterest:api_error_code=87 LOGIN_SOFT_BANNED_USER', kind: 'account_suspended', weight: 0.85 },
  88: { id: 'pinterest:api_error_code=88 LOGIN_HARD_BANNED_USER', kind: 'account_suspended', weight: 0.9 },
};

// Routes that are not profiles even though they sit at /<word>/.
const NON_PROFILE = new Set([
  '', 'pin', 'search', 'ideas', 'today', 'login', 'signup', 'settings', 'business', 'reports-and-violations', 'suspension-appeal',
  'appealed-pin', 'age-appeal', 'secure', 'deactivate-account', 'close-account', 'csrf_error', 'resource', 'board', 'boardsection',
  'news_hub', 'notifications', 'inbox', 'homefeed', 'password', 'help', '_', 'explore', 'shopping', 'videos', 'topics', 'categories',
]);

/** The viewer's own account pages: the only ones whose headings are Pinterest speaking to the viewer. */
const SELF_ROUTE = /^\/(login|reports-and-violations|suspension-appeal|settings|deactivate-account|close-account|secure)(\/|$)/;

/** A percent-escape that does not decode (`/%E0%A4%A/`) names no profile we can tell; it must not fail the page. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function pwsData(doc: Document): string {
  return doc.getElementById('__PWS_DATA__')?.textContent ?? '';
}

function viewerUsername(doc: Document): string | undefined {
  const data = pwsData(doc);
  // Read by pattern, not JSON.parse: the blob is large and may be malformed.
  const user = /"user"\s*:\s*\{[^{}]*?"username"\s*:\s*"([^"]+)"/.exec(data);
  return user?.[1];
}

export const pinterest: SiteAdapter = {
  platform: 'pinterest',
  domains: PINTEREST_DOMAINS,
  reads: [
    'login error api_error_code 82, 83, 86, 87, 88 (84 = own deactivation, ignored)',
    'resource API errors: api_error_code 19 with a write ban',
    '__PWS_DATA__ viewer flags: is_write_banned, login_state = 2',
    'routes /reports-and-violations/ and /suspension-appeal/…',
    'text of dialogs, alerts, toasts, banners, the login error and headings',
  ],
  noticeSelectors: [
    ...COMMON_NOTICE_SELECTORS,
    '[data-test-id*="toast" i]',
    '[data-test-id*="error" i]',
    '[data-test-id*="banner" i]',
    '[data-test-id*="suspen" i]',
    '[data-test-id*="violation" i]',
    '[data-test-id^="rvc" i]',
    '#email-error, #password-error, [id$="-error"]',
  ],
  routeSignals(url) {
    const path = url.pathname.toLowerCase();
    if (path.startsWith('/suspension-appeal/')) return [{ id: 'pinterest:route=/suspension-appeal/', kind: 'account_suspended', weight: 0.6 }];
    if (path.startsWith('/reports-and-violations')) return [{ id: 'pinterest:route=/reports-and-violations/', weight: 0.2 }];
    return [];
  },
  pageSignals(doc) {
    const data = pwsData(doc);
    if (!data) return [];
    const signals: Signal[] = [];
    if (/"is_write_banned"\s*:\s*true/.test(data)) signals.push({ id: 'pinterest:viewer.is_write_banned', kind: 'account_restricted', weight: 0.75 });
    if (/"login_state"\s*:\s*2\b/.test(data)) signals.push({ id: 'pinterest:viewer.login_state=2 (limited)', kind: 'account_restricted', weight: 0.5 });
    return signals;
  },
  apiSignals(error: ApiErrorEnvelope) {
    const code = error.apiErrorCode;
    if (code === undefined) return [];
    const known = PINTEREST_LOGIN_CODES[code];
    if (known) return [{ ...known, ...(error.message ? { text: error.message } : {}) }];
    if (code === 19) return [{ id: 'pinterest:api_error_code=19 USER_IN_SAFE_MODE', weight: 0.3, ...(error.message ? { text: error.message } : {}) }];
    return [];
  },
  subject(doc, url) {
    const path = url.pathname.toLowerCase();
    if (path.startsWith('/login') || path.startsWith('/reports-and-violations') || path.startsWith('/suspension-appeal') || path.startsWith('/settings')) return 'self';
    const first = path.split('/')[1] ?? '';
    if (NON_PROFILE.has(first)) return 'unknown';
    const viewer = viewerUsername(doc)?.toLowerCase();
    if (!viewer) return 'unknown';
    const profile = decodeSegment(first);
    if (profile === undefined) return 'unknown';
    return profile === viewer ? 'self' : 'other';
  },
  // Pins, searches, boards, profiles and the feed show user-written titles in h1/h2.
  structuralOnly: (url) => !SELF_ROUTE.test(url.pathname.toLowerCase()),
  account: viewerUsername,
};
