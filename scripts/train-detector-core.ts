import { classifyByRules } from '../utils/detection/rules';
import { decideNotice } from '../utils/detection/classify';
import { normalizeText } from '../utils/detection/normalize';
import { featureVector, windowVectors, type SparseVector } from '../utils/detection/model/features';
import { predictVector, type Detector } from '../utils/detection/model/model';
import type { Classification } from '../utils/detection/types';
import { trainDetector, type TrainOptions } from '../utils/detection/model/train';
import type { DetectorWeightsJson } from '../utils/detection/model/weights-format';
import { fnv1a, type Part } from '../utils/detection/model/split';
import type { CorpusRow } from './detector-corpus';

/** Settings chosen on cross-validation, the proxy for unseen sets and dev (see README, "Detection"); never on test. */
export const TRAINING: Omit<TrainOptions, 'rules' | 'parts'> = {
  hashBits: 13,
  kindHashBits: 9,
  epochs: 12,
  l2: 1e-3,
  // Five times the L2 on hashed n-grams: the notice head leans on the named cross-language features. Chosen on the
  // leave-one-platform-out and leave-one-language-group-out proxy over the merged corpus (×1 / ×5 / ×10: platform-out
  // recall 77.8 / 77.4 / 77.4 %, FA 13.3 / 12.4 / 12.9 %; language-out 77.0 / 80.1 / 80.7 %, FA 8.4 / 8.5 / 9.0 %),
  // where ordinary 5-fold CV had shown no gain; ×10 no longer fitted its own training rows (precision 0.947).
  // Round seven: after merging corpus9/corpus10 (2,945 train+dev rows) ×5 no longer fitted them either (precision
  // 0.943, four detection unit tests failed); ×3 fits at 0.958, ×2 at 0.969 and passes every detection test.
  l2HashedFactor: 2,
  // The kind heads keep the plain L2: at ×10 their kind accuracy fell (CV 89.7 → 88.4 %, dev 91.6 → 87.2 %).
  kindL2HashedFactor: 1,
  learningRate: 0.3,
  threshold: 0.4,
  thresholdAlone: 0.55,
  thresholdShapeless: 0.6,
  orders: 5,
  // The best two-sentence window counts at its logit − 1: on the proxy before the merge recall rose (platform-out
  // 77.4 → 78.0 %, surface-out 75.1 → 75.9 %) at the same false alarms; dev unchanged (80.5 % / 20.1 %).
  windowOffset: -1,
  // Tried in round seven, off: surfaces balanced, hard look-alikes (×2 raised platform-out false alarms 12.8 → 15.4 %).
  surfacePower: 0,
  hardNegativeWeight: 1,
  familyPower: 0,
  dropout: 0,
  ngramWords: 1,
  ngramPairs: 1,
  ngramCharMin: 3,
  ngramCharMax: 5,
};

/** The committed weights: trained on train + dev, never on test. */
export const COMMITTED_PARTS: Part[] = ['train', 'dev'];

// Cross-validation trains ~40 models on the same texts: their rules' answers and vectors are made once.
let cache: Map<string, { rules: Classification; vector: SparseVector; windows: SparseVector[] }> | undefined;

/** Keeps each text's rules and feature vector for the rest of the run (the CLI's --cv and --dev; the committed build does not). */
export function keepFeatures(): void {
  cache ??= new Map();
}

export function featuresOf(text: string, hashBits: number, ngrams: Detector['ngrams']): { rules: Classification; vector: SparseVector; windows: SparseVector[] } {
  const key = `${hashBits}|${ngrams.words}${ngrams.pairs}${ngrams.charMin}${ngrams.charMax}${ngrams.boundary ?? 0}|${text}`;
  let hit = cache?.get(key);
  if (!hit) {
    const rules = classifyByRules({ text });
    let windows: SparseVector[] | undefined;
    // Windows only for models that score them (most runs do not; they cost as much as the texts).
    hit = { rules, vector: featureVector(text, rules, hashBits, ngrams), get windows() { return (windows ??= windowVectors(text, rules, hashBits, ngrams)); } };
    cache?.set(key, hit);
  }
  return hit;
}

/** What `classifyNotice({ text }, detector)` answers, from the kept features. */
export function heldOutAnswer(text: string, detector: Detector): Classification {
  const { rules, vector, windows } = featuresOf(text, detector.hashBits, detector.ngrams);
  if (normalizeText(text, 64).length < 4) return rules;
  return decideNotice({ text }, rules, predictVector(detector, vector, detector.windowOffset === undefined ? [] : windows), detector);
}

export function buildDetectorWeights(rows: CorpusRow[], parts: Part[] = COMMITTED_PARTS, overrides: Partial<TrainOptions> = {}): DetectorWeightsJson {
  const chosen = rows.filter((r) => parts.includes(r.part));
  const options = { ...TRAINING, ...overrides };
  const ngrams = { words: options.ngramWords, pairs: options.ngramPairs, charMin: options.ngramCharMin, charMax: options.ngramCharMax, ...(options.ngramBoundary ? { boundary: 1 } : {}) };
  const weights = trainDetector(
    chosen.map((r) => ({ text: r.text, kind: r.kind, family: r.family, ...(r.surface ? { surface: r.surface } : {}) })),
    { ...options, parts, rules: (text) => classifyByRules({ text }), ...(cache ? { vectorOf: (text: string) => featuresOf(text, options.hashBits, ngrams).vector } : {}) },
  );
  return { ...weights, trainedOn: { ...weights.trainedOn, corpusDigest: corpusDigest(chosen) } };
}

/** Which rows the weights were trained on: a merged corpus change shows up as a different digest. */
export function corpusDigest(rows: CorpusRow[]): string {
  const h1 = fnv1a(rows.map((r) => `${r.id}\u0000${r.kind}\u0000${r.text}`).join('\u0001'));
  const h2 = fnv1a(rows.map((r) => r.id).join('|'), 0x01000193);
  return `${rows.length}:${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

export function serialize(weights: DetectorWeightsJson): string {
  return `${JSON.stringify(weights)}\n`;
}
