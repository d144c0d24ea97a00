import { classifyByRules } from '../utils/detection/rules';
import { trainDetector, type TrainOptions } from '../utils/detection/model/train';
import type { DetectorWeightsJson } from '../utils/detection/model/weights-format';
import type { Part } from '../utils/detection/model/split';
import type { CorpusRow } from './detector-corpus';

/** Settings chosen on the dev part (see README, "Detection"). */
export const TRAINING: Omit<TrainOptions, 'rules' | 'parts'> = {
  hashBits: 13,
  epochs: 12,
  l2: 1e-3,
  learningRate: 0.3,
  threshold: 0.3,
  thresholdAlone: 0.6,
};

/** The committed weights: trained on train + dev, never on test. */
export const COMMITTED_PARTS: Part[] = ['train', 'dev'];

export function buildDetectorWeights(rows: CorpusRow[], parts: Part[] = COMMITTED_PARTS, overrides: Partial<TrainOptions> = {}): DetectorWeightsJson {
  const chosen = rows.filter((r) => parts.includes(r.part));
  return trainDetector(
    chosen.map((r) => ({ text: r.text, kind: r.kind, family: r.family })),
    { ...TRAINING, ...overrides, parts, rules: (text) => classifyByRules({ text }) },
  );
}

export function serialize(weights: DetectorWeightsJson): string {
  return `${JSON.stringify(weights)}\n`;
}
