import type { NoticeKind } from '../types';
import { dimensionOf, featureVector, foldVector, hasOutline, RULE_FEATURES, type NgramSet, type SparseVector } from './features';
import { quantize, type DetectorWeightsJson, type Head } from './weights-format';
import { mulberry32 } from '../../random';

export const KINDS = ['account_suspended', 'account_deactivated', 'account_restricted', 'content_removed'] as const;

export interface TrainingRow {
  text: string;
  kind: NoticeKind;
  family: string;
  /** Where the text was shown (e-mail, banner, help page…), for balancing surfaces. */
  surface?: string;
}

export interface TrainOptions {
  hashBits: number;
  /** Hashed buckets of the kind heads (fewer than the notice head's). */
  kindHashBits: number;
  epochs: number;
  l2: number;
  /** L2 on the hashed n-grams, as a multiple of `l2`: more makes the model lean on the named, cross-language features. */
  l2HashedFactor: number;
  /** The same for the kind heads (absent: as the notice head). */
  kindL2HashedFactor?: number;
  learningRate: number;
  threshold: number;
  thresholdAlone: number;
  thresholdShapeless: number;
  /** How many shuffled orders the notice head is trained in and averaged over (1: one run). */
  orders: number;
  /** Each row weighs family size^-familyPower (0: every row alike): one product's strings in 25 languages should not outweigh 25 sources. */
  familyPower: number;
  /** Rows of one family beyond this many share its weight (a family weighs at most `familyCap` rows; 0: no cap). */
  familyCap?: number;
  /** The kind heads weigh each notice by family size^-kindFamilyPower (0 or absent: every notice alike). */
  kindFamilyPower?: number;
  /** Share of hashed n-gram features dropped from each example at each step (0: none): leans the model on the named cues. */
  dropout: number;
  parts: string[];
  /** Which hashed n-grams are read (words, word pairs, character n-gram lengths). */
  ngramWords: number;
  ngramPairs: number;
  ngramCharMin: number;
  ngramCharMax: number;
  /** 1: character n-grams at word edges only (see NgramSet.boundary). */
  ngramBoundary?: number;
  /** The rules' answer for a text (a feature of the model). */
  rules(text: string): import('../types').Classification;
  /** Each row weighs (rows of its surface)^-surfacePower (0: every row alike): many banners should not outweigh few e-mails. */
  surfacePower: number;
  /** Look-alikes that have a notice's shape (the rules fired, or an enforcement word beside "you") weigh this much more. */
  hardNegativeWeight: number;
  /** Offset of the best two-sentence window's logit (NaN: windows not scored). */
  windowOffset: number;
  /**
   * Buckets of a second head trained only on texts with a notice's outline (the rules found one, or an
   * enforcement word beside "you", an account or a piece of content): notices against the look-alikes that
   * share that outline. 0: no second head.
   */
  secondHashBits?: number;
  /** L2 on the second head's hashed n-grams, as a multiple of `l2`. */
  secondL2HashedFactor?: number;
  /** P(notice | outlined) of the second head below which a text the first head accepted is a look-alike. */
  secondThreshold?: number;
  /** The cues that make a look-alike's shape, written into the weights (absent: the code's default list). */
  lookalikeCues?: string[];
  /** A text's feature vector when the caller keeps them (cross-validation trains many models on the same texts). */
  vectorOf?(text: string): SparseVector;
}


