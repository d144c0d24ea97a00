import { LEXICONS } from './lexicon';
import type { Lexicon } from './types';

const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;

/** The language of a text: a hint wins when supported, else script, else the most marker words. */
export function detectLanguage(text: string, hint?: string): string {
  const hinted = hint?.toLowerCase().split(/[-_]/)[0];
  if (hinted && LEXICONS.some((l) => l.lang === hinted)) return hinted;
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  let best = 'en';
  let bestScore = 0;
  const sample = ` ${text.slice(0, 4000)} `;
  for (const lexicon of LEXICONS) {
    if (lexicon.lang === 'ja' || lexicon.lang === 'zh') continue;
    const score = sample.match(lexicon.markers)?.length ?? 0;
    if (score > bestScore) {
      best = lexicon.lang;
      bestScore = score;
    }
  }
  if (bestScore > 0) return best;
  return /[a-z]/.test(sample) ? 'en' : hinted || 'und';
}

/**
 * The lexicons whose marker words occur in the text, English always among
 * them (platforms leave English words untranslated). Only these are read:
 * V8 compiles a pattern on its first use, and compiling every language's
 * patterns for a text in one language made the first pass on a page slow.
 */
export function lexiconsIn(text: string): Lexicon[] {
  const sample = ` ${text.slice(0, 4000)} `;
  return LEXICONS.filter((l) => {
    if (l.lang === 'en') return true;
    l.markers.lastIndex = 0;
    const found = l.markers.test(sample);
    l.markers.lastIndex = 0;
    return found;
  });
}
