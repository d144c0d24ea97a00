import type { Region } from '../db/schema';

const EU_EEA_ZONES = /^(Europe\/(Amsterdam|Athens|Berlin|Bratislava|Brussels|Bucharest|Budapest|Busingen|Copenhagen|Dublin|Helsinki|Lisbon|Ljubljana|Luxembourg|Madrid|Malta|Mariehamn|Oslo|Paris|Prague|Riga|Rome|Sofia|Stockholm|Tallinn|Vaduz|Vienna|Vilnius|Warsaw|Zagreb|Nicosia)|Atlantic\/(Azores|Madeira|Canary|Reykjavik)|Asia\/Nicosia|Arctic\/Longyearbyen)$/;

/**
 * A first guess at where the user lives, from the browser's time zone, so a
 * new case starts with the rules that most likely apply. The user can change it.
 */
export function regionFromTimeZone(timeZone: string): Region {
  if (EU_EEA_ZONES.test(timeZone)) return 'eu';
  if (timeZone === 'Europe/London' || timeZone === 'Europe/Belfast') return 'uk';
  if (timeZone === 'Asia/Kolkata' || timeZone === 'Asia/Calcutta') return 'in';
  if (/^America\/(Sao_Paulo|Fortaleza|Recife|Bahia|Belem|Manaus|Cuiaba|Campo_Grande|Porto_Velho|Boa_Vista|Rio_Branco|Araguaina|Maceio|Santarem|Noronha|Eirunepe)$/.test(timeZone)) return 'br';
  if (/^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Adak|Juneau|Sitka|Nome|Yakutat|Metlakatla|Menominee)|Pacific\/Honolulu)$/.test(timeZone)) return 'us';
  return 'other';
}
