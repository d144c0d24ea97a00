/**
 * Paces `tabs.captureVisibleTab` against the quota exactly as Chromium keeps it.
 *
 * Chromium (extensions/browser/quota_service.cc, tabs_api.cc) guards the call
 * with a `QuotaService::TimedLimit` of MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND
 * = 2 tokens per 1 s, one bucket per extension. The bucket is a fixed window,
 * not a sliding one: the first call after the window expired (event time
 * strictly later than the expiry) refills it to 2 tokens and opens a new
 * window of 1 s from that call; each call takes a token; a call with none
 * left is refused and changes nothing (it neither takes a token nor moves the
 * window). So two captures may go back to back, and the third must wait until
 * the first one's window has closed.
 *
 * The browser stamps each call when it reaches the browser process, a little
 * after the extension made it, and by a varying amount (more under load). The
 * pacer keeps the model on its own clock with a margin for that jitter: a
 * second token is used only well inside the window, a new window is opened
 * only `margin` after the modelled expiry. A refusal means the jitter beat the
 * margin: the pacer then waits only until the window the browser is in must
 * have closed, and widens the margin a little for the windows that follow
 * (halving the widening again with each window opened cleanly).
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  // Monotonic where available: a wall clock that steps would break the model.
  now: () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface QuotaConfig {
  /** refill_token_count */
  tokens: number;
  /** refill_interval, ms */
  intervalMs: number;
}

/** tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND with its one-second interval. */
export const CAPTURE_VISIBLE_TAB_QUOTA: QuotaConfig = { tokens: 2, intervalMs: 1000 };

export function isCaptureQuotaError(error: unknown): boolean {
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|exceeds the .*quota/i.test(String((error as Error)?.message ?? error));
}

/**
 * Chromium's TimedLimit bucket, as the browser applies it to each call's event
 * time. The pacer's tests use it as the referee; `CapturePacer` mirrors it.
 */
export class TimedLimitBucket {
  private expiration: number | undefined;
  private tokens = 0;

  constructor(readonly quota: QuotaConfig = CAPTURE_VISIBLE_TAB_QUOTA) {}

  /** True if a call at `eventTime` is allowed. */
  apply(eventTime: number): boolean {
    if (this.expiration === undefined || eventTime > this.expiration) {
      this.tokens = this.quota.tokens;
      this.expiration = eventTime + this.quota.intervalMs;
    }
    return this.tokens-- > 0;
  }
}

/** The least time `calls` captures can take under the quota: a full window for every `tokens` calls after the first lot. */
export function quotaModelFloorMs(calls: number, quota: QuotaConfig = CAPTURE_VISIBLE_TAB_QUOTA): number {
  return Math.max(0, Math.ceil(calls / quota.tokens) - 1) * quota.intervalMs;
}

export interface PacerOptions {
  quota?: QuotaConfig;
  /** Allowance for the delay between this clock and the browser's event time, ms. */
  marginMs?: number;
  /** Each refusal widens the margin by this much, up to `maxMarginMs`; each window opened without one halves the widening. */
  marginStepMs?: number;
  maxMarginMs?: number;
  maxRetries?: number;
}

export interface PacerStats {
  calls: number;
  /** This clock's time of the latest calls (at most 100), for benchmarks. */
  callTimes: number[];
  refusals: number;
  waitedMs: number;
  marginMs: number;
}

export class CapturePacer {
  readonly quota: QuotaConfig;
  readonly maxRetries: number;
  private marginMs: number;
  private readonly initialMarginMs: number;
  private readonly marginStepMs: number;
  private readonly maxMarginMs: number;
  /** The modelled bucket, on this clock: when the current window opened and how many tokens it has given. */
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;
  /** Our clock's time of each recent call the browser accepted. */
  private accepted: number[] = [];
  /** While one call is refused and retried: the earliest and latest accepted calls that can have opened the browser's window. */
  private openers: { earliest: number; latest: number } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  readonly stats: PacerStats;

