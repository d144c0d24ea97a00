import { normalizeText } from '../detection/normalize';
import { readAppealWindow, SIX_MONTHS_DAYS } from './appeal-window';
import { ACTION, APPEAL_WINDOW, AUTOMATION, CONDUCT, CONTENT_ID, DURATION, ILLEGAL, LEGAL_GROUND, NAMED_RULE, ORIGIN, REDRESS, REFERENCE, TERRITORY, WARNING, withoutPossibleMeasures, withoutThreats } from './checklist-patterns';
import { withoutOtherExpiry } from './checklist-paradigms-ways';
import { NAMED_POLICY_TITLE, TITLE_AFTER_COLON, withoutStrikeExpiry } from './checklist-shapes';
import { execInSteps, type Matcher } from './regex-union';
import type { AppealContext, ChecklistId, ChecklistResult, Finding, ItemStatus, NoticeInput } from './types';

/**
 * N1–N16 (research/legal-anchors.md §7): what a statement of reasons should
 * contain. Each item has the words that show it in the notice (several
 * languages), the rules that require it per region, and when it applies.
 */
interface ItemRule {
  id: ChecklistId;
  /** Words that show the item is there. */
  shows?: Matcher;
  /** The part of the (normalised) text the words are looked for in. */
  scope?: (text: string) => string;
  /** Shapes read on the text as written, line breaks and capitals kept (a title on its own line, a policy's proper name). */
  shapes?: Matcher;
  citations: Partial<Record<AppealContext['region'], string[]>> & { default: string[] };
  applies?: (notice: NoticeInput, context: AppealContext) => boolean;
  decide?: (notice: NoticeInput, context: AppealContext, found: Map<ChecklistId, ItemStatus>) => ItemStatus;
}

const SCP = ['scp_notice'];

const ITEMS: ItemRule[] = [
  {
    id: 'N1',
    // "Your account may be suspended" threatens a measure; it does not name one that was taken.
    shows: ACTION,
    scope: withoutPossibleMeasures,
    citations: { eu: ['dsa17_3a'], default: SCP },
  },
  {
    id: 'N2',
    // The Santa Clara Principles read do not ask for territorial scope: no citation outside the EU.
    shows: TERRITORY,
    citations: { eu: ['dsa17_3a'], default: [] },
  },
  {
    id: 'N3',
    // A threatened further measure ("future violations may result in permanent suspension") is not this one's duration,
    // nor is the end of a link or code the notice gives ("the link will expire after 7 days").
    shows: DURATION,
    scope: (text) => withoutStrikeExpiry(withoutOtherExpiry(withoutThreats(text))),
    citations: { eu: ['dsa17_3a'], default: [] },
  },
  {
    id: 'N4',
    // "This Pin" alone does not identify the content: an ID, a link or a quoted title does.
    shows: CONTENT_ID,
    shapes: TITLE_AFTER_COLON,
    citations: { eu: ['dsa17_4'], default: SCP },
  },
  {
    id: 'N5',
    // The user's conduct, named: what was posted or done, not just "a violation".
    shows: CONDUCT,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N6',
    shows: ORIGIN,
    citations: { eu: ['dsa17_3b'], default: SCP },
  },
  {
    id: 'N7',
    // Automation in detecting or deciding, not "automatically restored".
    shows: AUTOMATION,
    citations: { eu: ['dsa17_3c'], uk: SCP, default: SCP },
  },
  {
    id: 'N8',
    // A legal ground is a named law or provision, not the bare word "illegal".
    shows: LEGAL_GROUND,
    citations: { eu: ['dsa17_3d'], default: [] },
    // Only owed where the decision says the content is illegal (copyright included).
    applies: (notice) => noticeSaysIllegal(notice),
  },
  {
    id: 'N9',
    shows: NAMED_RULE,
    shapes: NAMED_POLICY_TITLE,
    citations: { eu: ['dsa17_3e'], default: SCP },
  },
  {
    id: 'N10',
    shows: REDRESS,
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
    shows: APPEAL_WINDOW,
    citations: { eu: ['dsa17_3f'], default: ['scp_appeal'] },
  },
  {
    id: 'N15',
    shows: REFERENCE,
    citations: { default: [] },
  },
  {
    id: 'N16',
    shows: WARNING,
    citations: { eu: ['dsa23_1'], default: [] },
    // DSA Art. 23(1): only for suspensions for frequently providing manifestly illegal content, and only in the EU.
    applies: (notice, context) =>
      context.region === 'eu' && (notice.kind === 'account_suspended' || notice.kind === 'account_deactivated') && noticeSaysIllegal(notice),
  },
];

