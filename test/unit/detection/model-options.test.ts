import { describe, expect, it } from 'vitest';
import { committedDetector, decideNotice } from '@/utils/detection/classify';
import { featureVector, hasOutline, ngramFeatures, RULE_FEATURES } from '@/utils/detection/model/features';
import { loadDetector, LOOKALIKE_CUES, predictVector } from '@/utils/detection/model/model';
import { trainDetector } from '@/utils/detection/model/train';
import type { DetectorWeightsJson } from '@/utils/detection/model/weights-format';
import weights from '@/utils/detection/model/weights.json';
import { classifyByRules } from '@/utils/detection/rules';
import { TRAINING } from '../../../scripts/train-detector-core';

const committed = weights as unknown as DetectorWeightsJson;
const only = (name: string) => ({ index: [RULE_FEATURES.indexOf(name)], value: [1] });

describe('look-alike cues named in the weights', () => {
  it('a look-alike cue in the list gives the text a look-alike’s shape; another cue does not', () => {
    for (const cue of LOOKALIKE_CUES) expect(predictVector(committedDetector()!, only(cue)).lookalike).toBe(true);
    expect(predictVector(committedDetector()!, only('cue:greeting')).lookalike).toBe(false);
  });

  it('takes the list from the weights when they carry one, and skips names this code does not know', () => {
    const none = loadDetector({ ...committed, lookalikeCues: [] });
    expect(predictVector(none, only('cue:your-country')).lookalike).toBe(false);
    const renamed = loadDetector({ ...committed, lookalikeCues: ['cue:no-such-cue', 'cue:your-country'] });
    expect(renamed.lookalike).toEqual([RULE_FEATURES.indexOf('cue:your-country')]);
  });

  it('keeps a text with a look-alike shape from being a notice unless the model is sure', () => {
    const text = 'Access to this account has been restricted in your country for legal reasons.';
    const rules = classifyByRules({ text });
    const detector = { ...committedDetector()!, lookalike: [RULE_FEATURES.indexOf('cue:your-country')] };
    const prediction = { ...predictVector(detector, featureVector(text, rules, detector.hashBits, detector.ngrams)), probability: 0.8 };
    expect(prediction.lookalike).toBe(true);
    expect(decideNotice({ text }, rules, prediction, detector).kind).toBe('none');
    expect(decideNotice({ text }, rules, prediction, { ...detector, sure: 0.75 }).kind).not.toBe('none');
  });
});

describe('training options tried on the proxy', () => {
  const rows = [
    { text: 'Your account has been suspended for violating our Community Guidelines.', kind: 'account_suspended' as const, family: 'a' },
    { text: 'We removed your Pin because it goes against our policy on spam.', kind: 'content_removed' as const, family: 'b' },
    { text: 'Your account has been deactivated. You can reactivate it any time by logging in.', kind: 'none' as const, family: 'c' },
    { text: 'Thanks for your report. We removed the account you reported.', kind: 'none' as const, family: 'd' },
    { text: 'Here are ten ideas for your garden this spring.', kind: 'none' as const, family: 'e' },
  ];
  const options = { ...TRAINING, hashBits: 8, kindHashBits: 6, epochs: 2, orders: 1, parts: ['train'], rules: (text: string) => classifyByRules({ text }) };

  it('a second head is trained and read only for texts with a notice’s outline', () => {
    const json = trainDetector(rows, { ...options, secondHashBits: 6, secondThreshold: 0.4 });
    expect(json.secondHashBits).toBe(6);
    expect(json.secondThreshold).toBe(0.4);
    const detector = loadDetector(json);
    const outlined = featureVector(rows[0]!.text, classifyByRules({ text: rows[0]!.text }), 8);
    const plain = featureVector(rows[4]!.text, classifyByRules({ text: rows[4]!.text }), 8);
    expect(hasOutline(outlined)).toBe(true);
    expect(hasOutline(plain)).toBe(false);
    expect(predictVector(detector, outlined).second).toBeTypeOf('number');
    expect(predictVector(detector, plain).second).toBeUndefined();
    expect(trainDetector(rows, options).second).toBeUndefined();
  });

  it('character n-grams at word edges only: a stem and an ending, not the middle of a word', () => {
    const all = ngramFeatures('suspended', 16, { words: 0, pairs: 0, charMin: 3, charMax: 3 });
    const edges = ngramFeatures('suspended', 16, { words: 0, pairs: 0, charMin: 3, charMax: 3, boundary: 1 });
    // " suspended " has 9 trigrams; at the edges only " su" and "ed ".
    expect(all.size).toBe(9);
    expect(edges.size).toBe(2);
  });
});
