import type { Lexicon } from '../types';

export const da: Lexicon = {
  lang: 'da',
  markers: /\b(og|at|er|har|din|dit|dine|du|det|for|ikke|konto|kontoen|vi|af|med|som|blevet|eller|dig)\b/g,
  ownAccount: /\b(?:din|dit|jeres)\s+(?:\S+-)?\S*(?:konto|profil|kanal)\b|\b(?:kontoen|profilen|kanalen) (?:din|dit)\b/,
  ownContent: /\b(?:dit|din|dine)\s+(?:opslag|indlæg|video|videoer|kommentar|kommentarer|foto|billede|billeder|indhold|historie|pin)\b/,
  weActed: /\bvi har (?:\S+ ){0,2}?(suspenderet|deaktiveret|spærret|begrænset|lukket|blokeret|udelukket)\s+(?:din|dit)\s+(?:\S+-)?\S*(?:konto|profil|kanal)/,
  youAre: /\bdu (?:er|har været|er blevet|blev)\s+(?:\S+ )?(udelukket|blokeret|spærret|suspenderet|begrænset|bandlyst|udestængt)\b/,
  heading: /\b(konto(?:en)? (?:suspenderet|deaktiveret|spærret|begrænset|lukket))\b/,
  violation: /(overtræd|strid med|bryder|brud på|regler|retningslinjer|vilkår|politik|spam)/,
  hypothetical: /\b(hvis|når du|kan blive|hvorfor|hvordan|for eksempel)\b/,
  restored: /\b(gendannet|genaktiveret|ophævet|gode nyheder)\b/,
  voluntary: /(du (?:har )?(?:slettet|deaktiveret|lukket) din konto|på din anmodning|ked af at se dig gå)/,
  security: /(mistænkelig aktivitet|usædvanlig (?:aktivitet|login)|nulstil din adgangskode|bekræft din identitet|sikkerhedsmæssige årsager)/,
  rateLimit: /(for mange (?:anmodninger|forsøg)|prøv igen senere)/,
  otherAccount: /(brugeren blev ikke fundet|denne konto findes ikke|denne bruger|siden findes ikke)/,
  reporting: /(talsperson|tusindvis af brugere|hundredvis|mange brugere|brugere rapporterer)/,
};
