import type { Lexicon } from '../types';

export const sv: Lexicon = {
  lang: 'sv',
  markers: /\b(och|att|är|har|ditt|din|dina|du|det|för|inte|konto|kontot|vi|av|med|som|eller|dig)\b/g,
  ownAccount: /\b(?:ditt|din|ert|er)\s+(?:\S+-)?\S*(?:konto|profil|kanal)\b|\bkontot ditt\b/,
  ownContent: /\b(?:ditt|din|dina|ert|era)\s+(?:inlägg|video|videor|kommentar|kommentarer|foto|bild|bilder|innehåll|berättelse|händelse|pin|pins|annons|annonser)\b/,
  weActed: /\bvi (?:har )?(?:\S+ ){0,2}?(stängt av|stängde av|spärrat|spärrade|inaktiverat|inaktiverade|begränsat|begränsade|blockerat|avslutat)\s+(?:ditt|din)\s+(?:\S+-)?\S*(?:konto|profil|kanal)/,
  youAre: /\bdu (?:har|är|blev|har blivit)\s+(?:\S+ )?(avstängd|blockerad|blockerats|bannlyst|spärrad|begränsad|utesluten)\b/,
  heading: /\b(konto (?:avstängt|spärrat|inaktiverat|begränsat)|avstängt konto)\b/,
  violation: /(brott mot|bryter mot|brutit mot|bröt mot|överträdelse|regler|riktlinjer|villkor|policy|skräppost|spam)/,
  hypothetical: /\b(om (?:du|ditt|din|dina|ni|ert|ett|en)|när du|ifall|kan bli|kan komma att|varför|hur (?:du|man)|till exempel)\b/,
  restored: /\b(återställts|återaktiverats|hävts|upphävts|goda nyheter)\b/,
  voluntary: /(du (?:har )?(?:raderat|inaktiverat|avslutat) ditt konto|på din begäran|tråkigt att se dig gå)/,
  security: /(misstänkt aktivitet|ovanlig (?:aktivitet|inloggning)|återställ ditt lösenord|bekräfta din identitet|verifiera din identitet|säkerhetsskäl)/,
  rateLimit: /(för många (?:förfrågningar|försök)|försök igen senare|nått gränsen)/,
  otherAccount: /(användaren hittades inte|detta konto finns inte|den här användaren|denna användare|sidan finns inte)/,
  reporting: /(talesperson|tusentals användare|hundratals|många användare|användare rapporterar)/,
};
