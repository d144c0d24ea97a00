import { describe, expect, it } from 'vitest';
import { windowTexts } from '@/utils/detection/model/features';
import { predict } from '@/utils/detection/model/model';
import { committedDetector } from '@/utils/detection/classify';
import { classifyByRules } from '@/utils/detection/rules';

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
