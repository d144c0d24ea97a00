import { mulberry32 } from '../../random';
import type { SparseVector } from './features';
import { base64ToBytes, bytesToBase64, round } from './weights-format';

/**
 * A second notice head that reads only the named features (the rules' and
 * cues' findings), never the hashed n-grams: a small network with one hidden
 * layer, so it can learn "an enforcement word beside 'you' AND no look-alike
 * shape" as one thing, which a linear head over the same features cannot.
 * The n-grams memorise one source's wording; these features were written to
 * carry across languages and platforms, so the two are mixed in logit space
 * with a weight chosen on the leave-group-out proxy.
 */

export interface NamedHead {
  /** Inputs: the first `inputs` features of the vector (the named ones). */
  inputs: number;
  hidden: number;
  /** Row-major hidden × inputs. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
}

export interface NamedHeadJson {
  inputs: number;
  hidden: number;
  /** Int8, base64, one scale per layer. */
  w1: string;
  scale1: number;
  b1: number[];
  w2: string;
  scale2: number;
  b2: number;
}

export interface NamedTrainingExample {
  x: SparseVector;
  y: 0 | 1;
  weight: number;
}

export interface NamedTrainOptions {
  inputs: number;
  hidden: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

function namedPart(x: SparseVector, inputs: number): { index: number[]; value: number[] } {
  const index: number[] = [];
  const value: number[] = [];
  for (let k = 0; k < x.index.length; k++) {
    if (x.index[k]! < inputs) {
      index.push(x.index[k]!);
      value.push(x.value[k]!);
    }
  }
  return { index, value };
}

/** The head's logit for a vector, and its hidden activations (for training). */
function forward(head: NamedHead, x: { index: number[]; value: number[] }, h: Float32Array): number {
  let z = head.b2;
  for (let j = 0; j < head.hidden; j++) {
    let a = head.b1[j]!;
    const row = j * head.inputs;
    for (let k = 0; k < x.index.length; k++) a += head.w1[row + x.index[k]!]! * x.value[k]!;
    h[j] = a > 0 ? a : 0;
    z += head.w2[j]! * h[j]!;
  }
  return z;
}

export function namedLogit(head: NamedHead, x: SparseVector): number {
  return forward(head, namedPart(x, head.inputs), new Float32Array(head.hidden));
}

const shuffledIndex = (n: number, random: () => number) => {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** AdaGrad on the logistic loss, fixed seed and order: the same rows give the same head. */
export function trainNamedHead(examples: NamedTrainingExample[], options: NamedTrainOptions): NamedHead {
  const { inputs, hidden } = options;
  const random = mulberry32(options.seed);
  const head: NamedHead = {
    inputs,
    hidden,
    w1: Float32Array.from({ length: hidden * inputs }, () => (random() - 0.5) * 0.2),
    b1: new Float32Array(hidden).fill(0.01),
    w2: Float32Array.from({ length: hidden }, () => (random() - 0.5) * 0.2),
    b2: 0,
  };
  const g1 = new Float64Array(hidden * inputs);
  const gb1 = new Float64Array(hidden);
  const g2 = new Float64Array(hidden);
  let gb2 = 0;
  const h = new Float32Array(hidden);
  const xs = examples.map((e) => namedPart(e.x, inputs));
  const lr = options.learningRate;
  const ada = (w: Float32Array | Float64Array, acc: Float64Array, i: number, grad: number) => {
    acc[i]! += grad * grad;
    w[i]! -= (lr * grad) / Math.sqrt(acc[i]! + 1e-8);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const n of shuffledIndex(examples.length, random)) {
      const x = xs[n]!;
      const { y, weight } = examples[n]!;
      const z = forward(head, x, h);
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      for (let j = 0; j < hidden; j++) {
        const gw2 = g * h[j]! + options.l2 * head.w2[j]!;
        // Back through the ReLU (before w2 moves).
        const gh = h[j]! > 0 ? g * head.w2[j]! : 0;
        ada(head.w2, g2, j, gw2);
        if (gh === 0) continue;
        const row = j * inputs;
        for (let k = 0; k < x.index.length; k++) {
          const i = row + x.index[k]!;
          ada(head.w1, g1, i, gh * x.value[k]! + options.l2 * head.w1[i]!);
        }
        ada(head.b1, gb1, j, gh);
      }
      gb2 += g * g;
      head.b2 -= (lr * g) / Math.sqrt(gb2 + 1e-8);
    }
  }
  return head;
}

function int8(values: Float32Array): { data: string; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const view = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) view[i] = Math.round(values[i]! / scale);
  return { data: bytesToBase64(new Uint8Array(view.buffer)), scale: round(scale, 9) };
}

function fromInt8(data: string, scale: number): Float32Array {
  const bytes = base64ToBytes(data);
  const view = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return Float32Array.from(view, (v) => v * scale);
}

export function namedHeadToJson(head: NamedHead): NamedHeadJson {
  const a = int8(head.w1);
  const b = int8(head.w2);
  return { inputs: head.inputs, hidden: head.hidden, w1: a.data, scale1: a.scale, b1: [...head.b1].map((v) => round(v)), w2: b.data, scale2: b.scale, b2: round(head.b2) };
}

/** As committed: the int8 weights back to floats (a few thousand numbers, once). */
export function namedHeadFromJson(json: NamedHeadJson): NamedHead {
  return { inputs: json.inputs, hidden: json.hidden, w1: fromInt8(json.w1, json.scale1), b1: Float32Array.from(json.b1), w2: fromInt8(json.w2, json.scale2), b2: json.b2 };
}
