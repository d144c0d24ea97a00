import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetector } from '@/utils/detection/model/model';
import { foldVector, RULE_FEATURES } from '@/utils/detection/model/features';
import { base64ToBytes, bytesToBase64 } from '@/utils/detection/model/weights-format';
import { buildDetectorWeights, COMMITTED_PARTS, corpusDigest, serialize } from '../../../scripts/train-detector-core';
import { loadCorpus } from '../../corpus';

const WEIGHTS = join(__dirname, '../../../utils/detection/model/weights.json');

describe('the committed detector weights', () => {
  it('were trained on the corpus as it is now (after a corpus merge: npm run train:detector)', () => {
    const json = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
    const rows = loadCorpus().filter((r) => COMMITTED_PARTS.includes(r.part));
    expect(json.trainedOn.corpusDigest, 'the corpus changed since the weights were trained: run npm run train:detector and commit').toBe(corpusDigest(rows));
  });

  it('are exactly what npm run train:detector produces from the corpus', () => {
    const committed = readFileSync(WEIGHTS, 'utf8');
    const fresh = serialize(buildDetectorWeights(loadCorpus()));
    // On a mismatch: run `npm run train:detector` and commit the result.
    expect(fresh === committed, 'utils/detection/model/weights.json is stale: run npm run train:detector').toBe(true);
  }, 60_000);

  it('were trained on train and dev only, never on the frozen test part', () => {
    const json = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
    expect(json.trainedOn.parts).toEqual(COMMITTED_PARTS);
    expect(json.trainedOn.parts).not.toContain('test');
    expect(json.trainedOn.rows).toBe(loadCorpus().filter((r) => r.part !== 'test').length);
  });

  it('stay under 300 kB and load', () => {
    const text = readFileSync(WEIGHTS, 'utf8');
    expect(text.length).toBeLessThan(300 * 1024);
    const detector = loadDetector(JSON.parse(text));
    expect(detector.kind).toHaveLength(4);
    expect(detector.notice.weights.some((w) => w !== 0)).toBe(true);
  });

  it('refuse weights made for another feature layout', () => {
    const json = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
    expect(() => loadDetector({ ...json, ruleFeatures: ['something-else'] })).toThrow(/train:detector/);
  });

  it('keep the kind heads on fewer hashed buckets than the notice head (the content script carries them)', () => {
    const detector = loadDetector(JSON.parse(readFileSync(WEIGHTS, 'utf8')));
    expect(detector.kindHashBits).toBeLessThan(detector.hashBits);
    for (const head of detector.kind) expect(head.weights).toHaveLength(RULE_FEATURES.length + (1 << detector.kindHashBits));
  });

  it('folding a vector keeps the named features and sums n-grams that land in one bucket', () => {
    const r = RULE_FEATURES.length;
    const folded = foldVector({ index: [0, 3, r + 5, r + 5 + 1024, r + 2047], value: [1, 0.5, 0.25, 0.5, 1] }, 13, 10);
    expect(folded.index).toEqual([0, 3, r + 5, r + 1023]);
    expect(folded.value).toEqual([1, 0.5, 0.75, 1]);
  });

  it('base64 round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const n of [0, 1, 2, 3, 999, 1000]) expect([...base64ToBytes(bytesToBase64(bytes.slice(0, n)))]).toEqual([...bytes.slice(0, n)]);
  });
});
