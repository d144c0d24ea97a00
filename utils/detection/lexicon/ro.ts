import type { Lexicon } from '../types';

export const ro: Lexicon = {
  lang: 'ro',
  markers: /\b(și|că|nu|este|contul|dumneavoastră|tău|fost|pentru|din|sau|vă|ați|ai|dvs|dacă)\b/g,
  ownAccount: /\b(?:contul|profilul|canalul)\s+(?:\S+\s+)?(?:tău|dumneavoastră|dvs\.?|vostru)|\bcontul (?:tău|dvs)/,
  ownContent: /\b(?:postarea|videoclipul|comentariul|fotografia|conținutul|continutul|povestea|pinul)\s+(?:\S+\s+)?(?:tău|ta|dumneavoastră|dvs)\b/,
  weActed: /\b(?:am|noi am)\s+(?:\S+\s+)?(suspendat|blocat|dezactivat|restricționat|restrictionat|limitat|închis)\s+(?:contul|profilul|canalul)/,
  youAre: /\b(?:ai fost|ați fost|sunteți|ești)\s+(?:\S+\s+)?(suspendat\S*|blocat\S*|banat\S*|interzis\S*|restricționat\S*|exclus\S*)/,
  heading: /\b(cont (?:suspendat|blocat|dezactivat|restricționat))\b/,
  violation: /(încălca|incalca|încălcare|încălcări|regul|ghid|termen|condiți|politic|standarde|spam)/,
  hypothetical: /\b(dacă|daca|când|cand|poate|pot fi|de ce|cum (?:să|poți|puteți)|în cazul|de exemplu)\b/,
  restored: /\b(restabilit|reactivat|deblocat|vești bune)\b/,
  voluntary: /(ai (?:șters|dezactivat|închis) contul|la cererea (?:ta|dumneavoastră))/,
  security: /(activitate suspectă|activitate neobișnuită|resetează parola|resetați parola|verifică identitatea|confirmați identitatea|motive de securitate)/,
  rateLimit: /(prea multe (?:solicitări|cereri|încercări)|încearcă din nou mai târziu|încercați din nou mai târziu)/,
  otherAccount: /(utilizatorul nu a fost găsit|acest cont nu există|acest utilizator|pagina nu a fost găsită)/,
  reporting: /(purtătorul de cuvânt|mii de utilizatori|sute de utilizatori|mulți utilizatori|utilizatorii reclamă)/,
};
