import { lexiconsIn } from '../language';
import { normalizeText, sentences } from '../normalize';
import type { Classification, Lexicon } from '../types';
import { ACTION_WORDS, ANY_ENFORCEMENT, CONTENT_REMOVAL } from '../verbs';
import { fnv1a } from './split';
import { SECOND_PERSON, THIRD_PERSON_SUBJECT } from '../persons';
import { CUE_FEATURES, cueFeatures } from './cues';

/**
 * What the learned model sees of a text: the hand-written rules' findings as
 * named features, and hashed character and word n-grams of the normalised
 * text. Character n-grams carry a verb's stem across inflections and
 * languages ("suspend-ed", "suspendu", "suspendida"); CJK runs get character
 * 1–3-grams because they have no spaces to cut words at.
 */

const LEXICON_FIELDS = [
  'ownAccount', 'ownContent', 'weActed', 'youAre', 'heading', 'violation', 'hypothetical',
  'restored', 'voluntary', 'security', 'rateLimit', 'otherAccount', 'reporting',
] as const satisfies readonly (keyof Lexicon)[];

const VETOES = ['hypothetical', 'reporting', 'restored', 'voluntary', 'other-account', 'security', 'rate-limit'] as const;
const RULE_KINDS = ['none', 'account_suspended', 'account_deactivated', 'account_restricted', 'content_removed'] as const;

/** Named features, each at a fixed index before the hashed ones. */
export const RULE_FEATURES: readonly string[] = [
  ...RULE_KINDS.map((k) => `rules:${k}`),
  'rules:confidence',
  ...LEXICON_FIELDS.map((f) => `lexicon:${f}`),
  ...LEXICON_FIELDS.map((f) => `lexicon-first-sentence:${f}`),
  ...VETOES.map((v) => `veto:${v}`),
  ...ACTION_WORDS.map((a) => `action:${a.kind}`),
  'action:content_removed',
  'second-person',
  'third-person-subject',
  'first-person',
  'question',
  'platform-as-subject',
  'placeholder',
  'quoted-words',
  'enforcement-share:low',
  'enforcement-share:high',
  'length:short', 'length:sentence', 'length:paragraph', 'length:letter',
  ...CUE_FEATURES,
];


