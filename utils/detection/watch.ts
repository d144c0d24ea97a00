import type { ApiErrorEnvelope } from './sites/types';
import { scanPage, type PageDetection, type TextClassifier } from './page-scan';

export interface WatchOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Called once per distinct notice text on this page. */
  onNotice(detection: PageDetection): void;
  debounceMs?: number;
  /**
   * Where the platform's API errors come from: the private line of bridge.ts,
   * opened at document_start. Messages the page posts to the window are not read.
   */
  apiErrors?: { subscribe(listener: (error: ApiErrorEnvelope) => void): void };
  /**
   * Who scores the words: `localClassifier()` (page.ts) here, or the
   * content scripts' `remoteClassifier` (the background), whose answers
   * arrive later; the page is looked at again when they do.
   */
  classifier: TextClassifier;
}

/** Errors kept per page: the latest ones matter, a flood is not kept. */
const MAX_API_ERRORS = 20;
/** Distinct notices reported from one page load. */
export const MAX_REPORTS_PER_PAGE = 3;

/**
 * Looks once when the page is idle, then again after the DOM changes
 * (debounced) and whenever the page's API reports an error. All listeners go
 * away with `signal`. The observer callback only schedules: a page that does
 * not change costs nothing.
 */
export function watchForNotices({ doc, win, signal, onNotice, debounceMs = 400, apiErrors: feed, classifier }: WatchOptions): () => PageDetection {
  const apiErrors: ApiErrorEnvelope[] = [];
  const reported = new Set<string>();
  let limited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const look = () => scanPage(doc, new URL(win.location.href), { apiErrors }, classifier);
  const report = (detection: PageDetection) => {
    if (signal.aborted) return;
    const key = `${detection.kind}|${detection.text}|${detection.signals.join(',')}`;
    if (detection.kind !== 'none' && !reported.has(key)) {
      // A page that rewrites its alert over and over is not showing that many notices.
      if (reported.size >= MAX_REPORTS_PER_PAGE) {
        if (!limited) console.info(`Reinstate: more than ${MAX_REPORTS_PER_PAGE} different notices on one page; the rest are not reported.`);
        limited = true;
        return;
      }
      reported.add(key);
      onNotice(detection);
    }
  };
  const run = (): PageDetection => {
    timer = undefined;
    const detection = look();
    // Words scored elsewhere: report once their answers are in, from a fresh look at the page.
    if (classifier.settle) void classifier.settle().then((arrived) => report(arrived ? look() : detection), () => report(detection));
    else report(detection);
    return detection;
  };
  const schedule = () => {
    if (signal.aborted || timer) return;
    timer = setTimeout(run, debounceMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  feed?.subscribe((error) => {
    if (signal.aborted) return;
    apiErrors.push(error);
    if (apiErrors.length > MAX_API_ERRORS) apiErrors.shift();
    schedule();
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    },
    { once: true },
  );
  return run;
}
