import { describe, expect, it } from 'vitest';
import { languageGroup, leaveGroupOut, platformGroup } from '../../../scripts/train-detector-proxy';
import { loadCorpus, type CorpusRow } from '../../corpus';

// A small slice of the train part, so each of the few trainings below takes a fraction of a second.
function slice(): CorpusRow[] {
  const train = loadCorpus().filter((r) => r.part === 'train');
  const pick = (platform: string, kind: 'notice' | 'none', n: number) => train.filter((r) => r.platform === platform && (kind === 'none') === (r.kind === 'none')).slice(0, n);
  return [...pick('x', 'notice', 12), ...pick('x', 'none', 8), ...pick('youtube', 'notice', 12), ...pick('youtube', 'none', 8), ...pick('instagram', 'notice', 6), ...pick('instagram', 'none', 6)];
}

describe('the proxy for unseen sets (leave one platform or language group out)', () => {
  it('scores every row exactly once, in its own group, with that group left out of training', () => {
    const rows = slice();
    expect(rows.length).toBeGreaterThan(40);
    const held = leaveGroupOut(rows, (r) => r.platform);
    expect([...held.byGroup.keys()].sort()).toEqual(['instagram', 'x', 'youtube']);
    const { pooled } = held;
    expect(pooled.notices + pooled.lookalikes).toBe(rows.length);
    for (const { detector, held: heldRows, trainedOn } of held.folds) {
      const group = heldRows[0]!.platform;
      expect(heldRows.every((r) => r.platform === group)).toBe(true);
      const tally = held.byGroup.get(group)!;
      expect(tally.notices + tally.lookalikes).toBe(heldRows.length);
      // Each fold's detector was trained on the other groups only.
      expect(trainedOn).toBe(rows.filter((r) => r.platform !== group).length);
      expect(detector.kind).toHaveLength(4);
    }
    expect(pooled.found).toBeLessThanOrEqual(pooled.notices);
    expect(pooled.kindRight).toBeLessThanOrEqual(pooled.found);
  }, 60_000);

  it('holds out close languages together and small platforms as one group', () => {
    const row = (lang: string, platform = 'x') => ({ lang, platform }) as CorpusRow;
    expect(languageGroup(row('sv'))).toBe(languageGroup(row('da')));
    expect(languageGroup(row('ru'))).toBe(languageGroup(row('pl')));
    expect(languageGroup(row('ja'))).not.toBe(languageGroup(row('zh')));
    expect(languageGroup(row('eo'))).toBe('other languages');
    const counts = new Map([['x', 90], ['threads', 3]]);
    expect(platformGroup(row('en', 'x'), counts)).toBe('x');
    expect(platformGroup(row('en', 'threads'), counts)).toBe('small platforms');
  });
});
