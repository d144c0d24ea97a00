import { it } from 'vitest';
import { PIN_CLOSEUP } from '../test/corpus';
import { timeInChromium } from './detect-in-chromium';
import { figure, heading, median } from './report';

// Timings only (no corpus figures): safe to run while developing, since it never reads the frozen test part.
it('bench:detect:timing', async () => {
  heading('detectPage in real Chromium, cold, with a notice dialog (5 fresh pages)');
  const firsts: number[] = [];
  const scans: number[] = [];
  const loads: number[] = [];
  const laters: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t = await timeInChromium(PIN_CLOSEUP, 'https://www.pinterest.com/pin/82331501312725786/', 100, 'Your account has been suspended for violating our community guidelines.');
    const cold = await timeInChromium(PIN_CLOSEUP, 'https://www.pinterest.com/pin/82331501312725786/', 10, '', true);
    if (typeof cold !== 'string') loads.push(cold.loadMs);
    if (typeof t === 'string') return figure('skipped', t);
    firsts.push(t.firstMs);
    scans.push(t.scanFirstMs);
    laters.push(median(t.later));
    if (run === 0) figure('detector bundle (minified, with weights)', `${(t.bundleBytes / 1024).toFixed(1)} kB → ${t.kind}`);
  }
  figure('in the page: first structural pass, cold, each run', `${scans.map((v) => v.toFixed(1)).join(' / ')} ms (the content script's part since round eight)`);
  figure('first classification with a notice (cold; in the background since round eight), each run', `${firsts.map((v) => v.toFixed(1)).join(' / ')} ms (goal ≤ 50 ms)`);
  figure('model load, cold, each run', `${loads.map((v) => v.toFixed(1)).join(' / ')} ms (goal ≤ 20 ms)`);
  figure('later passes, median of each run', `${laters.map((v) => v.toFixed(3)).join(' / ')} ms (goal ≤ 2 ms)`);
});