  constructor(
    private readonly clock: Clock = realClock,
    options: PacerOptions = {},
  ) {
    this.quota = options.quota ?? CAPTURE_VISIBLE_TAB_QUOTA;
    this.initialMarginMs = this.marginMs = options.marginMs ?? 12;
    this.marginStepMs = options.marginStepMs ?? 15;
    this.maxMarginMs = options.maxMarginMs ?? 150;
    this.maxRetries = options.maxRetries ?? 6;
    this.stats = { calls: 0, callTimes: [], refusals: 0, waitedMs: 0, marginMs: this.marginMs };
  }

  /** Queues `capture`; resolves with its result once it has run within the quota. */
  run<T>(capture: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.attempt(capture, 0));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** How long a call made now would have to wait by the model (0: go). */
  delayNow(): number {
    return this.delayAt(this.clock.now());
  }

  private delayAt(now: number): number {
    const { tokens, intervalMs } = this.quota;
    // A spare token, and clearly inside the window even if the browser saw its opening call late.
    if (this.used < tokens && now <= this.windowStart + intervalMs - this.marginMs) return 0;
    return Math.max(0, this.windowStart + intervalMs + this.marginMs - now);
  }

  private async attempt<T>(capture: () => Promise<T>, retry: number): Promise<T> {
    const wait = this.delayAt(this.clock.now());
    if (wait > 0) {
      this.stats.waitedMs += wait;
      await this.clock.sleep(wait);
    }
    const at = this.clock.now();
    // Waiting as the model said, or coming after the window plus margin, opens a new window.
    if (wait > 0 || at >= this.windowStart + this.quota.intervalMs + this.marginMs || this.used >= this.quota.tokens) {
      this.windowStart = at;
      this.used = 0;
      // A window opened without a refusal: the margin eases back towards where it started, halving what a refusal
      // added. It was 1 ms per window, so one refusal's 15 ms were paid on the next 15 windows (about 120 ms, and
      // into the next capture); halving pays 15 + 7 + 3 + 1 ms and is back after four clean windows.
      if (retry === 0) this.marginMs = this.initialMarginMs + Math.floor((this.marginMs - this.initialMarginMs) / 2);
    }
    this.used++;
    this.stats.calls++;
    this.stats.callTimes = [...this.stats.callTimes.slice(-99), at];
    this.stats.marginMs = this.marginMs;
    try {
      const result = await capture();
      this.openers = undefined;
      this.accepted = [...this.accepted.filter((t) => t >= at - 2 * this.quota.intervalMs - this.maxMarginMs), at];
      return result;
    } catch (error) {
      if (!isCaptureQuotaError(error) || retry >= this.maxRetries) throw error;
      this.onRefusal(at, retry);
      return this.attempt(capture, retry + 1);
    }
  }

  /**
   * The browser's window is spent. It was opened by one of our accepted calls
   * within an interval (plus margin) before this one, the earliest of them, so
   * it closes an interval after that: wait until then plus the wider margin,
   * usually a few milliseconds. If the same call is refused again, the browser
   * stamped the opener later than the margin allowed: the retries step out
   * from the earliest candidate (twice the margin step, then four times), and
   * only then wait for the latest accepted call's window, the latest the
   * window can have opened, then four steps past it; after that, a whole
   * interval (plus the margin) after the refused call itself, which the
   * window that refused it outlasts only if that call's own delay was
   * longer than the margin. A refused call costs a round trip; jumping to the
   * latest call at once cost up to a few hundred milliseconds. The margin
   * widens once per refused call, not once per retry: every later window pays
   * for it. With no accepted call that recent, the window was opened by a call
   * we did not make, no later than this one.
   */
  private onRefusal(at: number, retry: number): void {
    this.stats.refusals++;
    if (retry === 0 || !this.openers) {
      this.marginMs = Math.min(this.maxMarginMs, this.marginMs + this.marginStepMs);
      const recent = this.accepted.filter((t) => t >= at - this.quota.intervalMs - this.marginMs && t <= at);
      this.openers = recent.length ? { earliest: Math.min(...recent), latest: Math.max(...recent) } : undefined;
    }
    this.stats.marginMs = this.marginMs;
    const openers = this.openers;
    if (!openers || retry >= 5) this.windowStart = at;
    else if (retry < 3) this.windowStart = Math.min(openers.latest, openers.earliest + (retry && this.marginStepMs * 2 ** retry));
    else this.windowStart = openers.latest + (retry - 3) * 4 * this.marginStepMs;
    this.used = this.quota.tokens;
  }
}
