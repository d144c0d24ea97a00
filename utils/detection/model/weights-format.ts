/**
 * The learned detector as committed JSON: int8 weights (base64) with one
 * scale per head, so 5 heads over ~8k features stay near 55 kB.
 */
export interface HeadJson {
  bias: number;
  scale: number;
  /** Int8 weights, base64. */
  weights: string;
}

export interface DetectorWeightsJson {
  format: 'reinstate-detector/1';
  hashBits: number;
  /** Hashed buckets of the kind heads; absent in older weights (then as many as the notice head). */
  kindHashBits?: number;
  /** Which hashed n-grams the heads read; absent in older weights (words, pairs, characters 3–5). */
  ngrams?: { words: number; pairs: number; charMin: number; charMax: number; boundary?: number };
  ruleFeatures: string[];
  /** P(notice) at or above which a text is a notice. */
  threshold: number;
  /** The same, when the hand-written rules found nothing: the model alone must be surer. */
  thresholdAlone: number;
  /** The same, when the text has neither the rules' finding nor a notice's shape; absent in older weights (0.7). */
  thresholdShapeless?: number;
  notice: HeadJson;
  /** Two-sentence windows scored too, the best at its logit plus this offset; absent: the whole text only. */
  windowOffset?: number;
  /** A second notice head over texts with a notice's outline only, its buckets and its threshold; absent: none. */
  second?: HeadJson;
  secondHashBits?: number;
  secondThreshold?: number;
  /** The cues that make a look-alike's shape (the model must be sure to call such a text a notice); absent: the code's default list. */
  lookalikeCues?: string[];
  kinds: string[];
  kind: HeadJson[];
  /** What it was trained on, so a reviewer can tell which split parts it has read. */
  trainedOn: { parts: string[]; rows: number; positives: number; families: number; epochs: number; l2: number; corpusDigest?: string };
}

export interface Head {
  bias: number;
  weights: Float32Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]! + (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=') + (i + 2 < bytes.length ? B64[c & 63]! : '=');
  }
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  // The browser's decoder is ~10× faster than the loop below (model load time in the content script).
  if (typeof atob === 'function') {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (B64.indexOf(clean[i]!) << 18) | (B64.indexOf(clean[i + 1] ?? 'A') << 12) | (B64.indexOf(clean[i + 2] ?? 'A') << 6) | B64.indexOf(clean[i + 3] ?? 'A');
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Float weights → int8 with one scale (max |w| / 127). */
export function quantize(head: Head): HeadJson {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(head.weights.length);
  const view = new Int8Array(bytes.buffer);
  for (let i = 0; i < head.weights.length; i++) view[i] = Math.round(head.weights[i]! / scale);
  return { bias: round(head.bias), scale: round(scale, 9), weights: bytesToBase64(bytes) };
}

/** A head as loaded: the int8 weights as they are, one scale; no float copy to make on load. */
export interface QuantizedHead {
  bias: number;
  scale: number;
  weights: Int8Array;
}

export function loadQuantized(json: HeadJson): QuantizedHead {
  const bytes = base64ToBytes(json.weights);
  return { bias: json.bias, scale: json.scale, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

export function dequantize(json: HeadJson): Head {
  const bytes = base64ToBytes(json.weights);
  const view = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(view.length);
  for (let i = 0; i < view.length; i++) weights[i] = view[i]! * json.scale;
  return { bias: json.bias, weights };
}

export function round(value: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
