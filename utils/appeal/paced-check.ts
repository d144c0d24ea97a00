import { checkNoticeSteps } from './checklist';
import type { AppealContext, ChecklistResult, NoticeInput } from './types';

/**
 * The N1–N16 check of a notice, run in slices so a page can show the letter
 * first. Cold (the first check in a renderer) the checker's patterns are
 * parsed and compiled as they are first run: about a second at idle, several
 * under load. Warm (V8 keeps compiled patterns per renderer) the whole check
 * takes a few milliseconds and finishes inside the first slice, so the page
 * never shows a "checking" state it would only flash.
 */
export interface PacedRun<T> {
  readonly done: boolean;
  /** The answer once `done`. */
  readonly value: T | undefined;
  /** Runs steps until done or until `ms` have passed (at least one step). True when done. */
  runFor(ms: number): boolean;
}

export function pacedRun<T>(steps: Generator<void, T>, now: () => number = () => performance.now()): PacedRun<T> {
  let done = false;
  let value: T | undefined;
  return {
    get done() {
      return done;
    },
    get value() {
      return value;
    },
    runFor(ms) {
      const until = now() + ms;
      while (!done) {
        const step = steps.next();
        if (step.done) {
          done = true;
          value = step.value;
          break;
        }
        if (now() >= until) break;
      }
      return done;
    },
  };
}

/** Lets the page paint and take input: a macrotask without setTimeout's clamping of nested calls. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export interface FinishOptions {
  /** Work per slice before yielding. */
  sliceMs?: number;
  signal?: AbortSignal;
  /** What to await between slices (tests pass their own). */
  pause?: () => Promise<void>;
}

/** Runs `run` to its end a slice at a time; rejects with the signal's reason when aborted. */
export async function finishPaced<T>(run: PacedRun<T>, { sliceMs = 12, signal, pause = yieldToPage }: FinishOptions = {}): Promise<T> {
  while (!run.runFor(sliceMs)) {
    await pause();
    signal?.throwIfAborted();
  }
  return run.value as T;
}

/**
 * What the check's answer depends on. The user's name, the evidence key, the chosen ODS body and the time zone are
 * left out: `checkNotice` does not read them, and the evidence key arriving after the first draft must not start a
 * second check (a pattern's second run is when V8 compiles it to machine code: as long again, cold).
 */
export function checkKey(notice: NoticeInput, context: AppealContext): string {
  const { userName: _name, evidenceKey: _key, odsBodyId: _ods, timeZone: _tz, ...rest } = context as AppealContext & Record<string, unknown>;
  return JSON.stringify([notice, rest]);
}

/** A paced check of one notice, begun: `runFor` a first slice, then `finishPaced` the rest. */
export function pacedCheck(notice: NoticeInput, context: AppealContext): PacedRun<ChecklistResult[]> {
  return pacedRun(checkNoticeSteps(notice, context));
}
