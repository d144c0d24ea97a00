import { normalizeText } from '../detection/normalize';
import type { AppealContext, ChecklistId, ChecklistResult, Finding, ItemStatus, NoticeInput } from './types';

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
/** The notice says the content is unlawful; copyright and trademark infringements are illegal content too (N8). */
const ILLEGAL = /(\billegal\b|unlawful|\blaw\b|rechtswidrig|illégal|ilegal|illegale|illecit|copyright|intellectual property|trademark infring|counterfeit|urheberrecht|droit d'auteur|derechos de autor|diritto d'autore|auteursrecht|direitos de autor|著作権|違法)/;
const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/** Words that name a topic of a platform's rules, for N9. */
const TOPIC =
  '(?:engañoso|trompeu|ingannevol|irreführend|misleidend|enganos|desinform|fehlinformation|odio|haine|hass|haat|nudi|nackt|acoso|harcèlement|belästigung|molestie|spam|scams?|deceptive|fraud|hate speech|hateful|harass|bully|nudity|adult|sexual|violen|graphic|self-harm|self-injury|suicide|misinformation|impersonat|intellectual property|copyright|trademark|dangerous|terror|extremis|child|regulated goods|drugs|weapons|manipulat|authenticity|platform manipulation|fake engagement|privacy)';

