/**
 * Chrome allows two `captureVisibleTab` calls a second, and a refused call
 * uses up the quota too. The pacer runs captures one at a time, at least
 * `minGapMs` apart, and retries a quota refusal with a growing wait.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function isCaptureQuotaError(error: unknown): boolean {
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|exceeds the .*quota/i.test(String((error as Error)?.message ?? error));
}

export class CapturePacer {
  private last = Number.NEGATIVE_INFINITY;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: Clock = realClock,
    readonly minGapMs = 500,
    readonly maxRetries = 4,
  ) {}

  /** Queues `capture`; resolves with its result once it has run within the quota. */
  run<T>(capture: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.attempt(capture, 0));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async attempt<T>(capture: () => Promise<T>, retry: number): Promise<T> {
    const wait = this.last + this.minGapMs * (retry + 1) - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait);
    this.last = this.clock.now();
    try {
      return await capture();
    } catch (error) {
      if (isCaptureQuotaError(error) && retry < this.maxRetries) return this.attempt(capture, retry + 1);
      throw error;
    }
  }
}
