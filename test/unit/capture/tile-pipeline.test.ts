import { describe, expect, it } from 'vitest';
import { CapturePacer, quotaModelFloorMs, TimedLimitBucket, type Clock } from '@/utils/capture/pacer';
import { runTilePipeline } from '@/utils/capture/tile-pipeline';

/**
 * A virtual clock with timers, so that work running side by side (a draw
 * beside the next scroll) overlaps in virtual time as it would for real.
 */
function virtualClock(): Clock & { run<T>(p: Promise<T>): Promise<T> } {
  let now = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => void timers.push({ at: now + ms, resolve }));
  return {
    now: () => now,
    sleep,
    async run(p) {
      let settled = false;
      void p.finally(() => void (settled = true));
      while (!settled) {
        for (let i = 0; i < 20; i++) await Promise.resolve();
        if (settled) break;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) throw new Error('deadlock: nothing pending');
        now = Math.max(now, next.at);
        next.resolve();
      }
      return p;
    },
  };
}

/** n tiles: `prepMs` to check and scroll, a paced capture of `captureMs` judged by Chromium's bucket, `drawMs` to draw. */
async function fullPage(n: number, { prepMs = 60, captureMs = 40, drawMs = 120 } = {}) {
  const clock = virtualClock();
  const browser = new TimedLimitBucket();
  const pacer = new CapturePacer(clock, { marginMs: 12 });
  const log: string[] = [];
  let drawing = 0;
  let mostDrawing = 0;
  let lastCapture = 0;
  const run = await clock.run(runTilePipeline(n, {
    prepare: async (i) => {
      log.push(`scroll ${i}`);
      await clock.sleep(prepMs);
      return i;
    },
    capture: (i) => pacer.run(async () => {
      log.push(`capture ${i}`);
      const ok = browser.apply(clock.now());
      await clock.sleep(captureMs);
      if (!ok) throw new Error('exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota');
      lastCapture = clock.now();
      return `png ${i}`;
    }),
    consume: async (i, _prepared, png) => {
      expect(png).toBe(`png ${i}`);
      mostDrawing = Math.max(mostDrawing, ++drawing);
      await clock.sleep(drawMs);
      drawing--;
      log.push(`drawn ${i}`);
    },
  }));
  return { run, log, ms: clock.now(), lastCapture, mostDrawing, refusals: pacer.stats.refusals };
}

describe('runTilePipeline', () => {
  it('scrolls for the next tile as soon as a capture returns and draws meanwhile, one draw at a time in order', async () => {
    const { run, log, mostDrawing } = await fullPage(4);
    expect(run).toEqual({ done: 4, stoppedEarly: false });
    expect(mostDrawing).toBe(1);
    // Every scroll after a capture, never between a scroll and its capture.
    for (let i = 0; i < 4; i++) expect(log.indexOf(`capture ${i}`)).toBe(log.indexOf(`scroll ${i}`) + 1 + (log.slice(log.indexOf(`scroll ${i}`), log.indexOf(`capture ${i}`)).filter((e) => e.startsWith('drawn')).length));
    for (let i = 1; i < 4; i++) expect(log.indexOf(`scroll ${i}`)).toBeLessThan(log.indexOf(`drawn ${i - 1}`));
    expect(log.filter((e) => e.startsWith('drawn'))).toEqual(['drawn 0', 'drawn 1', 'drawn 2', 'drawn 3']);
  });

  it('hides scrolls and draws inside the quota waits: 20 tiles end one margin per window and one tile’s work past the floor', async () => {
    const prepMs = 60;
    const captureMs = 40;
    const drawMs = 120;
    const { ms, lastCapture, refusals } = await fullPage(20, { prepMs, captureMs, drawMs });
    expect(refusals).toBe(0);
    // The first tile's scroll, nine windows of the floor each with its margin, the last window's pair, the last draw.
    const expected = prepMs + quotaModelFloorMs(20) + 9 * 12 + captureMs + prepMs + captureMs;
    expect(lastCapture).toBe(expected);
    // The last two draws are the only ones past it: tile 18's began when its capture returned, tile 19's follows.
    expect(ms).toBe(expected - prepMs - captureMs + 2 * drawMs);
    // Drawing before the next scroll, as before, would put every second tile's draw on the path: far slower.
    expect(ms).toBeLessThan(prepMs + quotaModelFloorMs(20) + 9 * 12 + 2 * (captureMs + drawMs) + prepMs);
  });

  it('stops at a tile whose preparation says no, keeping what was drawn', async () => {
    const drawn: number[] = [];
    const run = await runTilePipeline(5, {
      prepare: async (i) => (i === 3 ? undefined : i),
      capture: async (i) => i * 10,
      consume: async (i) => void drawn.push(i),
    });
    expect(run).toEqual({ done: 3, stoppedEarly: true });
    expect(drawn).toEqual([0, 1, 2]);
  });

  it('reports a failed capture or draw and makes no capture after it; runs afterCaptures once either way', async () => {
    let after = 0;
    const captured: number[] = [];
    const failedCapture = await runTilePipeline(5, {
      prepare: async (i) => i,
      capture: async (i) => {
        if (i === 2) throw new Error('tab closed');
        captured.push(i);
        return i;
      },
      consume: async () => undefined,
      afterCaptures: async () => void after++,
    });
    expect(failedCapture.done).toBe(2);
    expect(String(failedCapture.error)).toContain('tab closed');
    expect(captured).toEqual([0, 1]);
    expect(after).toBe(1);

    const badDraw = await runTilePipeline(6, {
      prepare: async (i) => i,
      capture: async (i) => i,
      consume: async (i) => {
        if (i === 1) throw new Error('decode failed');
      },
      afterCaptures: async () => void after++,
    });
    expect(badDraw.done).toBe(1);
    expect(badDraw.stoppedEarly).toBe(true);
    expect(String(badDraw.error)).toContain('decode failed');
    expect(after).toBe(2);
  });
});
