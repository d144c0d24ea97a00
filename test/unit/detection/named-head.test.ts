import { describe, expect, it } from 'vitest';
import { namedHeadFromJson, namedHeadToJson, namedLogit, trainNamedHead, type NamedTrainingExample } from '@/utils/detection/model/named-head';
import { windowTexts } from '@/utils/detection/model/features';
import { predict } from '@/utils/detection/model/model';
import { committedDetector } from '@/utils/detection/classify';
import { classifyByRules } from '@/utils/detection/rules';

// Feature 0: an enforcement word beside "you"; feature 1: a look-alike's shape; feature 5+: n-grams the head must ignore.
const example = (a: boolean, b: boolean, noise: number): NamedTrainingExample => ({
  x: { index: [...(a ? [0] : []), ...(b ? [1] : []), 5 + noise], value: [...(a ? [1] : []), ...(b ? [1] : []), 1] },
  y: a && !b ? 1 : 0,
  weight: 1,
});
const rows = Array.from({ length: 200 }, (_, i) => example(i % 2 === 0, i % 3 === 0, i % 7));
const options = { inputs: 5, hidden: 8, epochs: 40, learningRate: 0.05, l2: 1e-4, seed: 7 };

describe('the named-features head', () => {
  it('learns a conjunction a linear head cannot put at one threshold: a notice shape AND no look-alike shape', () => {
    const head = trainNamedHead(rows, options);
    const p = (a: boolean, b: boolean) => 1 / (1 + Math.exp(-namedLogit(head, example(a, b, 0).x)));
    expect(p(true, false)).toBeGreaterThan(0.8);
    expect(p(true, true)).toBeLessThan(0.2);
    expect(p(false, false)).toBeLessThan(0.2);
    expect(p(false, true)).toBeLessThan(0.2);
  });

  it('reads only the named features: hashed n-grams beyond its inputs change nothing', () => {
    const head = trainNamedHead(rows, options);
    const base = namedLogit(head, { index: [0], value: [1] });
    expect(namedLogit(head, { index: [0, 5, 900], value: [1, 1, 1] })).toBe(base);
  });

  it('is deterministic, and survives the int8 round trip within its quantisation step', () => {
    const a = trainNamedHead(rows, options);
    const b = trainNamedHead(rows, options);
    expect(namedHeadToJson(a)).toEqual(namedHeadToJson(b));
    const loaded = namedHeadFromJson(JSON.parse(JSON.stringify(namedHeadToJson(a))));
    for (const [x] of [[example(true, false, 0).x], [example(true, true, 0).x]]) expect(Math.abs(namedLogit(loaded, x!) - namedLogit(a, x!))).toBeLessThan(0.5);
  });
});

describe('sentence windows', () => {
  it('slides two sentences at a time over a longer text, none for a short one', () => {
    expect(windowTexts('Your account has been suspended. Learn more.')).toEqual([]);
    expect(windowTexts('Hi Anna, thanks for being with us. Your Pin was removed for violating our policy. You can appeal.')).toEqual([
      'Hi Anna, thanks for being with us. Your Pin was removed for violating our policy.',
      'Your Pin was removed for violating our policy. You can appeal.',
    ]);
  });

  it('scores at most 24 windows of a long page', () => {
    expect(windowTexts(Array.from({ length: 200 }, (_, i) => `Sentence number ${String.fromCharCode(97 + (i % 26))}.`).join(' '))).toHaveLength(24);
  });
});

describe('window scoring in the committed detector', () => {
  const detector = committedDetector()!;
  const letter = [
    'Hi Anna,',
    'Thanks for being part of our community of creators and for everything you share with us.',
    'We have some news about your recent activity on the site.',
    'Your Pin was removed because it goes against our Community Guidelines on spam.',
    'Our team looks at millions of items every week and we appreciate your patience.',
    'You can read more about our policies in the Help Center.',
    'Best wishes, the Team',
  ].join('\n');

  it('never lowers P(notice): the whole text still counts, the best window is only added', () => {
    const rules = classifyByRules({ text: letter });
    const whole = predict({ ...detector, windowOffset: undefined }, letter, rules).probability;
    const windowed = predict({ ...detector, windowOffset: detector.windowOffset ?? -1 }, letter, rules).probability;
    expect(windowed).toBeGreaterThanOrEqual(whole);
  });

  it('scores a text of one or two sentences exactly as before', () => {
    const text = 'Your account has been suspended. Learn more.';
    const rules = classifyByRules({ text });
    expect(predict({ ...detector, windowOffset: 0 }, text, rules)).toEqual(predict({ ...detector, windowOffset: undefined }, text, rules));
  });
});
