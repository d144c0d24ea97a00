import type { EvidenceKind } from '../db/schema';
import { computeDeadlines, type CaseClock, type Deadline } from '../cases/deadlines';
import controllers from './data/controllers.json';
import odsData from './data/ods-bodies.json';
import { checkNotice } from './checklist';
import { CITATIONS, citeLabel, type Citation } from './citations';
import { renderTemplate } from './engine';
import type { AppealContext, ChecklistResult, NoticeInput } from './types';

export type LetterKind = 'internal-complaint' | 'ods-submission' | 'gdpr-access' | 'dsc-complaint' | 'p2b-business';
export const LETTER_KINDS: readonly LetterKind[] = ['internal-complaint', 'ods-submission', 'gdpr-access', 'dsc-complaint', 'p2b-business'];
export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;

const TEMPLATES = import.meta.glob('./templates/*/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const STRINGS = import.meta.glob('./templates/*/strings.json', { import: 'default', eager: true }) as Record<string, Strings>;

interface Strings {
  items: Record<string, string>;
  deadlines: Record<string, string>;
  requests: Record<string, string>;
  decisionNames: Record<string, string>;
  evidenceKinds: Record<string, string>;
  disclaimer: string;
  dateUnknown: string;
  fallbackNote: string;
}

export function templateSource(kind: LetterKind, language: string): string | undefined {
  return TEMPLATES[`./templates/${language}/${kind}.txt`];
}
export function stringsFor(language: string): Strings {
  return STRINGS[`./templates/${language}/strings.json`]!;
}

/** The letters that make sense where the user lives: EU instruments only in the EU (GDPR also in the UK). */
export function letterKindsFor(region: AppealContext['region'], business: boolean): LetterKind[] {
  if (region === 'eu') return business ? [...LETTER_KINDS] : LETTER_KINDS.filter((k) => k !== 'p2b-business');
  if (region === 'uk') return ['internal-complaint', 'gdpr-access'];
  return ['internal-complaint'];
}

export interface DraftInput {
  kind: LetterKind;
  language: string;
  tone: 'concise' | 'formal';
  notice: NoticeInput & { url?: string };
  context: AppealContext & { account?: string; userName?: string; timeZone: string; odsBodyId?: string; dscName?: string };
  evidence?: { kind: EvidenceKind; capturedAt: string; sha256: string }[];
  inventory?: { boards: number; pins: number };
  now?: Date;
}

export interface Draft {
  kind: LetterKind;
  language: string;
  /** No template in the asked language: drafted in English. */
  fellBack: boolean;
  subject: string;
  body: string;
  checklist: ChecklistResult[];
  deadlines: Deadline[];
  /** Variables the draft could not fill: they show as [name] in the text. */
  unfilled: string[];
  /** For the user, not the letter: what to know before sending. */
  warnings: string[];
  /** Every rule the draft cites, to list and link beside it. */
  citations: Citation[];
}

const MAX_QUOTE = 4_000;
const PLATFORM_NAMES: Record<string, string> = { pinterest: 'Pinterest', x: 'X', meta: 'Meta', tiktok: 'TikTok', youtube: 'YouTube', reddit: 'Reddit', other: '' };

/** Rule references for the letter, per region. Outside the EU no EU article is cited. */
function rulesFor(context: AppealContext): Record<string, string> {
  const eu = context.region === 'eu';
  const scp = `${citeLabel('scp_notice')}, ${citeLabel('scp_appeal')}`.replace(/Santa Clara Principles \((\w+)\), Santa Clara Principles \((\w+)\)/, 'Santa Clara Principles ($1, $2)');
  const gdpr = eu || context.region === 'uk';
  return {
    statement: eu ? citeLabel('dsa17_1').replace(/\(1\)$/, '') : scp,
    complaint: eu ? citeLabel('dsa20_1').replace(/\(1\)$/, '') : '',
    humanReview: eu ? `${citeLabel('dsa20_6')}, ${citeLabel('gdpr22_3')}` : '',
    ods: eu ? citeLabel('dsa21_1').replace(/\(1\)$/, '') : '',
    dsc: eu ? citeLabel('dsa53') : '',
    access: gdpr ? `${citeLabel('gdpr15')}, ${citeLabel('gdpr15_1h')}` : '',
    automated: gdpr ? citeLabel('gdpr22_3') : '',
    reply: gdpr ? citeLabel('gdpr12_3') : '',
    p2b: eu ? `${citeLabel('p2b4_1')}, ${citeLabel('p2b4_2')}, ${citeLabel('p2b4_5')}` : '',
    p2bComplaint: eu ? citeLabel('p2b11') : '',
  };
}

/**
 * Drafts one letter from a notice. Pure: everything it needs comes in, the
 * letter and what it could not fill come out. A missing value shows in the
 * text as [name]; a language without templates falls back to English and says so.
 */
export function draftAppeal(input: DraftInput): Draft {
  const now = input.now ?? new Date();
  const fellBack = !templateSource(input.kind, input.language);
  const language = fellBack ? 'en' : input.language;
  const strings = stringsFor(language);
  const { context, notice } = input;
  const warnings: string[] = [];
  if (fellBack) warnings.push(strings.fallbackNote);
  if (!letterKindsFor(context.region, context.business).includes(input.kind)) {
    warnings.push(`The ${input.kind} letter relies on EU law, which does not apply to the region chosen for this case.`);
  }
  if (context.platform === 'pinterest' && input.kind === 'internal-complaint') {
    warnings.push('Pinterest allows one appeal per decision: make this one complete before you send it.');
  }

  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: context.timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: context.timeZone });
  const fmtDate = (iso?: string) => {
    if (!iso) return undefined;
    const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
    return Number.isNaN(t) ? undefined : dateFormat.format(t);
  };

  const noticeText = (notice.text ?? '').trim();
  if (!noticeText) warnings.push('The notice has no text: paste its words into the draft.');
  if (noticeText.length > MAX_QUOTE) warnings.push('The notice is very long: the letter quotes its beginning; the bundle keeps it whole.');
  const quoted = noticeText.length > MAX_QUOTE ? `${noticeText.slice(0, MAX_QUOTE)} […]` : noticeText;

  const decided = context.decisionDate ? Date.parse(context.decisionDate) : NaN;
  const seen = notice.seenAt ? Date.parse(notice.seenAt) : NaN;
  if (!Number.isNaN(decided) && !Number.isNaN(seen) && decided > seen + 86_400_000) {
    warnings.push('The decision date is after the day you saw the notice: check the dates before sending.');
  }
  if (!Number.isNaN(decided) && decided > now.getTime() + 86_400_000) warnings.push('The decision date lies in the future: check it.');

  const checklist = checkNotice(notice, context);
  const missing = checklist
    .filter((item) => item.status === 'missing')
    .map((item) => ({ label: strings.items[item.id], rule: item.citations.map(citeLabel).join(', ') }));

  const clock: CaseClock = { region: context.region, business: context.business, decisionDate: context.decisionDate, notifiedAt: context.notifiedAt ?? notice.seenAt };
  if (input.kind === 'gdpr-access') Object.assign(clock, { decisionDate: undefined, notifiedAt: undefined, gdprRequestSentAt: now.toISOString() });
  let deadlines: Deadline[] = [];
  try {
    deadlines = computeDeadlines(clock, context.timeZone);
  } catch {
    warnings.push('A date of the case could not be read: no deadlines were computed.');
  }

  const eu = context.region === 'eu';
  const requestKeys = ['clause', ...(checklist.find((c) => c.id === 'N4')?.status === 'missing' ? ['content'] : []), 'automation', 'restore', 'preserve'];
  const controller = controllers.controllers.find((c) => c.platform === context.platform && c.regions.includes(context.region));
  const ods = odsData.bodies.find((b) => b.id === context.odsBodyId) ?? odsBodiesFor(context.platform, language)[0];
  const data: Record<string, unknown> = {
    formal: input.tone === 'formal',
    eu,
    business: context.business,
    account: context.account,
    user: { name: context.userName },
    platform: { name: PLATFORM_NAMES[context.platform] || context.platform },
    decision: { name: strings.decisionNames[notice.kind] ?? strings.decisionNames.none, date: fmtDate(context.decisionDate) ?? strings.dateUnknown },
    notice: { text: quoted, seenAt: notice.seenAt ? dateTimeFormat.format(Date.parse(notice.seenAt)) : undefined, url: notice.url },
    missing,
    requests: requestKeys.map((k) => strings.requests[k]),
    evidence: (input.evidence ?? []).map((e) => ({ what: strings.evidenceKinds[e.kind] ?? e.kind, when: `${e.capturedAt.slice(0, 19).replace('T', ' ')} UTC`, hash: e.sha256 })),
    evidenceCount: input.evidence?.length ?? 0,
    inventory: input.inventory,
    deadlines: deadlines.map((d) => ({ label: strings.deadlines[d.id], date: fmtDate(d.due) })),
    rules: rulesFor(context),
    controller,
    ods,
    dsc: { name: context.dscName },
    disclaimer: strings.disclaimer,
  };
  const rendered = renderTemplate(templateSource(input.kind, language)!, data);
  const [first, ...rest] = rendered.text.split('\n');
  const subject = first!.replace(/^[^:]{2,12}:\s*/, '');
  const cited = new Set([...checklist.flatMap((c) => (c.status === 'missing' ? c.citations : [])), ...Object.values(rulesFor(context)).join(' ').match(/\S+/g) ?? []]);
  return {
    kind: input.kind,
    language,
    fellBack,
    subject,
    body: rest.join('\n').trim(),
    checklist,
    deadlines,
    unfilled: rendered.unfilled,
    warnings,
    citations: CITATIONS.filter((c) => cited.has(c.id) || rendered.text.includes(citeLabel(c.id))),
  };
}

/** ODS bodies that take this platform, those that work in the user's language first. */
export function odsBodiesFor(platform: string, language: string) {
  return odsData.bodies
    .filter((b) => b.platforms.includes(platform))
    .sort((a, b) => Number(b.languages.includes(language)) - Number(a.languages.includes(language)));
}
