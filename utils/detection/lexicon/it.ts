import type { Lexicon } from '../types';

export const it: Lexicon = {
  lang: 'it',
  markers: /\b(il|lo|la|gli|le|tuo|tua|è|stato|stata|abbiamo|per|di|del|della|che|non|sei|un|una)\b/g,
  ownAccount: /\b(?:il tuo|tuo|il suo|la tua|la sua)\s+(?:account|profilo|canale|pagina)\b/,
  ownContent: /\b(?:il tuo|i tuoi|la tua|le tue|tuo|tua)\s+(?:pin|post|video|commento|contenuto|tweet|foto|bacheca|storia|reel)\b/,
  weActed: /\babbiamo (?:\S+\s+)?(sospeso|disabilitato|disattivato|limitato|bloccato|rimosso|eliminato|bannato|chiuso)\s+(?:il tuo|il suo|tuo)\s+(?:account|profilo|canale)/,
  youAre: /\b(?:sei|sei stat[oa]|mentre sei|è stato)\s+(sospes[oa]|bannat[oa]|bloccat[oa]|limitat[oa]|esclus[oa])/,
  heading: /\b(account (?:sospeso|disabilitato|disattivato|limitato|bloccato))\b/,
  violation: /(infranto|violat|violazione|regole|linee guida|normative|condizioni d'uso|termini|norme|spam)/,
  hypothetical: /\b(se|quando|può|possono|potrebbe|perché|come|gli account che)\b/,
  restored: /\b(ripristinat|riattivat|sbloccat|revocat)/,
  voluntary: /\b(hai disattivato|hai eliminato|su tua richiesta|ha eliminato il proprio account)\b/,
  security: /\b(attività insolita|attività sospetta|reimposta(?:re)? la password|conferma(?:re)? la tua identità)\b/,
  rateLimit: /\b(troppe richieste|riprova più tardi)\b/,
  otherAccount: /\b(utente non trovato|questo utente|questo account non esiste)\b/,
  reporting: /\b(si è scusat|secondo (?:un|il|la|i)|portavoce|migliaia di|centinaia di|utenti sono stati)\b/,
};
