import { classifyNotice, committedDetector } from './classify';
import { LEXICONS } from './lexicon';
import { ACTION_WORDS, ANY_ENFORCEMENT, CONTENT_REMOVAL } from './verbs';
import { cueFeatures } from './model/cues';
import { modelText } from './model/features';

// V8 compiles a regular expression on its first use, once for one-byte and
// once for two-byte strings; the lexicons hold a few hundred. Doing that, and
// loading the model, in idle slices after the page has loaded keeps the first
// real detection pass short instead of paying ~90 ms when a notice appears.
const SAMPLES = ['your account has been suspended', 'votre compte a été suspendu ’'];

export function warmUpSlices(): (() => void)[] {
  const jobs: (() => void)[] = [() => void committedDetector()];
  jobs.push(() => {
    for (const sample of SAMPLES) {
      ANY_ENFORCEMENT.test(sample);
      CONTENT_REMOVAL.test(sample);
      for (const a of ACTION_WORDS) a.re.test(sample);
    }
  });
  for (const lexicon of LEXICONS) {
    jobs.push(() => {
      for (const value of Object.values(lexicon)) {
        if (!(value instanceof RegExp)) continue;
        for (const sample of SAMPLES) {
          value.lastIndex = 0;
          value.test(sample);
        }
        value.lastIndex = 0;
      }
    });
  }
  // The model's cross-language cues (about 30 languages of patterns) in slices of their own.
  for (const sample of SAMPLES) jobs.push(() => void cueFeatures(modelText(`${sample}. if you think we made a mistake, you can appeal`)));
  // Last, the whole path once per string width: the rules' and the model's own patterns.
  for (const sample of SAMPLES) jobs.push(() => void classifyNotice({ text: `${sample}. we have removed your pin because it violates our community guidelines` }));
  return jobs;
}

/** Warms the detector in idle time, one slice per idle callback; stops with `signal`. */
export function warmUpDetector(win: Window, signal: AbortSignal): void {
  const jobs = warmUpSlices();
  const idle = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const next = () => {
    if (signal.aborted) return;
    const job = jobs.shift();
    if (!job) return;
    try {
      job();
    } catch {
      // warming is an optimisation; a failure changes nothing
    }
    schedule();
  };
  const schedule = () => (idle ? idle.call(win, next, { timeout: 2_000 }) : win.setTimeout(next, 16));
  schedule();
}
