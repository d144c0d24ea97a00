import { LEXICONS } from './lexicon';

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
