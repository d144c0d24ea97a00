import { ReinstateError } from '../errors';
import { classifyNotice } from './classify';
import type { Classification } from './types';

/** Texts a content script may send in one request, and how long each may be (page-scan.ts reads at most 3,000 characters an element). */
export const MAX_TEXTS_PER_REQUEST = 20;
export const MAX_TEXT_CHARS = 3_000;

export interface ClassifyTextsRequest {
  texts: { text: string; url: string; lang?: string }[];
}

export interface ClassifyTextsResponse {
  results: Classification[];
}

/**
 * The background's side of `cs→bg:classify-texts`: scores the words a content
 * script found in a page's notice places with the rules and the learned
 * model, which live here rather than in every page. A content script runs
 * beside a hostile page, so the request is checked field by field; too much
 * is refused with a clear message, a long text is cut as the scan cuts it.
 */
export function classifyTexts(request: unknown): ClassifyTextsResponse {
  const texts = (request as Partial<ClassifyTextsRequest> | null)?.texts;
  if (!Array.isArray(texts)) throw new ReinstateError('bad-request', 'classify-texts: "texts" must be a list.');
  if (texts.length > MAX_TEXTS_PER_REQUEST) throw new ReinstateError('bad-request', `classify-texts: at most ${MAX_TEXTS_PER_REQUEST} texts at a time (got ${texts.length}).`);
  return {
    results: texts.map((item) => {
      if (!item || typeof item.text !== 'string') throw new ReinstateError('bad-request', 'classify-texts: every item needs a "text" string.');
      const url = typeof item.url === 'string' ? item.url.slice(0, 2_048) : undefined;
      const lang = typeof item.lang === 'string' ? item.lang.slice(0, 35) : undefined;
      return classifyNotice({ text: item.text.slice(0, MAX_TEXT_CHARS), ...(url ? { url } : {}), ...(lang ? { lang } : {}) });
    }),
  };
}
