import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { agreement, type LabelledNotice } from '@/utils/appeal/agreement';

/**
 * bench:appeal: the N1–N16 checker against hand labels of real notices
 * (test/fixtures/appeal/labelled-notices.jsonl). The held-out part is never
 * looked at while changing the checker; both figures are printed.
 */
const rows = readFileSync(join(__dirname, '../test/fixtures/appeal/labelled-notices.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as LabelledNotice);

const pct = (x: { agreed: number; total: number }) => (x.total ? (x.agreed / x.total).toFixed(3) : 'n/a');

it('prints agreement on present and on missing items', () => {
  const lines = ['bench:appeal — checker vs hand labels (N1–N16)', 'split     notices  present (agreed/total)   missing (agreed/total)'];
  for (const split of ['tune', 'heldout', 'all'] as const) {
    const set = split === 'all' ? rows : rows.filter((r) => r.split === split);
    const a = agreement(set);
    lines.push(`${split.padEnd(9)} ${String(a.notices).padStart(7)}  ${pct(a.present)} (${a.present.agreed}/${a.present.total})`.padEnd(43) + `${pct(a.missing)} (${a.missing.agreed}/${a.missing.total})`);
    if (split === 'tune') for (const d of a.disagreements) lines.push(`  tune disagreement ${d.id} ${d.item}: labelled ${d.label}, checker ${d.checker} — ${d.reason}`);
    if (split === 'heldout') lines.push(`  held-out disagreements: ${a.disagreements.length} (listed only after tuning is done: BENCH_SHOW_HELDOUT=1)`);
    if (split === 'heldout' && process.env.BENCH_SHOW_HELDOUT) for (const d of a.disagreements) lines.push(`  held-out disagreement ${d.id} ${d.item}: labelled ${d.label}, checker ${d.checker} — ${d.reason}`);
  }
  console.log(lines.join('\n'));
});
