import type { ApiErrorEnvelope } from './sites/types';
import { API_TAP_SOURCE, type TappedError } from './api-tap';
import { detectPage, type PageDetection } from './page';

export interface WatchOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Called once per distinct notice text on this page. */
  onNotice(detection: PageDetection): void;
  debounceMs?: number;
}

/**
 * Looks once when the page is idle, then again after the DOM changes
 * (debounced) and whenever the page's API reports an error. All listeners go
 * away with `signal`. The observer callback only schedules: a page that does
 * not change costs nothing.
 */
export function watchForNotices({ doc, win, signal, onNotice, debounceMs = 400 }: WatchOptions): () => PageDetection {
  const apiErrors: ApiErrorEnvelope[] = [];
  const reported = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (): PageDetection => {
    timer = undefined;
    const detection = detectPage(doc, new URL(win.location.href), { apiErrors });
    const key = `${detection.kind}|${detection.text}|${detection.signals.join(',')}`;
    if (detection.kind !== 'none' && !reported.has(key)) {
      reported.add(key);
      onNotice(detection);
    }
    return detection;
  };
  const schedule = () => {
    if (signal.aborted || timer) return;
    timer = setTimeout(run, debounceMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onMessage = (event: MessageEvent) => {
    const data = event.data as TappedError | undefined;
    if (event.source !== win || data?.source !== API_TAP_SOURCE) return;
    apiErrors.push({ url: data.url, httpStatus: data.httpStatus, apiErrorCode: data.apiErrorCode, code: data.code, message: data.message, messageDetail: data.messageDetail });
    schedule();
  };
  win.addEventListener('message', onMessage);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
      if (timer) clearTimeout(timer);
    },
    { once: true },
  );
  return run;
}
