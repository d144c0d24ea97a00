import { describe, expect, it } from 'vitest';
import { classifyNotice } from '@/utils/detection/classify';
import { loadCorpus, score } from '../../corpus';

describe('the labelled corpus', () => {
  const corpus = loadCorpus();
  // Train and dev only: the frozen test part is judged by npm run bench:detect alone, and its misses are never printed.
  const results = corpus.filter((row) => row.part !== 'test').map((row) => ({ row, got: classifyNotice({ text: row.text }) }));

  it('has at least 150 rows, about half positives, each with a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const positives = corpus.filter((r) => r.kind !== 'none').length;
    expect(positives / corpus.length).toBeGreaterThan(0.35);
    expect(positives / corpus.length).toBeLessThan(0.65);
    for (const row of corpus) expect(row.source.length, row.id).toBeGreaterThan(5);
  });

  it('finds notices with high precision and recall, and names their kind', () => {
    const s = score(results.map(({ row, got }) => ({ expected: row.kind, got: got.kind })));
    const wrong = results.filter(({ row, got }) => (row.kind === 'none') !== (got.kind === 'none')).map(({ row, got }) => `${row.id} expected ${row.kind} got ${got.kind}: ${row.text.slice(0, 80)}`);
    expect(s.precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('every classification says why', () => {
    for (const { got } of results.filter((r) => r.got.kind !== 'none')) expect(got.matched.length).toBeGreaterThan(0);
  });
});
