import type { Platform } from '../../db/schema';
import type { NoticeKind } from '../types';

/** A fact read from the page other than its words: a route, a flag, an API error. */
export interface Signal {
  id: string;
  /** The kind this signal alone implies, if any. */
  kind?: Exclude<NoticeKind, 'none'>;
  /** How much it says on its own, 0..1. */
  weight: number;
  /** Text that comes with it (an API error's message), verbatim. */
  text?: string;
}

/** The error envelope of a platform API response, and nothing else of it. */
export interface ApiErrorEnvelope {
  url: string;
  httpStatus: number;
  apiErrorCode?: number;
  code?: number | string;
  message?: string;
  messageDetail?: string;
}

/** Whose account a page is about. A notice on someone else's profile is not the user's own. */
export type Subject = 'self' | 'other' | 'unknown';

export interface SiteAdapter {
  platform: Platform;
  /** Registrable domains covered, each with every subdomain. */
  domains: readonly string[];
  /** The signals this adapter reads, for the README and for a reviewer. */
  reads: readonly string[];
  /** Where notices appear on this site: dialogs, banners, toasts, error text. */
  noticeSelectors: readonly string[];
  routeSignals(url: URL): Signal[];
  pageSignals?(doc: Document, url: URL): Signal[];
  apiSignals?(error: ApiErrorEnvelope): Signal[];
  subject(doc: Document, url: URL): Subject;
  /**
   * Pages where headings and live regions carry other people's words (a pin's
   * title, a search query): only dialogs, alerts, banners and the login error count.
   */
  structuralOnly?(url: URL): boolean;
  /** The account the page belongs to (a username), when the page says so. */
  account?(doc: Document): string | undefined;
}

/** Dialogs, alerts, live regions and headings: where every platform puts a notice. */
export const COMMON_NOTICE_SELECTORS = [
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="alert"]',
  '[role="status"]',
  '[aria-live="assertive"]',
  '[aria-live="polite"]',
  'h1',
  'h2',
] as const;