const FIRST_PERSON = /(?<![a-z\u00c0-\u024f\u0400-\u04ff])(i|i'm|i've|my|me|ich|mein|meine|mir|mich|je|j'ai|mon|ma|mes|yo|mi|mis|io|il mio|eu|meu|minha|ik|mijn|ja|mój|moje|saya|aku)(?![a-z\u00c0-\u024f\u0400-\u04ff])|私|僕|ぼく|我的|我/u;
const PLATFORM_SUBJECT = /(?:^|[.!?。]\s*)(?:pinterest|instagram|facebook|meta|threads|twitter|x|tiktok|youtube|reddit|linkedin|snapchat|twitch|amazon|etsy)\s+(?!account|konto|compte|cuenta|conta|team)[a-z\u00c0-\u024f\u0400-\u04ff]+/;

export interface SparseVector {
  index: number[];
  value: number[];
}

// Explicit ranges, not \p{…} classes: V8 expands each \p{L} into thousands of ranges
// when it first compiles the pattern, and that was a good part of the first pass on a page.
// Han, kana, Hangul and Thai: scripts without spaces between words.
const CJK = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
// A token: a run of anything but spaces and punctuation (ASCII, Latin-1, general and CJK punctuation).
const TOKEN = /[^\s!-&(-/:-?[-^`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;
const MAX_TOKENS = 600;

/** The text as the model reads it: normalised, numbers and handles made generic so no ID or name is learned. */
export function modelText(raw: string): string {
  return normalizeText(raw, 8_000)
    .replace(/\S+@\S+\.\S+/g, ' email ')
    .replace(/@[^\s@,;:!?()[\]"'<>]+/g, '@user')
    .replace(/\d+/g, '0');
}

/** The rules' view of a text (the first element of the vector), as named features. */
export function ruleFeatures(text: string, rules: Classification): Map<string, number> {
  const out = new Map<string, number>();
  out.set(`rules:${rules.kind}`, 1);
  out.set('rules:confidence', rules.confidence);
  const firstSentence = text.slice(0, 200);
  const present = lexiconsIn(text);
  for (const field of LEXICON_FIELDS) {
    let any = false;
    let first = false;
    for (const lexicon of present) {
      const re = lexicon[field] as RegExp | undefined;
      if (!re) continue;
      if (!any && re.test(text)) any = true;
      if (any && !first && re.test(firstSentence)) first = true;
      if (any && first) break;
    }
    if (any) out.set(`lexicon:${field}`, 1);
    if (first) out.set(`lexicon-first-sentence:${field}`, 1);
  }
  for (const veto of VETOES) if (rules.matched.some((m) => m.startsWith('veto:') && m.endsWith(`:${veto}`))) out.set(`veto:${veto}`, 1);
  for (const action of ACTION_WORDS) if (action.re.test(text)) out.set(`action:${action.kind}`, 1);
  if (CONTENT_REMOVAL.test(text)) out.set('action:content_removed', 1);
  if (SECOND_PERSON.test(text)) out.set('second-person', 1);
  if (THIRD_PERSON_SUBJECT.test(text)) out.set('third-person-subject', 1);
  // Blogs and forum posts tell the writer's own story; notices do not say "I".
  if (FIRST_PERSON.test(text)) out.set('first-person', 1);
  if (/[?？¿]/.test(text)) out.set('question', 1);
  // News and how-tos make the platform the subject ("Instagram sperrt Konten, wenn …").
  if (PLATFORM_SUBJECT.test(text)) out.set('platform-as-subject', 1);
  // News and how-tos quote the notice: „…“, «…», "…", 「…」 around enforcement words.
  if (/["“„«「『][^"”“«»「」『』]{0,200}(suspend|deactivat|disabled|banned|restrict|remov|gesperrt|suspendu|suspendid|sospes|停止|凍結|封)[^"”“«»「」『』]{0,200}["”“»」』]/.test(text)) out.set('quoted-words', 1);
  // How much of the text is about enforcement: most of a notice, a small part of an article.
  const parts = sentences(text);
  if (parts.length >= 3) {
    const share = parts.filter((s) => ANY_ENFORCEMENT.test(s)).length / parts.length;
    out.set(share < 0.34 ? 'enforcement-share:low' : 'enforcement-share:high', 1);
  }
  if (/%\{\w+\}|%\(\w+\)s|\{\{\w+\}\}|\$\w+|%\d\$s/.test(text)) out.set('placeholder', 1);
  for (const cue of cueFeatures(text)) out.set(cue, 1);
  const n = text.length;
  out.set(n < 40 ? 'length:short' : n < 200 ? 'length:sentence' : n < 1000 ? 'length:paragraph' : 'length:letter', 1);
  return out;
}

/** Which n-grams the hashed part reads (absent in older weights: all of them, characters 3–5). */
export interface NgramSet {
  /** Whole words (1) or not (0). */
  words: number;
  /** Word pairs (1) or not (0). */
  pairs: number;
  /** Character n-grams of Latin, Cyrillic and other spaced scripts, from charMin to charMax. */
  charMin: number;
  charMax: number;
  /** 1: only character n-grams at a word's start or end (a stem, an ending), not its middle; absent or 0: all. */
  boundary?: number;
}

export const ALL_NGRAMS: NgramSet = { words: 1, pairs: 1, charMin: 3, charMax: 5 };

/** Hashed n-grams of the model text, counted, log-scaled and scaled to unit length. */
export function ngramFeatures(text: string, hashBits: number, set: NgramSet = ALL_NGRAMS): Map<number, number> {
  const mask = (1 << hashBits) - 1;
  const counts = new Map<number, number>();
  const add = (feature: string) => {
    const h = fnv1a(feature) & mask;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  };
  const tokens = text.match(TOKEN)?.slice(0, MAX_TOKENS) ?? [];
  let previous = '';
  for (const token of tokens) {
    if (CJK.test(token)) {
      const chars = [...token].slice(0, 200);
      for (let i = 0; i < chars.length; i++) {
        add(`c1:${chars[i]}`);
        if (i + 1 < chars.length) add(`c2:${chars[i]}${chars[i + 1]}`);
        if (i + 2 < chars.length) add(`c3:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
      }
      previous = '';
      continue;
    }
    if (set.words) add(`w:${token}`);
    if (previous && set.pairs) add(`b:${previous} ${token}`);
    previous = token;
    if (token.length > 24) continue;
    const padded = ` ${token} `;
    for (let n = set.charMin; n <= set.charMax; n++) {
      if (set.boundary) {
        add(`g:${padded.slice(0, n)}`);
        if (padded.length > n) add(`g:${padded.slice(-n)}`);
      } else for (let i = 0; i + n <= padded.length; i++) add(`g:${padded.slice(i, i + n)}`);
    }
  }
  let norm = 0;
  for (const [h, c] of counts) {
    const v = 1 + Math.log(c);
    counts.set(h, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [h, v] of counts) counts.set(h, v / norm);
  return counts;
}

/** The whole vector: named rule features at 0…R-1, hashed n-grams at R…R+2^bits-1. */
export function featureVector(rawText: string, rules: Classification, hashBits: number, set: NgramSet = ALL_NGRAMS): SparseVector {
  const text = modelText(rawText);
  const index: number[] = [];
  const value: number[] = [];
  for (const [name, v] of ruleFeatures(text, rules)) {
    const i = RULE_FEATURES.indexOf(name);
    if (i >= 0 && v !== 0) {
      index.push(i);
      value.push(v);
    }
  }
  const offset = RULE_FEATURES.length;
  for (const [h, v] of ngramFeatures(text, hashBits, set)) {
    index.push(offset + h);
    value.push(v);
  }
  return { index, value };
}

const OUTLINE = ['rules:account_suspended', 'rules:account_deactivated', 'rules:account_restricted', 'rules:content_removed', 'cue:action+you', 'cue:action+account', 'cue:action+content'].map((name) => RULE_FEATURES.indexOf(name));

/** A notice's outline: the rules found one, or an enforcement word sits beside "you", an account or a piece of content. */
export function hasOutline(x: SparseVector): boolean {
  return x.index.some((i) => OUTLINE.includes(i));
}

export function dimensionOf(hashBits: number): number {
  return RULE_FEATURES.length + (1 << hashBits);
}

/**
 * The same vector over fewer hashed buckets (the named features stay put):
 * which kind a notice is needs far fewer n-gram weights than whether it is one,
 * and the kind heads are most of the weights the content script carries.
 */
export function foldVector(x: SparseVector, fromBits: number, toBits: number): SparseVector {
  if (toBits >= fromBits) return x;
  const offset = RULE_FEATURES.length;
  const mask = (1 << toBits) - 1;
  const at = new Map<number, number>();
  const index: number[] = [];
  const value: number[] = [];
  for (let k = 0; k < x.index.length; k++) {
    const i = x.index[k]!;
    const j = i < offset ? i : offset + ((i - offset) & mask);
    const seen = at.get(j);
    if (seen === undefined) {
      at.set(j, index.length);
      index.push(j);
      value.push(x.value[k]!);
    } else value[seen]! += x.value[k]!;
  }
  return { index, value };
}

/** At most this many windows are scored: a long page's tail adds time, not notices. */
const MAX_WINDOWS = 24;

/**
 * Two sentences at a time, sliding by one: an e-mail's notice is often one or
 * two sentences inside a greeting, a signature and legal boilerplate, whose
 * n-grams would otherwise outweigh it. Texts of fewer than three sentences
 * have no windows (the whole text is already one).
 */
export function windowTexts(raw: string): string[] {
  const parts = sentences(raw.slice(0, 8_000));
  if (parts.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < parts.length && out.length < MAX_WINDOWS; i++) out.push(`${parts[i]} ${parts[i + 1]}`);
  return out;
}

/** Each window's vector; the rules' findings are the whole text's (a veto anywhere still counts). */
export function windowVectors(raw: string, rules: Classification, hashBits: number, set: NgramSet = ALL_NGRAMS): SparseVector[] {
  return windowTexts(raw).map((w) => featureVector(w, rules, hashBits, set));
}
