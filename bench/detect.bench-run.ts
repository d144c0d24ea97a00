import { existsSync, readFileSync, statSync } from 'node:fs';
import { it } from 'vitest';
import { classifyNotice } from '@/utils/detection/classify';
import { detectPage } from '@/utils/detection/page';
import { loadCorpus, PIN_CLOSEUP, score } from '../test/corpus';
import { figure, heading, median, pct, QUICK } from './report';

it('bench:detect', () => {
  const corpus = loadCorpus();
  const results = corpus.map((row) => ({ row, got: classifyNotice({ text: row.text }).kind }));
  const line = (label: string, rows: typeof results) => {
    const s = score(rows.map((r) => ({ expected: r.row.kind, got: r.got })));
    figure(label, `n=${s.n}  P=${pct(s.precision)}  R=${pct(s.recall)}  F1=${pct(s.f1)}  kind=${pct(s.kindAccuracy)}`);
  };
  heading(`Notice classifier on the labelled corpus (${corpus.length} rows)`);
  line('overall', results);
  for (const platform of [...new Set(corpus.map((r) => r.platform))].sort()) line(`platform ${platform}`, results.filter((r) => r.row.platform === platform));
  for (const lang of [...new Set(corpus.map((r) => r.lang))].sort()) line(`language ${lang}`, results.filter((r) => r.row.lang === lang));
  const misses = results.filter((r) => (r.row.kind === 'none') !== (r.got === 'none'));
  for (const m of misses) figure(`  miss ${m.row.id}`, `expected ${m.row.kind}, got ${m.got}: ${m.row.text.slice(0, 60)}`);

  heading('detectPage on the real pin-closeup page (happy-dom)');
  if (!existsSync(PIN_CLOSEUP)) {
    figure('skipped', '../shared/fixtures not present');
  } else {
    const doc = new DOMParser().parseFromString(readFileSync(PIN_CLOSEUP, 'utf8'), 'text/html');
    const url = new URL('https://www.pinterest.com/pin/82331501312725786/');
    for (let i = 0; i < 20; i++) detectPage(doc, url);
    const times: number[] = [];
    for (let i = 0; i < (QUICK ? 20 : 200); i++) {
      const t0 = performance.now();
      detectPage(doc, url);
      times.push(performance.now() - t0);
    }
    figure('median per pass', `${median(times).toFixed(3)} ms (goal < 2 ms)`);
    figure('p95 per pass', `${times.sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(3)} ms`);
  }

  heading('Content script size (built)');
  for (const file of ['.output/chrome-mv3/content-scripts/pinterest.js', '.output/chrome-mv3/content-scripts/pinterest-api.js']) {
    figure(file, existsSync(file) ? `${(statSync(file).size / 1024).toFixed(1)} kB` : 'not built (npm run build:chrome)');
  }
});
