import type { Lexicon } from '../types';

// Czech, with the Slovak forms that differ (váš účet / váš účet, byl / bol, jsme / sme).
export const cs: Lexicon = {
  lang: 'cs',
  markers: /\b(že|váš|vaše|vašeho|byl|byla|bylo|bol|bola|účet|účtu|jste|ste|tento|nebo|pro|který|která|pre|alebo)\b/g,
  ownAccount: /\b(?:váš|vaše|vašeho|vašem|tvůj|tvoje|tvého|tvoj)\s+(?:\S+\s+)?(?:účet|účtu|profil|kanál|kanálu|účtom)\b/,
  ownContent: /\b(?:váš|vaše|vaši|tvůj|tvoje|tvoj)\s+(?:\S+\s+)?(?:příspěv\S*|prispev\S*|vide\S*|komentář\S*|komentár\S*|fotk\S*|obsah\S*|pin\S*)/,
  weActed: /\b(?:(?:jsme|sme)\s+(?:\S+\s+)?(pozastavili|zablokovali|zrušili|deaktivovali|omezili|obmedzili)\s+(?:váš|vaše|tvůj|tvoj)?\s*(?:účet|profil|kanál)|(pozastavili|zablokovali|zrušili|deaktivovali|omezili|obmedzili)\s+(?:jsme|sme)\s+(?:váš|vaše|tvůj|tvoj)\s+(?:účet|profil|kanál))/,
  youAre: /\b(?:jste|byl jste|byla jste|byli jste|bol si|bola si|ste boli|si bol)\s+(?:\S+\s+)?(zablokován\S*|zabanován\S*|vyloučen\S*|omezen\S*|zablokovan\S*|obmedzen\S*|pozastaven\S*|vylúčen\S*)/,
  heading: /\b(účet (?:pozastaven|zablokován|omezen|zrušen|deaktivován|pozastavený|zablokovaný))\b/,
  violation: /(porušen|porušuj|porušil|pravid|zásad|podmín|podmienok|smernic|spam)/,
  hypothetical: /\b(pokud|jestliže|když|keď|ak|může|môže|mohou|můžeme|proč|prečo|jak (?:na|můžete|zjistit)|například)\b/,
  restored: /\b(obnoven\S*|odblokován\S*|znovu aktivován\S*|odblokovan\S*)/,
  voluntary: /(smazali jste svůj účet|zrušili jste svůj účet|na vaši žádost|na vašu žiadosť)/,
  security: /(podezřel\S* aktivit|podozriv\S* aktivit|neobvykl\S* (?:aktivit|přihláš)|obnovte heslo|ověřte svou identitu|bezpečnostních důvodů)/,
  rateLimit: /(příliš mnoho (?:požadavků|pokusů)|príliš veľa|zkuste to (?:znovu )?později|skúste to neskôr)/,
  otherAccount: /(uživatel nebyl nalezen|tento účet neexistuje|tento uživatel|tento používateľ|stránka nebyla nalezena)/,
  reporting: /(mluvčí|tisíce uživatelů|stovky|mnoho uživatelů|uživatelé hlásí)/,
};
