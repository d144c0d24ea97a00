import { describe, expect, it } from 'vitest';
import { RULE_FEATURES, textStructure, windowVectors } from '@/utils/detection/model/features';
import { STRUCTURE_FEATURES, structureFeatures } from '@/utils/detection/model/structure';
import { classifyByRules } from '@/utils/detection/rules';
import { loadCorpus } from '../../corpus';

// Train/dev rows only (the test part is never named in a test).
const corpus = loadCorpus().filter((r) => r.part !== 'test');
const row = (id: string) => {
  const found = corpus.find((r) => r.id === id);
  if (!found) throw new Error(`corpus row ${id} is missing or in the test part`);
  return found;
};

describe('where the enforcement words sit (round nine structure features)', () => {
  it('are named model features, each once', () => {
    for (const name of STRUCTURE_FEATURES) expect(RULE_FEATURES.filter((f) => f === name)).toHaveLength(1);
  });

  it('a short notice is one sentence, enforcement first, said to the reader', () => {
    expect(structureFeatures('your account has been suspended for violating our community guidelines.')).toEqual(['shape:sentences:1']);
    expect(structureFeatures('your account has been suspended. you can appeal this decision.')).toEqual(
      expect.arrayContaining(['shape:sentences:2-3', 'shape:enforcement-share:high', 'shape:first-enforcement:first', 'shape:you-share:most']),
    );
  });

  it('an article puts one enforcement sentence late among sentences with no "you"', () => {
    const article = [
      'the platform changed its moderation systems in the spring.',
      'many creators noticed that their reach fell sharply.',
      'researchers at two universities looked at the numbers.',
      'they found that automated reviews had grown threefold.',
      'one creator said her account was suspended without warning.',
      'the company did not answer questions about the change.',
    ].join(' ');
    const shape = structureFeatures(article);
    expect(shape).toEqual(expect.arrayContaining(['shape:sentences:4-8', 'shape:enforcement-share:low', 'shape:first-enforcement:late', 'shape:you-share:none', 'shape:long+enforcement-low', 'shape:long+you-none', 'shape:enforcement-without-you']));
  });

  it('reads question headings, list lines, bylines and dated stories from corpus look-alikes', () => {
    expect(textStructure(row('instagram-ja-5153').text)).toContain('shape:question-headings:1');
    expect(textStructure(row('instagram-fr-13396').text)).toContain('shape:list-lines:2+');
    expect(textStructure(row('twitch-en-0965').text)).toContain('shape:dated');
    expect(textStructure(row('youtube-ja-13096').text)).toContain('shape:long+you-none');
    expect(structureFeatures('how to get your account back\nby jane doe\npublished: may 3, 2025\nmany users were suspended.')).toEqual(expect.arrayContaining(['shape:byline', 'shape:dated']));
  });

  it('does not take "por favor," or "veröffentlicht werden" in a notice for a byline', () => {
    expect(textStructure(row('other-pt-1434').text)).not.toContain('shape:byline');
    expect(textStructure(row('other-de-0941').text)).not.toContain('shape:byline');
  });

  it('a two-sentence window keeps the shape of the whole text it came from', () => {
    const text = row('youtube-ja-13096').text;
    const shape = new Set(textStructure(text).map((name) => RULE_FEATURES.indexOf(name)));
    const windows = windowVectors(text, classifyByRules({ text }), 13);
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      const present = new Set(w.index.filter((i) => STRUCTURE_FEATURES.includes(RULE_FEATURES[i] as never)));
      expect(present).toEqual(shape);
    }
  });

  it('an empty or enormous text is read without a crash', () => {
    expect(structureFeatures('')).toEqual([]);
    expect(structureFeatures('you. '.repeat(100_000)).length).toBeGreaterThan(0);
  });
});
