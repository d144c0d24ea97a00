import type { Lexicon } from '../types';

// Finnish: "your" is the suffix -si ("tilisi", "julkaisusi").
export const fi: Lexicon = {
  lang: 'fi',
  markers: /\b(ja|on|ei|tilisi|tili|sinun|olet|että|tai|tämä|koska|voit|ole|me|sinut|tiliäsi|olemme|jos)\b/g,
  ownAccount: /\b(?:sinun |teidän )?(?:\S+-)?(?:tilisi|tilinne|tiliäsi|profiilisi|kanavasi|käyttäjätilisi|mainostilisi|yritystilisi)\b/,
  ownContent: /\b(?:julkaisusi|viestisi|videosi|kommenttisi|kuvasi|sisältösi|tarinasi|päivityksesi|twiittisi)\b/,
  weActed: /\b(?:olemme|me) (?:\S+ )?(jäädyttäneet|sulkeneet|estäneet|rajoittaneet|jäädytimme|suljimme|estimme|rajoitimme|poistaneet käytöstä)\s+(?:\S+-)?(?:tilisi|tilinne|profiilisi|kanavasi)/,
  youAre: /\b(?:sinut on|olet|sinulle on annettu)\s+(?:\S+ )?(estetty|jäädytetty|bannattu|porttikielto|suljettu|erotettu|hiljennetty|rajoitettu)/,
  heading: /\b(tili (?:jäädytetty|suljettu|estetty|rajoitettu))\b/,
  violation: /(rikko|rikkonut|rikkoi|rikkomu|vastai|sääntö|säännö|ohje|ehto|ehtoj|käytäntö|roskaposti|spam)/,
  hypothetical: /\b(jos|kun|voi|voidaan|saattaa|miksi|miten|kuinka|esimerkiksi)\b/,
  restored: /\b(palautettu|palautimme|aktivoitu uudelleen|jäädytys on poistettu|hyviä uutisia)\b/,
  voluntary: /(olet (?:poistanut|sulkenut|poistanut käytöstä) tilisi|pyynnöstäsi|ikävä nähdä sinun lähtevän)/,
  security: /(epäilyttävä\S* (?:toimin|kirjautu)|epätavallinen\S* (?:toimin|kirjautu)|nollaa salasanasi|vahvista henkilöllisyytesi|turvallisuussyistä)/,
  rateLimit: /(liian monta (?:pyyntöä|yritystä)|yritä myöhemmin uudelleen|yritä uudelleen myöhemmin)/,
  otherAccount: /(käyttäjää ei löytynyt|tätä tiliä ei ole|tämä käyttäjä|sivua ei löytynyt)/,
  reporting: /(tiedottaja|tuhannet käyttäjät|sadat käyttäjät|monet käyttäjät|käyttäjät raportoivat)/,
};