const ITEMS: ItemRule[] = [
  {
    id: 'N1',
    shows: /(suspen|terminat|deactivat|disabled|banned|restrict|limited|removed|taken down|locked|read-only|gesperrt|sperrung|deaktiviert|bloqu|retirad|eingeschränkt|entfernt|suspendu|désactivé|restreint|supprimé|suspendid|desactivad|inhabilitad|restringid|eliminad|sospes|disattivat|disabilitat|limitat|rimoss|suspens|desativad|restrit|removid|geschorst|opgeschort|uitgeschakeld|beperkt|verwijderd|zawieszon|zablokowan|bann(?!er)|banid|escluso|esclus[ao] d|exclu(?:s|ído)|expulsad|è stato chius|stata chius|a été fermé|desativamos|desactivamos|einschränkung|停止|凍結|無効|制限|削除|ロック|アクセスが禁止|アクセス禁止|利用が禁止|禁止されました)/,
    citations: { eu: ['dsa17_3a'], default: SCP },
  },
  {
    id: 'N2',
    // The Santa Clara Principles read do not ask for territorial scope: no citation outside the EU.
    shows: /(worldwide|globally|in (?:the eu|the european union|your country|all countries)|weltweit|in der eu|dans le monde|en todo el mundo|in tutto il mondo|no mundo inteiro|wereldwijd|全世界|länderseiten|(?:in|for) the following (?:youtube )?countr|in (?:den )?folgenden ländern|dans les pays suivants|en los siguientes países|nei seguenti paesi|nos seguintes países|in de volgende landen|次の国)/,
    citations: { eu: ['dsa17_3a'], default: [] },
  },
  {
    id: 'N3',
    // "tot" is Dutch for "until" only before a date: a bare "tot" also starts "total".
    shows: new RegExp(
      // "it will be permanently deleted if…" is a threatened consequence, not the measure's duration.
      `((?<!will be )permanent|temporar|indefinite|until (?:\\d|the \\d|${MONTHS}\\b)|for (?:\\d+|one|two|three|four|seven|fourteen|thirty) (?:days?|hours?|weeks?|months?)|(?:for|pour|durante|für|voor|per|por|para) (?:%\\(\\w+\\)s ?)+|(?:within|sous|innerhalb von|dentro de|em até|en|entro|binnen) \\d+ (?:hours?|heures|stunden|horas|ore|uur|days?|jours|tagen|días|giorni|dagen|dias)[^.]{0,20}(?:lifted|levée|levé|aufgehoben|levanta|levantad|resolv|risolv|revocat|opgeheven)|(?:lifted|levée|levé|aufgehoben|levanta|levantad|resolv|risolv|revocat|opgeheven)[^.]{0,30}(?:within|sous|innerhalb von|dentro de|em até|en|entro|binnen) \\d+ (?:hours?|heures|stunden|horas|ore|uur|days?|jours|tagen|días|giorni|dagen|dias)|時間以内に解除|永続|無期限|\\d+ (?:days?|hours?) (?:left|remaining)(?! to (?:appeal|disagree|request|submit))|dauerhaft|vorübergehend|bis zum|définitivement|temporairement|jusqu'au|permanentemente|temporalmente|hasta el|fino al|definitivamente|temporariamente|até (?:o dia|\\d)|tijdelijk|\\btot (?:en met |\\d)|永久|一時的|一時停止|\\d+日間)`,
    ),
    citations: { eu: ['dsa17_3a'], default: [] },
  },
  {
    id: 'N4',
    // "This Pin" alone does not identify the content: an ID, a link or a quoted title does.
    shows: /((?:your video|tu vídeo|il tuo video|ton vidéo|votre vidéo|dein video|je video|o seu vídeo|seu vídeo) (?:["“«„]|[^\n]{1,120}? (?:was flagged|was reported|se ha marcado|ci è stato segnalato|a été signalée?|wurde gemeldet|is gemarkeerd|foi sinalizado))|\bvideo: \S|\/pin\/\d+|pin id|pin-id|\bpin \d{6,}|post id|video id|tweet id|content id|https?:\/\/\S+\/(?:pin|p|status|video|watch|comments|reel)\/?\S*|\bwatch\?v=)/,
    citations: { eu: ['dsa17_4'], default: SCP },
  },
  {
    id: 'N5',
    // The user's conduct, named: what was posted or done, not just "a violation".
    shows: /(because you (?:posted|shared|uploaded|sent|saved|pinned)|because (?:our records indicate that )?(?:this|your) (?:account|listing|channel) (?:is|was|has been) (?:related|linked|associated|used)|you have (?:listed|posted|uploaded|sent|shared|sold|used)\b|we (?:have )?(?:recently )?(?:noticed|detected|found|observed) (?:some |a |an )?(?:unusual|suspicious|large number|high volume|repeated|automated)[^.]{0,80}|we found that you|on \d{1,2} \w+ \d{4} you|you (?:posted|shared|uploaded) (?:a|an|the|content)|weil du .{0,30}(?:gepostet|geteilt|hochgeladen)|parce que vous avez (?:publié|partagé))/,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N6',
    shows: /(reported by|a report (?:from|by)|we (?:have )?(?:recently )?(?:noticed|detected)|when we detect|proactive|after (?:a|someone's) report|trusted flagger|our own investigation|own initiative|detected by our|flagged by|copyright (?:owner|holder)|rights ?holder|gemeldet|signalé|denunciad|segnalat|gerapporteerd|received a (?:complaint|report)|beschwerde (?:bezüglich|über|zu)|reçu une (?:plainte|réclamation)|(?:hemos )?recibido una (?:queja|denuncia|reclamación)|ricevuto un(?:a)? (?:reclamo|segnalazione)|recebemos uma (?:reclamação|denúncia)|een klacht ontvangen|nous avons (?:détecté|constaté)|hemos detectado|abbiamo rilevato|detectamos|通報)/,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N7',
    // Automation in detecting or deciding, not "automatically restored".
    shows: /(automated (?:systems?|means|tools?|technolog|detection|review|decision|process)|automatic process|processus automatique|automatischen? prozess|proceso automático|proceso automatizado|processo automatico|processo automático|processo automatizzato|processo automatizado|automatisch proces|機械的|(?:reviewed|checked) by (?:the|our) [\w ]{0,20}team|(?:our|unser|notre|nuestro|nosso|il nostro|ons) team[^.]{0,40}(?:reviewed|überprüft|geprüft|examiné|revisado|revisto|esaminato|beoordeeld)|automatic(?:ally)? (?:detect|flag|identif|remov|suspend|disabl|ban|review)|(?:detected|flagged|identified|reviewed) automatically|our (?:automated )?systems (?:detected|flagged|found|identified)|algorithm|machine learning|human review|reviewed by (?:a|our) (?:team|person|specialist|moderator)|a person reviewed|manual(?:ly)? review|automatisiert|automatisch (?:erkannt|entdeckt|markiert)|manuell geprüft|moyens automatisés|automatiquement (?:détect|identifi|signal)|medios automatizados|(?:detectad|identificad)[oa]s? automáticamente|strumenti automatizzati|automaticamente (?:rilevat|identificat)|geautomatiseerd|automatisch (?:gedetecteerd|herkend)|meios automatizados|automaticamente (?:detetad|detectad|identificad)|自動|チーム(?:で|が|による)審査|担当者が(?:確認|審査))/,
    citations: { eu: ['dsa17_3c'], uk: SCP, default: SCP },
  },
  {
    id: 'N8',
    // A legal ground is a named law or provision, not the bare word "illegal".
    shows: /(under (?:the )?(?:law|act)\b|\blaw of |section \d+|article \d+|§\s*\d+|court order|criminal code|dmca|digital millennium copyright act|copyright act|copyright law|urheberrechtsgesetz|strafgesetzbuch|code pénal|código penal|codice penale|著作権法)/,
    citations: { eu: ['dsa17_3d'], default: [] },
    // Only owed where the decision says the content is illegal (copyright included).
    applies: (notice) => ILLEGAL.test(normalizeText(notice.text ?? '')),
  },
  {
    id: 'N9',
    shows: new RegExp(
      `((?:guidelines?|standards?) on [a-z\\[]|polic(?:y|ies) (?:on|against|prohibiting|about|regarding|for) (?:[a-z-]+ ){0,3}?${TOPIC}|${TOPIC}[a-z ,-]{0,40}?(?:polic(?:y|ies)|guidelines?|rules?)\\b|(?:política|politique|politica|richtlinie|beleid|norma|diretriz|règlement|reglamento|regolamento|regulamento)[a-z]* [^.]{0,60}?${TOPIC}|section \\d|clause \\d|richtlinie(?:n)? (?:zu|gegen)|règles? (?:relatives? à|sur|contre) |normas (?:sobre|contra)|linee guida (?:su|contro)|regels (?:over|tegen)|diretrizes (?:sobre|contra)|ポリシー)`,
    ),
    citations: { eu: ['dsa17_3e'], default: SCP },
  },
  {
    id: 'N10',
    shows: /(appeal|out-of-court|(?:tell|let) us (?:know )?(?:if|of) you think|if you think (?:that )?(?:it|this|we)|si vous pensez que|si tu penses que|falls du denkst|wenn du glaubst|si crees que|si piensas que|se pensi che|se ritieni che|als je denkt dat|se achar que|se você acha que|recorrer contra|異議|dispute settlement|\bcourt\b|reports and violations cent|disagree with (?:this|the) decision|request a review|einspruch|widerspruch|faire appel|contester|recurso|apelar|ricorso|recorrer|bezwaar|odwoła|異議|申し立て|申立て|(?:chiedere|richiedere) una revisione|(?:solicitar|pedir) una revisión|demander (?:un réexamen|une révision)|(?:solicitar|pedir) uma revisão|überprüfung beantragen|om een (?:herbeoordeling|beoordeling) vragen)/,
    citations: { eu: ['dsa17_3f', 'dsa21_1'], in: ['in_4_8'], default: ['scp_appeal'] },
  },
  {
    id: 'N11',
    citations: { eu: ['dsa17_4'], default: [] },
    // Specific and individual when it names what it is about (the content or the conduct) and the clause.
    decide: (_n, _c, found) => ((found.get('N4') === 'present' || found.get('N5') === 'present') && found.get('N9') === 'present' ? 'present' : 'missing'),
  },
  {
    id: 'N12',
    citations: { eu: ['dsa17_2'], in: ['in_4_8'], default: [] },
    // Only the day the platform sent the statement counts; the day the user saw it proves nothing about lateness.
    decide: (_notice, context) => {
      const decided = context.decisionDate ? Date.parse(context.decisionDate) : NaN;
      const sent = context.notifiedAt ? Date.parse(context.notifiedAt) : NaN;
      if (Number.isNaN(decided) || Number.isNaN(sent)) return 'unknown';
      return (sent - decided) / 86_400_000 <= 1 ? 'present' : 'missing';
    },
  },
  {
    id: 'N13',
    citations: { eu: ['p2b4_1'], default: [] },
    applies: (_n, context) => context.business && context.region === 'eu',
    decide: (notice) => (notice.channel === 'email' || notice.channel === 'letter' ? 'present' : notice.channel === 'in-product' || notice.channel === 'web' ? 'missing' : 'unknown'),
  },
  {
    id: 'N14',
    // A time limit for the appeal, not for strikes ("strikes expire within six months").
    shows: /((?:appeal|complaint|review|contest|disagree|request)[^.]{0,60}(?:within|in the next|no later than) (?:\d+|six|thirty|180|30) (?:months?|days?)|(?:within|no later than) (?:\d+|six|thirty) (?:months?|days?)[^.]{0,30}(?:to|you can|you may) (?:appeal|submit|request|contest)|you have \d+ days to (?:appeal|submit|request|contest)|(?:\d+|\[x\]) days? (?:left|remaining) to (?:appeal|submit|request|disagree)|innerhalb von \d+ (?:tagen|monaten)[^.]{0,40}(?:einspruch|widerspruch|beschwerde)|vous avez \d+ jours pour (?:faire appel|contester)|dans un délai de \d+ (?:jours|mois)[^.]{0,40}(?:appel|contester)|en un plazo de \d+ (?:días|meses)|entro \d+ (?:giorni|mesi)[^.]{0,40}(?:ricorso|contestare)|no prazo de \d+ (?:dias|meses)|binnen \d+ (?:dagen|maanden)[^.]{0,40}(?:bezwaar|beroep))/,
    citations: { eu: ['dsa17_3f'], default: ['scp_appeal'] },
  },
  {
    id: 'N15',
    shows: /(enforcement id|reference (?:number|id|code)|case (?:number|id)|ticket (?:number|id)|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|aktenzeichen|référence|número de referencia|numero di riferimento|referentienummer)/,
    // Good practice, not a rule any cited text states: asked for, with no citation.
    citations: { default: [] },
  },
  {
    id: 'N16',
    shows: /(warning|warned|strike|previously (?:told|notified|warned)|verwarnung|avertissement|advertencia|avvertimento|aviso|waarschuwing|ostrzeżen|警告)/,
    citations: { eu: ['dsa23_1'], default: [] },
    // DSA Art. 23(1): only for suspensions for frequently providing manifestly illegal content, and only in the EU.
    applies: (notice, context) =>
      context.region === 'eu' && (notice.kind === 'account_suspended' || notice.kind === 'account_deactivated') && ILLEGAL.test(normalizeText(notice.text ?? '')),
  },
];

/** Where a business user in the EU has a P2B duty on top of the DSA one. */
const P2B_EXTRA: Partial<Record<ChecklistId, (text: string, notice: NoticeInput) => string[]>> = {
  N5: () => ['p2b4_5'],
  N9: () => ['p2b4_5'],
  N11: () => ['p2b4_5'],
  // At the time of effect (4(1)); a termination needs 30 days' notice (4(2)).
  N12: (text, notice) => (notice.kind === 'account_deactivated' || /terminat|permanent/.test(text) ? ['p2b4_1', 'p2b4_2'] : ['p2b4_1']),
  N13: (text, notice) => (notice.kind === 'account_deactivated' || /terminat|permanent/.test(text) ? ['p2b4_2'] : []),
};

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
    const citations = (item.citations[context.region] ?? item.citations.default).filter((id) => context.business || !id.startsWith('p2b'));
    if (context.business && context.region === 'eu') citations.push(...(P2B_EXTRA[item.id]?.(text, notice) ?? []));
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

/**
 * What else the notice gives the letter to argue from: a time limit shorter
 * than Art. 20(1) DSA allows, a spam ground (the Art. 17(2) exception), or
 * repeated violations (P2B Art. 4(4)(c)).
 */
export function findingsOf(notice: NoticeInput): Finding[] {
  const text = (notice.text ?? '').slice(0, 50_000).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const out: Finding[] = [];
  const words: Record<string, number> = { thirty: 30, fourteen: 14, seven: 7, sixty: 60, ninety: 90 };
  const window = /(?:appeal|complaint|review|contest|request)[^.]{0,60}(?:within|in the next|no later than) (\d+|thirty|fourteen|seven|sixty|ninety) days|(?:within|no later than) (\d+|thirty|fourteen|seven|sixty|ninety) days[^.]{0,40}(?:appeal|contest|request a review)|(?:can no longer|cannot|can't) be appealed after (\d+|thirty) days|you have (\d+) days to (?:appeal|submit|request|contest|disagree)|(?:there are )?(\d+|thirty) days (?:remaining|left) to (?:disagree|appeal|request a review|contest)|vous avez (\d+) jours pour (?:faire appel|contester)|(?:dans un délai de|dentro de|entro|no prazo de|innerhalb von|binnen) (\d+) (?:jours|días|giorni|dias|tagen|dagen)[^.]{0,40}(?:appel|contest|recurr|apela|ricorso|impugn|einspruch|widerspruch|beschwerde|bezwaar|beroep)|(\d+)日以内に[^。]{0,20}(?:異議|申し立て|申立て)/.exec(text);
  if (window) {
    const raw = window.slice(1).find(Boolean)!;
    const days = words[raw] ?? Number(raw);
    // Art. 20(1) DSA: at least six months; anything under 180 days is shorter.
    if (days > 0 && days < 180) out.push({ id: 'short-appeal-window', days });
  }
  if (/\bspam|spamming|\bscams?\b|deceptive practices|fake engagement|platform manipulation|pratiques trompeuses|escroquer|prácticas engañosas|estafas?\b|pratiche ingannevoli|truffe|práticas enganosas|\bgolpes?\b|irreführende praktiken|スパム|欺瞞行為|詐欺/.test(text)) out.push({ id: 'spam-ground' });
  if (/repeated(?:ly)? (?:violat|infring|breach)|multiple (?:violations|strikes)|several (?:violations|strikes)|(?:three|3) strikes|repeat infringer|wiederholt|à plusieurs reprises|reiterad|ripetut|herhaaldelijk|repetid/.test(text)) out.push({ id: 'repeated-violations' });
  return out;
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
