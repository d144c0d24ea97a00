import { normalizeText } from '../detection/normalize';
import type { AppealContext, ChecklistId, ChecklistResult, ItemStatus, NoticeInput } from './types';

/**
 * N1–N16 (research/legal-anchors.md §7): what a statement of reasons should
 * contain. Each item has the words that show it in the notice (several
 * languages), the rules that require it per region, and when it applies.
 */
interface ItemRule {
  id: ChecklistId;
  /** Words that show the item is there. */
  shows?: RegExp;
  citations: Partial<Record<AppealContext['region'], string[]>> & { default: string[] };
  applies?: (notice: NoticeInput, context: AppealContext) => boolean;
  decide?: (notice: NoticeInput, context: AppealContext, found: Map<ChecklistId, ItemStatus>) => ItemStatus;
}

const SCP = ['scp_notice'];
const ILLEGAL = /(\billegal\b|unlawful|\blaw\b|rechtswidrig|illégal|ilegal|illegale|illecit)/;

const ITEMS: ItemRule[] = [
  {
    id: 'N1',
    shows: /(suspen|terminat|deactivat|disabled|banned|restrict|limited|removed|gesperrt|deaktiviert|eingeschränkt|suspendu|désactivé|restreint|suspendid|desactivad|inhabilitad|restringid|sospes|disattivat|disabilitat|limitat|suspens|desativad|restrit|geschorst|opgeschort|uitgeschakeld|beperkt|zawieszon|zablokowan)/,
    citations: { eu: ['dsa17_3a'], default: SCP },
  },
  {
    id: 'N2',
    shows: /(worldwide|globally|in (?:the eu|the european union|your country|all countries)|weltweit|in der eu|dans le monde|en todo el mundo|in tutto il mondo|no mundo inteiro|wereldwijd)/,
    citations: { eu: ['dsa17_3a'], default: SCP },
  },
  {
    id: 'N3',
    shows: /(permanent|temporar|indefinite|until \w+|for \d+ (?:days?|hours?|weeks?|months?)|\d+ (?:days?|hours?) (?:left|remaining)|dauerhaft|vorübergehend|bis zum|définitivement|temporairement|jusqu'au|permanentemente|temporalmente|hasta el|fino al|definitivamente|temporariamente|até|permanent|tijdelijk|tot)/,
    citations: { eu: ['dsa17_3a'], default: SCP },
  },
  {
    id: 'N4',
    shows: /(\/pin\/\d+|pin id|pin-id|\bpin \d{6,}|post id|this pin|the following (?:pin|post|content)|content id|https?:\/\/\S+\/(?:pin|p|status|video)\/\S+)/,
    citations: { eu: ['dsa17_4'], default: SCP },
  },
  {
    id: 'N5',
    shows: /(because you (?:posted|shared|uploaded|sent|saved|pinned)|we found that you|on \d{1,2} \w+ \d{4} you|you (?:posted|shared|uploaded) (?:a|an|the|content)|weil du .{0,30}(?:gepostet|geteilt|hochgeladen)|parce que vous avez (?:publié|partagé))/,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N6',
    shows: /(reported by|a report (?:from|by)|after (?:a|someone's) report|trusted flagger|our own investigation|own initiative|detected by our|flagged by|gemeldet|signalé|denunciad|segnalat|denunciad|gerapporteerd)/,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N7',
    shows: /(automat|algorithm|machine learning|our systems|human review|reviewed by (?:a|our) (?:team|person|specialist)|a person reviewed|manuell|automatisch|automatiquement|automatique|automátic|automatic|automatizzat|handmatig|geautomatiseerd)/,
    citations: { eu: ['dsa17_3c'], uk: SCP, default: SCP },
  },
  {
    id: 'N8',
    // A legal ground is a named law or provision, not the bare word "illegal".
    shows: /(under (?:the )?(?:law|act)\b|\blaw of |section \d+|article \d+|§\s*\d+|court order|criminal code|strafgesetzbuch|code pénal|código penal|codice penale)/,
    citations: { eu: ['dsa17_3d'], uk: ['osa21_4d'], default: SCP },
    // Only owed where the decision says the content is illegal.
    applies: (notice) => ILLEGAL.test(normalizeText(notice.text ?? '')),
  },
  {
    id: 'N9',
    shows: /(guidelines? on [a-z]|policy on [a-z]|policy against [a-z]|section \d|clause \d|(?:adult|nudity|spam|hateful|harassment|violent|self-injury|misinformation|intellectual property|copyright|impersonation|dangerous) (?:content |activities |behaviou?r )?(?:policy|guideline|rules?)|richtlinie zu|règles? (?:relatives? à|sur) |normas sobre|linee guida su)/,
    citations: { eu: ['dsa17_3e', 'p2b4_5'], default: SCP },
  },
  {
    id: 'N10',
    shows: /(appeal|out-of-court|dispute settlement|\bcourt\b|reports and violations cent|disagree with (?:this|the) decision|request a review|einspruch|widerspruch|faire appel|contester|recurso|apelar|ricorso|recorrer|bezwaar|odwoła)/,
    citations: { eu: ['dsa17_3f', 'dsa21_1'], in: ['in_4_8'], default: ['scp_appeal'] },
  },
  {
    id: 'N11',
    citations: { eu: ['dsa17_4', 'p2b11'], default: SCP },
    // Specific and individual only when it names the content, the facts and the clause.
    decide: (_n, _c, found) => (['N4', 'N5', 'N9'].every((id) => found.get(id as ChecklistId) === 'present') ? 'present' : 'missing'),
  },
  {
    id: 'N12',
    citations: { eu: ['dsa17_2', 'p2b4_2'], in: ['in_4_8'], default: SCP },
    decide: (notice, context) => {
      const decided = context.decisionDate ? Date.parse(context.decisionDate) : NaN;
      const told = Date.parse(context.notifiedAt ?? notice.seenAt ?? '');
      if (Number.isNaN(decided) || Number.isNaN(told)) return 'missing';
      const daysLate = (told - decided) / 86_400_000;
      return daysLate <= 1 ? 'present' : 'missing';
    },
  },
  {
    id: 'N13',
    citations: { eu: ['p2b4_1'], default: [] },
    applies: (_n, context) => context.business && context.region === 'eu',
    decide: (notice) => (notice.channel === 'email' || notice.channel === 'letter' ? 'present' : 'missing'),
  },
  {
    id: 'N14',
    shows: /(within (?:6|six|\d+) (?:months?|days?)|you have \d+ days|\d+ days (?:left|remaining) to|until \d|innerhalb von \d+|dans un délai de|vous avez \d+ jours|en un plazo de|entro \d+|no prazo de|binnen \d+)/,
    citations: { eu: ['dsa20_1', 'dsa20_2'], default: ['scp_appeal'] },
  },
  {
    id: 'N15',
    shows: /(enforcement id|reference (?:number|id|code)|case (?:number|id)|ticket (?:number|id)|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|aktenzeichen|référence|número de referencia|numero di riferimento|referentienummer)/,
    citations: { default: SCP },
  },
  {
    id: 'N16',
    shows: /(warning|warned|strike|previously (?:told|notified|warned)|verwarnung|avertissement|advertencia|avvertimento|aviso|waarschuwing|ostrzeżen)/,
    citations: { eu: ['dsa23_1'], default: SCP },
    applies: (notice) => notice.kind === 'account_suspended' || notice.kind === 'account_deactivated',
  },
];

export const CHECKLIST_IDS = ITEMS.map((i) => i.id);

/**
 * For each of N1–N16: present, missing or not applicable, with the words of
 * the notice that show it and the rules (for this region) that require it.
 * Pure: the notice and the context in, the checklist out.
 */
export function checkNotice(notice: NoticeInput, context: AppealContext): ChecklistResult[] {
  // Links and IDs matter here (N4), so the text keeps its URLs.
  const text = (notice.text ?? '').slice(0, 50_000).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const found = new Map<ChecklistId, ItemStatus>();
  const results: ChecklistResult[] = [];
  for (const item of ITEMS) {
    let citations = (item.citations[context.region] ?? item.citations.default).filter((id) => context.business || !id.startsWith('p2b'));
    // DSA Art. 23 (prior warning) is about suspensions for manifestly illegal content.
    if (item.id === 'N16' && context.region === 'eu' && !ILLEGAL.test(text)) citations = SCP;
    if (item.applies && !item.applies(notice, context)) {
      found.set(item.id, 'not applicable');
      results.push({ id: item.id, status: 'not applicable', citations });
      continue;
    }
    let status: ItemStatus;
    let evidence: string | undefined;
    if (item.decide) {
      status = item.decide(notice, context, found);
    } else {
      const match = item.shows ? item.shows.exec(text) : null;
      status = match ? 'present' : 'missing';
      if (match) evidence = quoteAround(notice.text, match[0]);
    }
    found.set(item.id, status);
    results.push({ id: item.id, status, ...(evidence ? { evidence } : {}), citations });
  }
  return results;
}

/** The notice's own words around a match, as the user saw them (not lower-cased). */
function quoteAround(original: string, matched: string): string {
  const folded = original.replace(/\s+/g, ' ');
  const at = folded.toLowerCase().indexOf(matched.toLowerCase());
  if (at < 0) return matched;
  const start = Math.max(0, folded.lastIndexOf(' ', Math.max(0, at - 40)) + 1);
  const end = Math.min(folded.length, folded.indexOf(' ', at + matched.length + 40) === -1 ? folded.length : folded.indexOf(' ', at + matched.length + 40));
  return folded.slice(start, end).trim();
}