/** The notice says the content is unlawful (N8 applies): one small family, read before the rest is checked. */
export function noticeSaysIllegal(notice: NoticeInput): boolean {
  return ILLEGAL.test(normalizeText(notice.text ?? ''));
}

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
  const steps = checkNoticeSteps(notice, context);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `checkNotice` one pattern chunk per step, the same answer: a page can yield
 * between steps while the patterns compile (cold, the first check in a
 * renderer takes seconds under load) and paint meanwhile.
 */
export function* checkNoticeSteps(notice: NoticeInput, context: AppealContext): Generator<void, ChecklistResult[]> {
  // Links and IDs matter here (N4), so the text keeps its URLs.
  // Arabic vowel marks (حُظرت) are optional in writing: without them one word list covers both spellings.
  // Typographic apostrophes (jusqu’au, l’équipe) read as the ASCII one the word lists use.
  // A capital Turkish İ lower-cases to i + a combining dot (U+0307): without the dot "İÇERİK" reads as "içerik".
  const text = (notice.text ?? '').slice(0, 50_000).normalize('NFKC').toLowerCase().replace(/[\u064B-\u065F]/g, '').replace(/i\u0307/g, 'i').replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
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
      const match = item.shows ? yield* execInSteps(item.shows, item.scope ? item.scope(text) : text) : null;
      const shaped = match ?? (item.shapes ? yield* execInSteps(item.shapes, asWritten(notice.text ?? '')) : null);
      status = shaped ? 'present' : 'missing';
      if (shaped) evidence = quoteAround(notice.text, shaped[0].replace(/\s+/g, ' ').trim());
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
  // One reading of the appeal window for the checker and the letter (appeal-window.ts): "30 days
  // remaining" is time left on the day the notice was seen, not the window's length, so it is
  // never reported as a short window here; the letter judges it against the decision date.
  const window = readAppealWindow(text);
  if (window && window.sense !== 'remaining' && window.days < SIX_MONTHS_DAYS) out.push({ id: 'short-appeal-window', days: window.days });
  if (/\bspam|spamming|\bscams?\b|deceptive practices|fake engagement|platform manipulation|pratiques trompeuses|escroquer|prácticas engañosas|estafas?\b|pratiche ingannevoli|truffe|práticas enganosas|\bgolpes?\b|irreführende praktiken|スパム|欺瞞行為|詐欺/.test(text)) out.push({ id: 'spam-ground' });
  if (/repeated(?:ly)? (?:violat|infring|breach)|multiple (?:violations|strikes)|several (?:violations|strikes)|(?:three|3) strikes|repeat infringer|wiederholt|à plusieurs reprises|reiterad|ripetut|herhaaldelijk|repetid/.test(text)) out.push({ id: 'repeated-violations' });
  return out;
}

/** The notice as written, for shapes that need its line breaks or capitals: spaces folded, lines kept. */
function asWritten(original: string): string {
  return original.slice(0, 50_000).normalize('NFKC').replace(/[’ʼ]/g, "'").replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n');
}

/** The notice's own words around a match, as the user saw them (not lower-cased). */
function quoteAround(original: string, matched: string): string {
  const folded = original.replace(/\s+/g, ' ');
  const at = folded.toLowerCase().replace(/[’ʼ]/g, "'").indexOf(matched.toLowerCase());
  if (at < 0) return matched;
  const start = Math.max(0, folded.lastIndexOf(' ', Math.max(0, at - 40)) + 1);
  const end = Math.min(folded.length, folded.indexOf(' ', at + matched.length + 40) === -1 ? folded.length : folded.indexOf(' ', at + matched.length + 40));
  return folded.slice(start, end).trim();
}
