import { describe, expect, it } from 'vitest';
import { CapturePacer, type Clock } from '@/utils/capture/pacer';

/** A clock that only moves when the code under test sleeps. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const QUOTA = new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');

describe('CapturePacer', () => {
  it('spaces calls at least 500 ms apart, one at a time', async () => {
    const clock = fakeClock();
    const pacer = new CapturePacer(clock);
    const starts: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => pacer.run(async () => (starts.push(clock.now()), n))));
    expect(starts).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(500);
    expect(starts[0]).toBe(1_000); // the first call does not wait
  });

  it('retries a quota refusal with a growing wait, then succeeds', async () => {
    const clock = fakeClock();
    const pacer = new CapturePacer(clock);
    let calls = 0;
    const result = await pacer.run(async () => {
      calls++;
      if (calls < 3) throw QUOTA;
      return 'png';
    });
    expect(result).toBe('png');
    expect(calls).toBe(3);
    expect(clock.sleeps).toEqual([1000, 1500]);
  });

  it('gives up after its retries and passes other errors through at once', async () => {
    const clock = fakeClock();
    const pacer = new CapturePacer(clock, 500, 2);
    await expect(pacer.run(async () => Promise.reject(QUOTA))).rejects.toBe(QUOTA);
    let calls = 0;
    await expect(pacer.run(async () => (calls++, Promise.reject(new Error('tab closed'))))).rejects.toThrow('tab closed');
    expect(calls).toBe(1);
    // A failure does not jam the queue.
    await expect(pacer.run(async () => 'next')).resolves.toBe('next');
  });
});
