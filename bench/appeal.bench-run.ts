import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { agreement, type LabelledNotice } from '@/utils/appeal/agreement';

/**
 * bench:appeal: the N1–N16 checker against hand labels of real notices
 * (test/fixtures/appeal/labelled-notices.jsonl). The held-out part is never
 * looked at while changing the checker; both figures are printed.
 * BENCH_APPEAL_TUNE_ONLY=1 prints the tune part alone, so the checker can be
 * worked on without spending one of the few held-out measurements.
 */
const rows = readFileSync(join(__dirname, '../test/fixtures/appeal/labelled-notices.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as LabelledNotice);

const pct = (x: { agreed: number; total: number }) => (x.total ? (x.agreed / x.total).toFixed(3) : 'n/a');

const waveOf = (row: LabelledNotice & { labelled?: string }) => /^(\w+) wave/.exec(row.labelled ?? '')?.[1] ?? 'first';
const byWave = (set: LabelledNotice[]) => {
  const waves = new Map<string, LabelledNotice[]>();
  for (const row of set) waves.set(`${waveOf(row)} wave`, [...(waves.get(`${waveOf(row)} wave`) ?? []), row]);
  return waves;
};
/** Aggregate figures only: held-out rows are never listed one by one here. */
const figures = (set: LabelledNotice[]) => {
  const a = agreement(set);
  return `present ${pct(a.present)} (${a.present.agreed}/${a.present.total}), missing ${pct(a.missing)} (${a.missing.agreed}/${a.missing.total})`;
};

it('prints agreement on present and on missing items', () => {
  const lines = ['bench:appeal — checker vs hand labels (N1–N16)', 'split     notices  present (agreed/total)   missing (agreed/total)'];
  const splits = process.env.BENCH_APPEAL_TUNE_ONLY ? (['tune'] as const) : (['tune', 'heldout', 'all'] as const);
  for (const split of splits) {
    const set = split === 'all' ? rows : rows.filter((r) => r.split === split);
    const a = agreement(set);
    lines.push(`${split.padEnd(9)} ${String(a.notices).padStart(7)}  ${pct(a.present)} (${a.present.agreed}/${a.present.total})`.padEnd(43) + `${pct(a.missing)} (${a.missing.agreed}/${a.missing.total})`);
    if (split === 'tune') for (const d of a.disagreements) lines.push(`  tune disagreement ${d.id} ${d.item}: labelled ${d.label}, checker ${d.checker} — ${d.reason}`);
    if (split === 'heldout') for (const [wave, part] of byWave(set)) lines.push(`  ${wave.padEnd(14)} ${String(part.length).padStart(4)}  ${figures(part)}`);
    if (split === 'heldout') lines.push(`  held-out disagreements: ${a.disagreements.length} (listed only after tuning is done: BENCH_SHOW_HELDOUT=1)`);
    if (split === 'heldout' && process.env.BENCH_SHOW_HELDOUT) for (const d of a.disagreements) lines.push(`  held-out disagreement ${d.id} ${d.item}: labelled ${d.label}, checker ${d.checker} — ${d.reason}`);
  }
  console.log(lines.join('\n'));
});
