// npm run train:detector            → trains on train+dev, writes utils/detection/model/weights.json
// npm run train:detector -- --cv    → grouped 5-fold CV, then leave-one-platform-out and leave-one-language-group-out
//                                      (--proxy-only, --no-proxy, --by-group, --surface-out, --grid; KEY=VALUE overrides a training option)
// npm run train:detector -- --dev   → trains on train only and prints dev figures (test is never read here)
// npm run train:detector -- --family → the leave-family-out proxy: three leave-outs and 5-fold by family, pooled
//                                      (--tiers: the store/ask trade; --grid: the three thresholds)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDetector, lookalikeIndexes, predictVector } from '../utils/detection/model/model';
import { classifyByRules } from '../utils/detection/rules';
import { loadLabelledRows, ROOT } from './detector-corpus';
import { fnv1a } from '../utils/detection/model/split';
import { buildDetectorWeights, featuresOf, heldOutAnswer, keepFeatures, serialize, TRAINING } from './train-detector-core';
import { familyFolds, groupLines, leaveSurfaceOut, pooledHeldOut, proxyCrossValidation, settingSweep, summary, thresholdGrid, tierSweep } from './train-detector-proxy';

const rows = loadLabelledRows();
const args = process.argv.slice(2);
if (args.includes('--cv') || args.includes('--dev') || args.includes('--family')) keepFeatures();
const numericOverrides = () => Object.fromEntries(args.filter((a) => a.includes('=') && !a.startsWith('--repeats=') && !Number.isNaN(Number(a.split('=')[1]))).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, Number(v)]; }));

if (args.includes('--family')) {
  // The leave-family-out proxy (round nine): whole platforms, language groups and surfaces held out, and grouped
  // 5-fold by source family, pooled. Unseen sets fail on source families nobody trained on; this is their proxy.
  const overrides = numericOverrides();
  const pool = rows.filter((r) => r.part !== 'test');
  const t0 = performance.now();
  const { platform, language } = proxyCrossValidation(pool, overrides);
  const surface = leaveSurfaceOut(pool, overrides);
  const folds = familyFolds(pool, overrides);
  const helds = [platform, language, surface, folds];
  console.log(summary('leave-platform-out', platform));
  console.log(summary('leave-language-out', language));
  console.log(summary('leave-surface-out', surface));
  console.log(summary('5-fold by family', folds));
  console.log(summary('POOLED (family proxy)', pooledHeldOut(helds)), overrides);
  if (args.includes('--tiers')) console.log(tierSweep(helds, [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]).join('\n'));
  if (args.includes('--grid')) console.log(thresholdGrid(helds).join('\n'));
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
} else

