import { adapterFor } from './sites';
import { COMMON_NOTICE_SELECTORS, type ApiErrorEnvelope, type Signal, type SiteAdapter, type Subject } from './sites/types';
import type { Classification } from './types';
import { normalizeText } from './normalize';
import { ANY_ENFORCEMENT } from './verbs';
import { isVisible, pageIsArticle, quotedContext, visibleText } from './context';

export interface PageDetection extends Classification {
  /** The notice's words as the page shows them (verbatim, trimmed). */
  text: string;
  /** Signals beyond the words: routes, flags, API errors. */
  signals: string[];
  /**
   * Whose account the notice concerns. A notice seen on someone else's
   * profile comes out as kind "none" with subject "other": it is not the
   * user's own suspension and is never stored as one.
   */
  subject: Subject;
  account?: string;
  /** The element that holds the notice, for an element capture. */
  element?: Element;
}

const MAX_ELEMENT_CHARS = 3_000;
const MAX_TOTAL_CHARS = 30_000;
const MAX_ELEMENTS = 200;
/** Selectors that match page content as much as notices: left out where page content is other people's words. */
const HEADING_LIKE = new Set(['h1', 'h2', '[role="status"]', '[aria-live="polite"]']);

/**
 * Who reads the candidate words. The page's own structure is read here, in
 * the content script; the words can be scored here (tests, benchmarks) or in
 * the background, which holds the rules, lexicons and learned model so the
 * content script stays small (remote-classifier.ts).
 */
export interface TextClassifier {
  /** The answer for these words, or undefined while it is being worked out elsewhere (the text then counts as not yet read). */
  classify(text: string, url: URL, lang: string | undefined): Classification | undefined;
  /** Works out the answers asked for and not yet known; true when any arrived, so the page is looked at again. */
  settle?(): Promise<boolean>;
}

export type PageExtra = { apiErrors?: readonly ApiErrorEnvelope[] };

/**
 * Looks at a page for a notice about the user's own account: the words in
 * the places notices appear (dialogs, alerts, banners, headings), the site's
 * own signals (routes, page flags, API error codes), and whose page it is.
 * Never throws: a page of any shape gets an answer.
 */
export function scanPage(doc: Document, url: URL, extra: PageExtra, classifier: TextClassifier): PageDetection {
  const none: PageDetection = { kind: 'none', confidence: 0, language: 'und', matched: [], text: '', signals: [], subject: 'unknown' };
  try {
    const adapter = adapterFor(url);
    const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
    const signals = collectSignals(adapter, doc, url, extra.apiErrors ?? []);
    const best = bestTextNotice(doc, adapter, url, lang, classifier);
    const subject = safe(() => adapter?.subject(doc, url), undefined) ?? 'unknown';
    const account = safe(() => adapter?.account?.(doc));

    let result: PageDetection = best
      ? { ...best.classification, text: best.text, element: best.element, signals: [], subject }
      : { ...none, language: lang?.split('-')[0] ?? 'und', subject };

    // A strong signal without words (a login API error) is a notice of its own.
    const strongest = signals.filter((s) => s.kind).sort((a, b) => b.weight - a.weight)[0];
    if (result.kind === 'none' && strongest?.kind && strongest.weight >= 0.6) {
      const fromSignalText = strongest.text ? classifier.classify(strongest.text, url, lang) : undefined;
      result = {
        ...result,
        kind: strongest.kind,
        confidence: strongest.weight,
        language: fromSignalText?.language ?? result.language,
        platform: adapter?.platform,
        matched: [...(fromSignalText?.matched ?? [])],
        text: strongest.text ?? '',
      };
    } else if (result.kind !== 'none' && signals.some((s) => s.kind)) {
      result.confidence = Math.min(0.99, Math.round((result.confidence + 0.1) * 100) / 100);
    }
    result.signals = signals.map((s) => s.id);
    if (adapter && !result.platform) result.platform = adapter.platform;
    if (account) result.account = account;
    if (result.kind !== 'none' && subject === 'other') {
      return { ...result, kind: 'none', matched: [...result.matched, 'subject:other-account'] };
    }
    return result;
  } catch {
    return none;
  }
}

function collectSignals(adapter: SiteAdapter | undefined, doc: Document, url: URL, apiErrors: readonly ApiErrorEnvelope[]): Signal[] {
  if (!adapter) return [];
  return [
    ...safe(() => adapter.routeSignals(url), []),
    ...safe(() => adapter.pageSignals?.(doc, url) ?? [], []),
    ...apiErrors.flatMap((e) => safe(() => adapter.apiSignals?.(e) ?? [], [])),
  ];
}

function bestTextNotice(doc: Document, adapter: SiteAdapter | undefined, url: URL, lang: string | undefined, classifier: TextClassifier) {
  // Pages whose headings are other people's words (a pin's title, a search
  // query, an article) count only the platform's own notice structures.
  const structuralOnly = safe(() => adapter?.structuralOnly?.(url) ?? false, false) || pageIsArticle(doc);
  const all = adapter?.noticeSelectors ?? COMMON_NOTICE_SELECTORS;
  const selectors = (structuralOnly ? all.filter((s) => !HEADING_LIKE.has(s)) : all).join(',');
  let elements: Element[];
  try {
    elements = [...doc.querySelectorAll(selectors)].slice(0, MAX_ELEMENTS);
  } catch {
    elements = [...doc.querySelectorAll(COMMON_NOTICE_SELECTORS.join(','))].slice(0, MAX_ELEMENTS);
  }
  let budget = MAX_TOTAL_CHARS;
  let best: { classification: Classification; text: string; element: Element } | undefined;
  const seen = new Set<string>();
  for (const element of elements) {
    if (budget <= 0) break;
    const text = textOf(element, MAX_ELEMENT_CHARS);
    if (text.length < 6 || seen.has(text)) continue;
    seen.add(text);
    budget -= text.length;
    // The pre-check reads the text as the classifier will (NFKC, no zero-width characters).
    if (!ANY_ENFORCEMENT.test(normalizeText(text, MAX_ELEMENT_CHARS))) continue;
    // Only what the user can see, and not someone else's words quoted in the page.
    if (!isVisible(element) || quotedContext(element)) continue;
    // Classify (and store) only the words a person can read there, not hidden or user-written parts.
    const shown = visibleText(element, MAX_ELEMENT_CHARS);
    if (shown.length < 6 || (shown !== text && !ANY_ENFORCEMENT.test(normalizeText(shown, MAX_ELEMENT_CHARS)))) continue;
    const classification = classifier.classify(shown, url, lang);
    if (classification && classification.kind !== 'none' && (!best || classification.confidence > best.classification.confidence)) {
      best = { classification, text: shown, element };
    }
  }
  return best;
}

/**
 * The element's words, block by block with a space between: textContent runs
 * "Account suspended" and "Your account…" together as "suspendedYour". Text
 * nodes are read without layout (innerText would force one on every pass).
 */
export function textOf(element: Element, maxChars: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const value = node.nodeValue?.trim();
    if (!value) continue;
    parts.push(value);
    length += value.length + 1;
  }
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, maxChars);
}

function safe<T>(fn: () => T, fallback?: T): T {
  try {
    return fn();
  } catch {
    return fallback as T;
  }
}
