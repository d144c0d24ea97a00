import type { Lexicon } from '../types';

// Norwegian Bokmål: "your" follows the noun as often as it precedes it ("kontoen din", "din konto").
export const nb: Lexicon = {
  lang: 'nb',
  markers: /\b(og|at|er|har|din|ditt|dine|du|det|for|ikke|konto|kontoen|vi|av|med|som|blitt|eller|deg)\b/g,
  ownAccount: /\b(?:din|ditt|deres)\s+(?:\S+-)?\S*(?:konto|profil|kanal)\b|\b(?:kontoen|profilen|kanalen|brukeren) (?:din|ditt)\b/,
  ownContent: /\b(?:ditt|din|dine)\s+(?:innlegg|video|videoer|kommentar|kommentarer|bilde|bilder|innhold|historie|pin)\b|\b(?:innlegget|videoen|kommentaren|bildet|innholdet) (?:ditt|din)\b/,
  weActed: /\bvi har (?:\S+ ){0,2}?(suspendert|deaktivert|sperret|begrenset|stengt|blokkert|utestengt)\s+(?:(?:din|ditt)\s+(?:\S+-)?\S*(?:konto|profil|kanal)|(?:kontoen|profilen|kanalen) (?:din|ditt))/,
  youAre: /\bdu (?:er|har blitt|ble|har vært)\s+(?:\S+ )?(utestengt|blokkert|sperret|suspendert|begrenset)\b/,
  heading: /\b(konto(?:en)? (?:suspendert|deaktivert|sperret|begrenset|stengt))\b/,
  violation: /(brudd på|bryter|brøt|brutt|regler|retningslinje|vilkår|policy|søppelpost|spam)/,
  hypothetical: /\b(hvis|dersom|når du|kan bli|hvorfor|hvordan|for eksempel)\b/,
  restored: /\b(gjenopprettet|reaktivert|opphevet|gode nyheter)\b/,
  voluntary: /(du (?:har )?(?:slettet|deaktivert|lukket) (?:kontoen din|din konto)|på din forespørsel|trist å se deg gå)/,
  security: /(mistenkelig aktivitet|uvanlig (?:aktivitet|pålogging)|tilbakestill passordet|bekreft identiteten)/,
  rateLimit: /(for mange (?:forespørsler|forsøk)|prøv igjen senere)/,
  otherAccount: /(brukeren ble ikke funnet|denne kontoen finnes ikke|denne brukeren|siden finnes ikke)/,
  reporting: /(talsperson|tusenvis av brukere|hundrevis|mange brukere|brukere rapporterer)/,
};
