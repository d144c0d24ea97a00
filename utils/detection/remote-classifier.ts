import type { ClassifyTextsRequest, ClassifyTextsResponse } from './classify-texts';
import type { TextClassifier } from './page-scan';
import type { Classification } from './types';

const MAX_CACHED = 200;
const PER_REQUEST = 20;

export type AskBackground = (request: ClassifyTextsRequest) => Promise<ClassifyTextsResponse>;

/**
 * The content script's classifier: the words are scored in the background
 * (`cs→bg:classify-texts`), which holds the rules, the lexicons and the
 * learned model, so the content script that runs on every page carries none
 * of them. A text not yet scored counts as not read; `settle` asks for all
 * such texts at once and the watcher looks at the page again when the
 * answers arrive. Answers are kept per text, so a page that does not change
 * costs no message. Nothing leaves the browser: the background is the
 * extension's own.
 */
export function remoteClassifier(ask: AskBackground, retryAfterMs = 400): TextClassifier {
  const answers = new Map<string, Classification>();
  const wanted = new Map<string, { text: string; url: string; lang?: string }>();
  let inFlight: Promise<boolean> | undefined;

  const keyOf = (text: string, url: URL, lang: string | undefined) => `${url.hostname}|${lang ?? ''}|${text}`;

  const askOnce = async (): Promise<boolean> => {
    const batch = [...wanted].slice(0, PER_REQUEST);
    for (const [key] of batch) wanted.delete(key);
    let results: Classification[];
    const request = { texts: batch.map(([, item]) => item) };
    try {
      ({ results } = await ask(request));
    } catch {
      // A background that is still starting may miss the first message: one more try, a moment later,
      // so a notice is not lost to a race. After that (the extension was reloaded or updated) these
      // words stay unread on this page rather than being asked for after every change of the DOM.
      try {
        await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
        ({ results } = await ask(request));
      } catch {
        results = [];
      }
    }
    batch.forEach(([key, item], i) => {
      const answer = results[i] ?? { kind: 'none', confidence: 0, language: item.lang?.split('-')[0] ?? 'und', matched: ['classifier:unavailable'] };
      if (answers.size >= MAX_CACHED) answers.delete(answers.keys().next().value!);
      answers.set(key, answer);
    });
    return batch.length > 0;
  };

  return {
    classify(text, url, lang) {
      const key = keyOf(text, url, lang);
      const known = answers.get(key);
      if (known) return known;
      if (wanted.size < PER_REQUEST * 5) wanted.set(key, { text, url: url.href, ...(lang ? { lang } : {}) });
      return undefined;
    },
    settle() {
      if (inFlight) return inFlight;
      if (!wanted.size) return Promise.resolve(false);
      inFlight = (async () => {
        let arrived = false;
        try {
          while (wanted.size) arrived = (await askOnce()) || arrived;
        } finally {
          inFlight = undefined;
        }
        return arrived;
      })();
      return inFlight;
    },
  };
}
