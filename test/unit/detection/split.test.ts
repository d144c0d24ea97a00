import { describe, expect, it } from 'vitest';
import { familyOf, partOf } from '@/utils/detection/model/split';
import { loadCorpus } from '../../corpus';

describe('the corpus split by source family', () => {
  const corpus = loadCorpus();

  it('puts every family in exactly one part, so no source is in train and test', () => {
    const partsOfFamily = new Map<string, Set<string>>();
    for (const row of corpus) {
      const parts = partsOfFamily.get(row.family) ?? new Set();
      parts.add(row.part);
      partsOfFamily.set(row.family, parts);
    }
    const mixed = [...partsOfFamily].filter(([, parts]) => parts.size > 1);
    expect(mixed).toEqual([]);
    const families = (part: string) => new Set(corpus.filter((r) => r.part === part).map((r) => r.family));
    const [train, dev, test] = [families('train'), families('dev'), families('test')];
    for (const f of test) {
      expect(train.has(f), f).toBe(false);
      expect(dev.has(f), f).toBe(false);
    }
    for (const f of dev) expect(train.has(f), f).toBe(false);
  });

  it('has all three parts, roughly 60/20/20 by family', () => {
    const families = [...new Set(corpus.map((r) => r.family))];
    const share = (part: string) => families.filter((f) => partOf(f) === part).length / families.length;
    expect(share('train')).toBeGreaterThan(0.45);
    expect(share('dev')).toBeGreaterThan(0.1);
    expect(share('test')).toBeGreaterThan(0.1);
  });

  it('is deterministic and keyed on the family, not the row', () => {
    expect(partOf('help.pinterest.com')).toBe(partOf('help.pinterest.com'));
    expect(familyOf({ source: 'x', source_family: ' Help.Pinterest.com ' })).toBe('help.pinterest.com');
    // Rows without a family fall back to the file's index id or the site.
    expect(familyOf({ source: 'public GitHub code (a login error); index id 34169347901' })).toBe('github-index:34169347901');
    expect(familyOf({ source: 'tomsguide.com/opinion/i-got-suspended-by-twitter-x-and-i-have-no-idea-why' })).toBe('tomsguide.com');
  });
});
