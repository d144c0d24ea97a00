import type { Platform } from '../db/schema';

export type NoticeKind = 'account_suspended' | 'account_deactivated' | 'account_restricted' | 'content_removed' | 'none';

export interface ClassifyInput {
  text: string;
  url?: string;
  /** A BCP-47 hint (the page's `lang`); the text decides when absent. */
  lang?: string;
}

export interface Classification {
  kind: NoticeKind;
  /** 0..1; a notice is reported at 0.5 and above. */
  confidence: number;
  /** The language the notice was read in (ISO 639-1). */
  language: string;
  platform?: Platform;
  /** Why: the rules and phrases that fired, and the vetoes that held a rule back. */
  matched: string[];
}

/**
 * One language's way of saying "the platform acted against *your* account or
 * content". Patterns are written for lower-cased, whitespace-folded text.
 */
export interface Lexicon {
  lang: string;
  /** Words that mark the language, for guessing it when no hint is given. */
  markers: RegExp;
  /** "your account", "dein Konto", "あなたのアカウント": the reader's own account. */
  ownAccount: RegExp;
  /** "your Pin", "ton post": the reader's own content. */
  ownContent: RegExp;
  /** "we suspended your account": the platform speaking of its own act. */
  weActed: RegExp;
  /** "you are suspended", "while suspended": the reader as the subject. */
  youAre: RegExp;
  /** A bare heading ("Account suspended") that needs support to count. */
  heading?: RegExp;
  /** Reasons the platform gives: "for violating our Community Guidelines". */
  violation: RegExp;
  /** A sentence of this kind is about a possibility, not a fact: help pages. */
  hypothetical: RegExp;
  /** The account came back. */
  restored: RegExp;
  /** The user's own choice: voluntary deactivation or closing. */
  voluntary: RegExp;
  /** Security checks, password resets, safe mode: not enforcement. */
  security: RegExp;
  /** Plain rate limits. */
  rateLimit: RegExp;
  /** Someone else's missing or deleted profile. */
  otherAccount: RegExp;
  /** Third-person reporting: news, forums, statements. */
  reporting: RegExp;
}
