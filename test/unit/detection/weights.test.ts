import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetector } from '@/utils/detection/model/model';
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

  it('base64 round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const n of [0, 1, 2, 3, 999, 1000]) expect([...base64ToBytes(bytesToBase64(bytes.slice(0, n)))]).toEqual([...bytes.slice(0, n)]);
  });
});
