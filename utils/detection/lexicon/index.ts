import type { Lexicon } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { zh } from './zh';
import { ar } from './ar';
import { cs } from './cs';
import { da } from './da';
import { el } from './el';
import { fi } from './fi';
import { hi } from './hi';
import { hu } from './hu';
import { ko } from './ko';
import { nb } from './nb';
import { ro } from './ro';
import { ru } from './ru';
import { sv } from './sv';
import { th } from './th';
import { tr } from './tr';
import { uk } from './uk';
import { vi } from './vi';

import { unicodeAware } from '../normalize';

/** Every pattern compiled once with Unicode-aware word boundaries (see `unicodeAware`). */
function compile(lexicon: Lexicon): Lexicon {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(lexicon)) out[key] = value instanceof RegExp ? unicodeAware(value) : value;
  return out as unknown as Lexicon;
}

export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, pt, nl, pl, id, ja, zh, ko, tr, ru, vi, sv, ar, uk, th, hu, cs, da, nb, fi, ro, el, hi].map(compile);
export const LEXICON_BY_LANG: Readonly<Record<string, Lexicon>> = Object.fromEntries(LEXICONS.map((l) => [l.lang, l]));
