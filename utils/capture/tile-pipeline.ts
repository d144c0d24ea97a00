/**
 * The order of work in a scrolling full-page capture, so that everything but
 * the capture calls hides inside the quota's waits.
 *
 * Tile i+1 is prepared (tab checked, page scrolled and settled) as soon as
 * tile i's capture returns, not after tile i is drawn: by the time the quota
 * window opens the page is ready. Tile i is drawn meanwhile; draws run one at
 * a time in tile order. Only a capture has to wait for its own preparation;
 * a scroll never starts before the previous capture has returned, so no tile
 * shows the page mid-scroll. At most two captured tiles wait to be drawn,
 * so a slow decoder cannot pile up screenshots in memory.
 */
export interface TileSteps<P, C> {
  /** Check and scroll for tile i; `undefined` stops the run early (tab gone, navigated, hidden). */
  prepare(index: number): Promise<P | undefined>;
  /** The paced capture of the prepared tile. */
  capture(index: number, prepared: P): Promise<C>;
  /** Uses a captured tile (decode and draw); runs beside the next tile's preparation and capture. */
  consume(index: number, prepared: P, captured: C): Promise<void>;
  /** Runs once no more captures will be made (also after a stop), beside the draws still under way: e.g. putting the page back. */
  afterCaptures?(): Promise<void>;
}

export interface TileRun {
  /** Tiles captured and consumed, from the first, without a gap. */
  done: number;
  stoppedEarly: boolean;
  /** The first error that stopped the run, if any. */
  error?: unknown;
}

export async function runTilePipeline<P, C>(count: number, steps: TileSteps<P, C>): Promise<TileRun> {
  let consuming: Promise<void> = Promise.resolve();
  let consumingBefore: Promise<void> = consuming;
  let consumed = 0;
  let consumeError: unknown;
  let stop: { error?: unknown } | undefined;
  for (let i = 0; i < count && !stop && consumeError === undefined; i++) {
    try {
      const prepared = await steps.prepare(i);
      if (prepared === undefined) {
        stop = {};
        break;
      }
      // Tile i-2 drawn before tile i is taken: a bound on the backlog that costs nothing while draws keep up.
      await consumingBefore;
      const captured = await steps.capture(i, prepared);
      const index = i;
      consumingBefore = consuming;
      consuming = consuming.then(async () => {
        if (consumeError !== undefined) return;
        try {
          await steps.consume(index, prepared, captured);
          consumed++;
        } catch (error) {
          consumeError = error;
        }
      });
    } catch (error) {
      stop = { error };
    }
  }
  await Promise.all([consuming, steps.afterCaptures?.().catch(() => undefined)]);
  const error = stop?.error ?? consumeError;
  return { done: consumed, stoppedEarly: consumed < count, ...(error === undefined ? {} : { error }) };
}
