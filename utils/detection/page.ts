import { classifyNotice } from './classify';
import { scanPage, type PageDetection, type PageExtra, type TextClassifier } from './page-scan';
import type { Classification } from './types';

export { textOf, type PageDetection, type TextClassifier } from './page-scan';

const MAX_CACHED = 200;

/**
 * Scores words in this context with the committed model. The watcher looks
 * again after every DOM change, and most of the time the notice (or the
 * look-alike) is the same element with the same text, so each text is
 * classified once.
 */
export function localClassifier(): TextClassifier {
  const classified = new Map<string, Classification>();
  return {
    classify(text, url, lang) {
      const key = `${url.hostname}|${lang ?? ''}|${text}`;
      let result = classified.get(key);
      if (!result) {
        result = classifyNotice({ text, url: url.href, lang });
        if (classified.size >= MAX_CACHED) classified.delete(classified.keys().next().value!);
        classified.set(key, result);
      }
      return result;
    },
  };
}

const shared = localClassifier();

/**
 * Looks at a page for a notice about the user's own account, scoring the
 * words here (tests, benchmarks, pages of the extension). The content scripts
 * use scanPage with the background's classifier instead, so the rules and
 * the model are not in their bundle.
 */
export function detectPage(doc: Document, url: URL, extra: PageExtra = {}): PageDetection {
  return scanPage(doc, url, extra, shared);
}