function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const dot = (head: Head, x: SparseVector) => {
  let s = head.bias;
  for (let k = 0; k < x.index.length; k++) s += head.weights[x.index[k]!]! * x.value[k]!;
  return s;
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** AdaGrad step on a sparse example: gradient `g` on every feature present, L2 on those only (lazy). */
function step(head: Head, accum: Float64Array, x: SparseVector, g: number, options: TrainOptions, biasAccum: { v: number }, hashedFactor = options.l2HashedFactor) {
  const named = RULE_FEATURES.length;
  const l2Hashed = options.l2 * hashedFactor;
  for (let k = 0; k < x.index.length; k++) {
    const i = x.index[k]!;
    const grad = g * x.value[k]! + (i < named ? options.l2 : l2Hashed) * head.weights[i]!;
    accum[i]! += grad * grad;
    head.weights[i]! -= (options.learningRate * grad) / Math.sqrt(accum[i]! + 1e-8);
  }
  biasAccum.v += g * g;
  head.bias -= (options.learningRate * g) / Math.sqrt(biasAccum.v + 1e-8);
}

/**
 * Trains the two heads: notice-vs-none (logistic regression, classes weighted
 * to balance) and which kind (softmax over the four kinds, positives only).
 * Deterministic: fixed seed, fixed order, no clock.
 */
export function trainDetector(rows: TrainingRow[], options: TrainOptions): DetectorWeightsJson {
  const dim = dimensionOf(options.hashBits);
  const ngrams: NgramSet = { words: options.ngramWords, pairs: options.ngramPairs, charMin: options.ngramCharMin, charMax: options.ngramCharMax, ...(options.ngramBoundary ? { boundary: 1 } : {}) };
  const examples = rows.map((row) => ({ row, x: options.vectorOf?.(row.text) ?? featureVector(row.text, options.rules(row.text), options.hashBits, ngrams) }));
  const positives = examples.filter((e) => e.row.kind !== 'none');
  const negatives = examples.length - positives.length;
  const familySize = new Map<string, number>();
  for (const row of rows) familySize.set(row.family, (familySize.get(row.family) ?? 0) + 1);
  const surfaceSize = new Map<string, number>();
  for (const row of rows) surfaceSize.set(`${row.kind === 'none'}:${row.surface}`, (surfaceSize.get(`${row.kind === 'none'}:${row.surface}`) ?? 0) + 1);
  const hardIndex = ['rules:account_suspended', 'rules:account_deactivated', 'rules:account_restricted', 'rules:content_removed', 'cue:action+you', 'cue:action+account', 'cue:action+content'].map((n) => RULE_FEATURES.indexOf(n));
  const hard = new Set(examples.filter((e) => e.row.kind === 'none' && e.x.index.some((i) => hardIndex.includes(i))).map((e) => e.row));
  const rowWeight = (row: TrainingRow) =>
    Math.pow(familySize.get(row.family) ?? 1, -(options.familyPower ?? 0)) *
    (options.familyCap ? Math.min(1, options.familyCap / (familySize.get(row.family) ?? 1)) : 1) *
    Math.pow(surfaceSize.get(`${row.kind === 'none'}:${row.surface}`) ?? 1, -(options.surfacePower ?? 0)) *
    (hard.has(row) ? (options.hardNegativeWeight || 1) : 1);
  const massPos = positives.reduce((s, e) => s + rowWeight(e.row), 0);
  const massAll = examples.reduce((s, e) => s + rowWeight(e.row), 0);
  // Classes balanced by their total weight; the mean weight of a row stays 1.
  const weightPos = massAll / (2 * Math.max(1e-9, massPos));
  const weightNeg = massAll / (2 * Math.max(1e-9, massAll - massPos));
  const scaleAll = examples.length / Math.max(1e-9, massAll);
  const named = RULE_FEATURES.length;
  const dropped = (x: SparseVector, random: () => number): SparseVector => {
    if (!options.dropout) return x;
    const index: number[] = [];
    const value: number[] = [];
    for (let k = 0; k < x.index.length; k++) {
      if (x.index[k]! >= named && random() < options.dropout) continue;
      index.push(x.index[k]!);
      value.push(x.value[k]! / (x.index[k]! >= named ? 1 - options.dropout : 1));
    }
    return { index, value };
  };

  const random = mulberry32(20250513);
  const trainNotice = (order: () => number): Head => {
    const head: Head = { bias: 0, weights: new Float32Array(dim) };
    const accum = new Float64Array(dim);
    const bias = { v: 0 };
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const { row, x: full } of shuffled(examples, order)) {
        const y = row.kind === 'none' ? 0 : 1;
        const x = dropped(full, order);
        const p = sigmoid(dot(head, x));
        step(head, accum, x, (p - y) * (y ? weightPos : weightNeg) * rowWeight(row) * scaleAll, options, bias);
      }
    }
    return head;
  };
  // One run, or the average of several runs in different orders: one word more in a lexicon moved a
  // single run's cross-validated recall by most of a point, and the average is steadier.
  const notice = trainNotice(random);
  for (let extra = 1; extra < options.orders; extra++) {
    const other = trainNotice(mulberry32(20250513 + 7919 * extra));
    for (let i = 0; i < dim; i++) notice.weights[i]! += other.weights[i]!;
    notice.bias += other.bias;
  }
  if (options.orders > 1) {
    for (let i = 0; i < dim; i++) notice.weights[i]! /= options.orders;
    notice.bias /= options.orders;
  }

  // The second head reads only what the first cannot settle by outline alone; its classes are balanced within that subset.
  let second: Head | undefined;
  const secondBits = Math.min(options.hashBits, options.secondHashBits ?? 0);
  if (options.secondHashBits) {
    const outlined = examples.filter((e) => hasOutline(e.x));
    const pos = outlined.filter((e) => e.row.kind !== 'none').length;
    const wPos = outlined.length / (2 * Math.max(1, pos));
    const wNeg = outlined.length / (2 * Math.max(1, outlined.length - pos));
    const secondDim = dimensionOf(secondBits);
    second = { bias: 0, weights: new Float32Array(secondDim) };
    const accum = new Float64Array(secondDim);
    const bias = { v: 0 };
    const order = mulberry32(20250514);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const { row, x: full } of shuffled(outlined, order)) {
        const y = row.kind === 'none' ? 0 : 1;
        const x = foldVector(full, options.hashBits, secondBits);
        const p = sigmoid(dot(second, x));
        step(second, accum, x, (p - y) * (y ? wPos : wNeg), options, bias, options.secondL2HashedFactor ?? options.l2HashedFactor);
      }
    }
  }

  const kindBits = Math.min(options.hashBits, options.kindHashBits);
  const kindDim = dimensionOf(kindBits);
  const heads: Head[] = KINDS.map(() => ({ bias: 0, weights: new Float32Array(kindDim) }));
  const accums = KINDS.map(() => new Float64Array(kindDim));
  const biases = KINDS.map(() => ({ v: 0 }));
  const kindWeight = (row: TrainingRow) => Math.pow(familySize.get(row.family) ?? 1, -(options.kindFamilyPower ?? 0));
  const perKind = KINDS.map((k) => positives.filter((e) => e.row.kind === k).reduce((s, e) => s + kindWeight(e.row), 0));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { row, x: full } of shuffled(positives, random)) {
      const x = foldVector(full, options.hashBits, kindBits);
      const scores = heads.map((h) => dot(h, x));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      const target = KINDS.indexOf(row.kind as (typeof KINDS)[number]);
      // Rare kinds count more, so "deactivated" is not drowned by "suspended".
      const classWeight = (positives.length / (KINDS.length * Math.max(1e-9, perKind[target]!))) * kindWeight(row);
      heads.forEach((head, k) => step(head, accums[k]!, x, (exps[k]! / sum - (k === target ? 1 : 0)) * classWeight, options, biases[k]!, options.kindL2HashedFactor ?? options.l2HashedFactor));
    }
  }

  return {
    format: 'reinstate-detector/1',
    hashBits: options.hashBits,
    kindHashBits: kindBits,
    ngrams,
    ruleFeatures: [...RULE_FEATURES],
    threshold: options.threshold,
    thresholdAlone: options.thresholdAlone,
    thresholdShapeless: options.thresholdShapeless,
    notice: quantize(notice),
    ...(Number.isNaN(options.windowOffset) ? {} : { windowOffset: options.windowOffset }),
    ...(second ? { second: quantize(second), secondHashBits: secondBits, secondThreshold: options.secondThreshold ?? 0.5 } : {}),
    ...(options.lookalikeCues ? { lookalikeCues: options.lookalikeCues } : {}),
    kinds: [...KINDS],
    kind: heads.map(quantize),
    trainedOn: {
      parts: options.parts,
      rows: rows.length,
      positives: positives.length,
      families: new Set(rows.map((r) => r.family)).size,
      epochs: options.epochs,
      l2: options.l2,
    },
  };
}
