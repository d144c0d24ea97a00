import type { Lexicon } from '../types';

export const nl: Lexicon = {
  lang: 'nl',
  markers: /\b(de|het|een|je|jouw|uw|is|zijn|wordt|we|hebben|van|voor|niet|account|bent|dat)\b/g,
  ownAccount: /\b(?:je|jouw|uw)\s+(?:account|profiel|kanaal|pagina)\b/,
  ownContent: /\b(?:je|jouw|uw)\s+(?:pin|pins|bericht|post|video|reactie|inhoud|tweet|foto|bord|verhaal|reel)\b/,
  weActed: /\bwe hebben (?:je|jouw|uw)\s+(?:account|profiel|kanaal)\s+(?:\S+\s+)?(geschorst|opgeschort|uitgeschakeld|gedeactiveerd|beperkt|geblokkeerd|verwijderd|verbannen)/,
  youAre: /\b(?:je bent|u bent|je werd|u werd|zolang je|terwijl je)\b.{0,30}?(geschorst|verbannen|geblokkeerd|beperkt)/,
  heading: /\b(account (?:geschorst|opgeschort|uitgeschakeld|beperkt))\b/,
  violation: /(overtre|schending|richtlijnen|communityrichtlijnen|gebruiksvoorwaarden|regels|beleid|spam)/,
  hypothetical: /\b(als|wanneer|indien|kan|kunnen|zou|waarom|hoe|accounts die)\b/,
  restored: /\b(hersteld|heractiveerd|gedeblokkeerd|opgeheven)\b/,
  voluntary: /\b(je hebt je account (?:gedeactiveerd|verwijderd|gesloten)|op je verzoek|op uw verzoek)\b/,
  security: /\b(ongebruikelijke activiteit|verdachte activiteit|wachtwoord opnieuw instellen|bevestig je identiteit)\b/,
  rateLimit: /\b(te veel verzoeken|probeer het later)\b/,
  otherAccount: /\b(gebruiker niet gevonden|deze gebruiker|dit account bestaat niet)\b/,
  reporting: /\b(excuses aangeboden|volgens (?:een|de|het)|woordvoerder|duizenden|honderden|gebruikers zijn)\b/,
};