if (args.includes('--cv')) {
  // Grouped 5-fold cross-validation over train+dev (by family, never test): steadier than 20 % of a small corpus.
  const overrides = Object.fromEntries(args.filter((a) => a.includes('=') && !a.startsWith('--repeats=') && !Number.isNaN(Number(a.split('=')[1]))).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, Number(v)]; }));
  const pool = rows.filter((r) => r.part !== 'test');
  if (!args.includes('--proxy-only')) {
  // --repeats=N: N different family-to-fold assignments (the first is the usual one), pooled; a change that
  // moves a figure by less than a point on one assignment is often noise, and repeats show it.
  const repeats = Number(args.find((a) => a.startsWith('--repeats='))?.split('=')[1] ?? 1);
  let repeat = 0;
  const foldOf = (family: string) => fnv1a(repeat ? `cv${repeat}:${family}` : `cv:${family}`) % 5;
  let tp = 0, fp = 0, fn = 0, tn = 0, kindRight = 0, rtp = 0, rfp = 0, rfn = 0, rtn = 0;
  const misses: string[] = [];
  const bySurface: Record<string, { pos: number; found: number; neg: number; fa: number }> = {};
  // For the threshold sweep: each held-out row's probability and whether the rules found a notice.
  const scored: { p: number; rulesFound: boolean; vetoed: boolean; notice: boolean }[] = [];
  const folds: { detector: ReturnType<typeof loadDetector>; held: typeof pool }[] = [];
  for (repeat = 0; repeat < repeats; repeat++) for (let fold = 0; fold < 5; fold++) {
    const train = pool.filter((r) => foldOf(r.family) !== fold).map((r) => ({ ...r, part: 'train' as const }));
    const detector = loadDetector(buildDetectorWeights(train, ['train'], overrides));
    folds.push({ detector, held: pool.filter((x) => foldOf(x.family) === fold) });
    for (const r of pool.filter((x) => foldOf(x.family) === fold)) {
      const answer = heldOutAnswer(r.text, detector);
      const g = answer.kind;
      const why = answer.matched.filter((m) => m.startsWith('veto') || m.startsWith('model:p')).join(',');
      const { rules, vector } = featuresOf(r.text, detector.hashBits, detector.ngrams);
      const rg = rules.kind;
      scored.push({ p: predictVector(detector, vector).probability, rulesFound: rg !== 'none', vetoed: rules.matched.some((m) => /^veto:\w+:(voluntary|restored|other-account|security|rate-limit)$/.test(m)), notice: r.kind !== 'none' });
      const e = r.kind !== 'none';
      const cell = (bySurface[`${r.surface ?? '?'}`] ??= { pos: 0, found: 0, neg: 0, fa: 0 });
      if (e) { cell.pos++; if (g !== 'none') cell.found++; } else { cell.neg++; if (g !== 'none') cell.fa++; }
      if (e && rg !== 'none') rtp++; else if (!e && rg !== 'none') rfp++; else if (e) rfn++; else rtn++;
      if (e && g !== 'none') { tp++; if (g === r.kind) kindRight++; else misses.push(`  kind  ${r.id} ${r.kind}→${g}: ${r.text.slice(0, 90).replace(/\s+/g, ' ')}`); }
      else if (!e && g !== 'none') { fp++; misses.push(`  FA    ${r.id} →${g} ${why}: ${r.text.slice(0, 90).replace(/\s+/g, ' ')}`); }
      else if (e) { fn++; misses.push(`  miss  ${r.id} ${r.kind} ${why}: ${r.text.slice(0, 90).replace(/\s+/g, ' ')}`); }
      else tn++;
    }
  }
  const f1 = (a: number, b: number, c: number) => (2 * a) / Math.max(1, 2 * a + b + c);
  console.log(`rules only    cv n=${pool.length} recall=${(rtp / (rtp + rfn)).toFixed(3)} FA=${(rfp / (rfp + rtn)).toFixed(3)} F1=${f1(rtp, rfp, rfn).toFixed(3)}`);
  console.log(`rules + model cv n=${pool.length} recall=${(tp / (tp + fn)).toFixed(3)} FA=${(fp / (fp + tn)).toFixed(3)} F1=${f1(tp, fp, fn).toFixed(3)} kind=${(kindRight / Math.max(1, tp)).toFixed(3)}`, overrides);
  if (args.includes('--misses')) console.log(misses.join('\n'));
  if (args.includes('--by-surface')) for (const [surface, c] of Object.entries(bySurface).sort()) console.log(`  ${surface.padEnd(10)} notices ${c.found}/${c.pos}  false alarms ${c.fa}/${c.neg}`);
  if (args.includes('--grid')) {
    // The whole decision (classifyNotice, vetoes and look-alike shapes included) at other thresholds,
    // on the same held-out folds: thresholds are chosen here, never on test.
    for (const threshold of [0.3, 0.4, 0.5]) {
      for (const thresholdAlone of [0.45, 0.55, 0.65]) {
        const cells: string[] = [];
        for (const thresholdShapeless of [0.6, 0.7, 0.8]) {
          let a = 0, b = 0, c = 0, d = 0;
          for (const { detector, held } of folds) {
            const tuned = { ...detector, threshold, thresholdAlone, thresholdShapeless };
            for (const r of held) {
              const yes = heldOutAnswer(r.text, tuned).kind !== 'none';
              if (r.kind !== 'none') yes ? a++ : b++; else yes ? c++ : d++;
            }
          }
          cells.push(`shapeless ${thresholdShapeless}: R=${(a / (a + b)).toFixed(3)} FA=${(c / (c + d)).toFixed(3)}`);
        }
        console.log(`rules ${threshold} alone ${thresholdAlone} | ${cells.join(' | ')}`);
      }
    }
  }
  if (args.includes('--sweep')) {
    // Thresholds are chosen here, on held-out folds of train+dev, never on test.
    for (const withRules of [0.2, 0.3, 0.4, 0.5]) {
      const cells: string[] = [];
      for (const alone of [0.3, 0.4, 0.5, 0.6, 0.7]) {
        let a = 0, b = 0, c = 0, d = 0;
        for (const s of scored) {
          const yes = s.p >= (s.rulesFound ? withRules : alone) && !(s.vetoed && s.p < 0.9);
          if (s.notice) yes ? a++ : b++; else yes ? c++ : d++;
        }
        cells.push(`alone ${alone}: R=${(a / (a + b)).toFixed(3)} FA=${(c / (c + d)).toFixed(3)}`);
      }
      console.log(`with-rules ${withRules} | ${cells.join(' | ')}`);
    }
  }
  }
  if (!args.includes('--no-proxy')) {
    // The harder proxy for unseen sets: whole platforms and whole language groups held out (see train-detector-proxy.ts).
    const t0 = performance.now();
    const { platform, language } = proxyCrossValidation(pool, overrides);
    console.log(summary('leave-platform-out', platform));
    if (args.includes('--by-group')) console.log(groupLines(platform).join('\n'));
    console.log(summary('leave-language-out', language));
    if (args.includes('--by-group')) console.log(groupLines(language).join('\n'));
    const helds = [platform, language];
    if (args.includes('--surface-out')) {
      const surface = leaveSurfaceOut(pool, overrides);
      helds.push(surface);
      console.log(summary('leave-surface-out', surface));
      if (args.includes('--by-group')) console.log(groupLines(surface).join('\n'));
    }
    if (args.includes('--lookalike-grid')) {
      // Each further cue as a look-alike's shape (the model must then be ≥ 0.9 sure), one at a time, on the pooled held-out groups.
      const candidates = ['(as trained)', 'without round eight', 'cue:may-result', 'cue:your-country', 'cue:report-filed', 'cue:this-other', 'cue:conditional+action', 'cue:hedge', 'cue:steps', 'cue:third-person', 'cue:notice-described', 'cue:conditional'];
      console.log('look-alike cue added, pooled over the held-out groups:');
      console.log(settingSweep(helds, candidates, (d, name) => ({ ...d, lookalike: name === 'without round eight' ? d.lookalike.filter((i) => !lookalikeIndexes(['cue:your-country', 'cue:report-filed', 'cue:this-other']).includes(i)) : [...d.lookalike, ...lookalikeIndexes([name])] })).join('\n'));
    }
    if (args.includes('--sure-grid')) {
      // How sure the model must be to overrule a veto or a look-alike's shape (1.01: never).
      console.log('P needed over a veto or a look-alike shape, pooled over the held-out groups:');
      console.log(settingSweep(helds, [0.8, 0.85, 0.9, 0.95, 0.98, 1.01], (d, v) => ({ ...d, sure: v })).join('\n'));
    }
    if (args.includes('--second-grid')) {
      // The second head's threshold on the pooled held-out groups (1: the second head never vetoes).
      console.log('second head threshold, pooled over the held-out groups:');
      console.log(settingSweep(helds, [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], (d, v) => ({ ...d, secondThreshold: v })).join('\n'));
    }
    if (args.includes('--grid')) console.log(thresholdGrid([platform, language]).join('\n'));
    console.log(`  (${platform.byGroup.size} platform and ${language.byGroup.size} language groups, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
} else if (args.includes('--dev')) {
  const overrides = Object.fromEntries(
    args.filter((a) => a.includes('=')).map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k!, Number(v)];
    }),
  );
  const t0 = performance.now();
  const detector = loadDetector(buildDetectorWeights(rows, ['train'], overrides));
  console.log(`trained on train in ${(performance.now() - t0).toFixed(0)} ms`, { ...TRAINING, ...overrides });
  const dev = rows.filter((r) => r.part === 'dev');
  const tally = (name: string, got: (text: string) => string) => {
    let tp = 0, fp = 0, fn = 0, tn = 0, kindRight = 0;
    const misses: string[] = [];
    for (const r of dev) {
      const g = got(r.text);
      const e = r.kind !== 'none';
      if (e && g !== 'none') { tp++; if (g === r.kind) kindRight++; else misses.push(`  kind  ${r.id} ${r.kind}→${g}: ${r.text.slice(0, 90)}`); }
      else if (!e && g !== 'none') { fp++; misses.push(`  FA    ${r.id} →${g}: ${r.text.slice(0, 90)}`); }
      else if (e) { fn++; misses.push(`  miss  ${r.id} ${r.kind}: ${r.text.slice(0, 90)}`); }
      else tn++;
    }
    const recall = tp / Math.max(1, tp + fn), precision = tp / Math.max(1, tp + fp);
    console.log(`${name}: dev n=${dev.length} recall=${recall.toFixed(3)} false-alarms=${(fp / Math.max(1, fp + tn)).toFixed(3)} F1=${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(3)} kind=${(kindRight / Math.max(1, tp)).toFixed(3)}`);
    if (args.includes('--misses')) console.log(misses.join('\n'));
  };
  tally('rules only', (text) => classifyByRules({ text }).kind);
  tally('rules + model', (text) => heldOutAnswer(text, detector).kind);
} else {
  const weights = buildDetectorWeights(rows);
  const path = join(ROOT, 'utils/detection/model/weights.json');
  const json = serialize(weights);
  writeFileSync(path, json);
  console.log(`wrote ${path}: ${(json.length / 1024).toFixed(1)} kB, trained on ${weights.trainedOn.rows} rows (${weights.trainedOn.parts.join('+')}), ${weights.trainedOn.families} source families`);
}
