import type { Lexicon } from '../types';

// Hungarian: "your" is the suffix -d / -od ("fiókod", "bejegyzésed"); the formal is "az Ön fiókja".
export const hu: Lexicon = {
  lang: 'hu',
  markers: /\b(és|hogy|nem|fiókod|fiókját|fiókja|fiók|van|vagy|volt|miatt|kérjük|ezt|lett|ön|fiókodat|vagy|mert)\b/g,
  ownAccount: /\b(?:\S+-)?(?:fiókod\S*|profilod\S*|csatornád\S*)|\bön\S* (?:\S+-)?(?:fiókj\S*|profilj\S*|csatornáj\S*)/,
  ownContent: /\b(?:bejegyzésed|posztod|videód|videódat|hozzászólásod|kommented|fotód|képed|tartalmad|történeted|tweeted)\b/,
  weActed: /\b(felfüggesztettük|letiltottuk|korlátoztuk|deaktiváltuk|kitiltottuk|zároltuk|megszüntettük)\s+(?:a |az )?(?:\S+ )?(?:fiókod\S*|fiókj\S*|profilod\S*|csatornád\S*)/,
  youAre: /\b(ki lettél tiltva|kitiltottak|le lettél tiltva|fel lettél függesztve|korlátozva vagy|némítva lettél|le vagy tiltva|ki vagy tiltva)\b/,
  heading: /\b(fiók (?:felfüggesztve|letiltva|korlátozva|zárolva))\b/,
  violation: /(megsért|megszeg|sérti|szabály|irányelv|feltétel|spam)/,
  hypothetical: /\b(ha|amikor|lehet|lehetséges|miért|hogyan|például|esetén|esetben)\b/,
  restored: /\b(visszaállítottuk|visszaállítva|feloldottuk|feloldva|újra aktív)\b/,
  voluntary: /(törölted a fiókod|deaktiváltad a fiókod|kérésedre|kérésére)/,
  security: /(gyanús (?:tevékenység|bejelentkezés)|szokatlan (?:tevékenység|bejelentkezés)|jelszó(?:t)? visszaállítás|erősítsd meg a személyazonosságod|biztonsági okokból)/,
  rateLimit: /(túl sok (?:kérés|próbálkozás)|próbáld újra később|próbálja újra később)/,
  otherAccount: /(a felhasználó nem található|ez a fiók nem létezik|ez a felhasználó|az oldal nem található)/,
  reporting: /(szóvivő|több ezer felhasználó|felhasználók százai|sok felhasználó|felhasználók panaszkod)/,
};
