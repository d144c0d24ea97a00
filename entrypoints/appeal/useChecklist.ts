import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkKey, finishPaced, pacedCheck } from '@/utils/appeal/paced-check';
import type { AppealContext, ChecklistResult, NoticeInput } from '@/utils/appeal/types';

/** bench:scale reads when the checklist (and so the whole letter) was ready. */
const CHECKED_MARK = 'reinstate:appeal:checked';
/** Checked at once when it fits in this (warm: a few ms); otherwise the letter shows first and the check follows. */
const FIRST_SLICE_MS = 25;

/**
 * The notice's checklist for the letter, or 'checking' while the checker's
 * patterns compile (the first check in a renderer), the rest run in slices
 * after the page has painted. A new notice or context starts over; the old
 * run is dropped.
 */
export function useChecklist(notice: NoticeInput | undefined, context: AppealContext | undefined): ChecklistResult[] | 'checking' | undefined {
  const key = notice && context ? checkKey(notice, context) : undefined;
  const run = useMemo(() => {
    if (!notice || !context) return undefined;
    const started = pacedCheck(notice, context);
    started.runFor(FIRST_SLICE_MS);
    return started;
  }, [key]);
  const [, setFinished] = useState(0);
  useEffect(() => {
    if (!run || run.done) return;
    const stop = new AbortController();
    finishPaced(run, { signal: stop.signal }).then(
      () => setFinished((n) => n + 1),
      () => undefined,
    );
    return () => stop.abort();
  }, [run]);
  if (!run) return undefined;
  if (!run.done) return 'checking';
  if (!performance.getEntriesByName(CHECKED_MARK).length) performance.mark(CHECKED_MARK);
  return run.value;
}
