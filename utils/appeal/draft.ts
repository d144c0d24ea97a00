import type { EvidenceKind } from '../db/schema';
import { computeDeadlines, type CaseClock, type Deadline } from '../cases/deadlines';
import {
  controllerFor,
  defaultOdsBody,
  dpaFor,
  dsaConfirmed,
  dscFor,
  odsBodiesForService,
  serviceOf,
  type OdsBody,
  type Service,
} from './addressees';
import { checkNotice, findingsOf, noticeSaysIllegal } from './checklist';
import { actName, cite, formatRef, listSeparator, spellOutFirstMentions } from './cite';
import { CITATIONS, type Citation } from './citations';
import { judgeWindow, readAppealWindow } from './appeal-window';
import { addDaysLocal, formatDate, formatDateTime } from './dates';
import { elideBeforeNames } from './elision';
import { mendUnnamedService } from './unnamed-service';
import { renderTemplate } from './engine';
import type { AppealContext, ChecklistResult, Finding, NoticeInput } from './types';
import { splitNoticeText } from '../viewer/notice-text';

export type LetterKind = 'internal-complaint' | 'ods-submission' | 'gdpr-access' | 'dsc-complaint' | 'p2b-business';
export const LETTER_KINDS: readonly LetterKind[] = ['internal-complaint', 'ods-submission', 'gdpr-access', 'dsc-complaint', 'p2b-business'];
export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja'] as const;

const STRINGS = import.meta.glob('./templates/*/strings.json', { import: 'default', eager: true }) as Record<string, Strings>;

interface Strings {
  services: Record<string, { name: string; content: string; item: string }>;
  items: Record<string, string>;
  letter: Record<string, string>;
  deadlines: Record<string, string>;
  outcomes: Record<string, string>;
  decisionNames: Record<string, string>;
  /** "suspended", "deactivated", "restricted": agreeing with the language's word for the account. */
  decisionParticiples: Record<string, string>;
  /** P2B letters: what the platform did, as a past participle after "you have". */
  p2bVerbs?: Record<'restricted' | 'suspended' | 'terminated', string>;
  evidenceKinds: Record<string, string>;
  disclaimer: string;
  dsc: string;
  dscNamed: string;
  dscNoCountry: string;
  odsGeneric: string;
  dataTeam: string;
  fallbackNote: string;
}

export function hasTemplates(language: string): boolean {
  return Boolean(STRINGS[`./templates/${language}/strings.json`]);
}
export function stringsFor(language: string): Strings {
  return STRINGS[`./templates/${language}/strings.json`] ?? STRINGS['./templates/en/strings.json']!;
}

/** The letters that make sense where the user lives: EU instruments only in the EU (GDPR also in the UK). */
export function letterKindsFor(region: AppealContext['region'], business: boolean, country?: string): LetterKind[] {
  if (region === 'eu') {
    const dsa = dsaConfirmed(country);
    return LETTER_KINDS.filter((k) => (k !== 'p2b-business' || business) && (dsa || (k !== 'dsc-complaint' && k !== 'ods-submission')));
  }
  if (region === 'uk') return ['internal-complaint', 'gdpr-access'];
  return ['internal-complaint'];
}

/** The user's side of the case, in their own words: kept apart from what is generated. */
export interface UserSide {
  /** What happened. */
  facts: string;
  /** Why the content or account complies with the rule named. */
  why: string;
  asks: { restore: boolean; reasons: boolean; human: boolean };
  /** The internal complaint already made, for the ODS and DSC letters. */
  complaint?: { date?: string; outcome?: 'pending' | 'rejected' | 'noReasons' | 'partial' };
}

export const EMPTY_USER_SIDE: UserSide = { facts: '', why: '', asks: { restore: true, reasons: true, human: true } };

/** What must be filled before the letter may be copied or printed. */
export function userSideProblems(side: UserSide | undefined): ('facts' | 'why' | 'asks')[] {
  const out: ('facts' | 'why' | 'asks')[] = [];
  if (!side?.facts.trim()) out.push('facts');
  if (!side?.why.trim()) out.push('why');
  if (!side || !(side.asks.restore || side.asks.reasons || side.asks.human)) out.push('asks');
  return out;
}

export interface DraftInput {
  kind: LetterKind;
  language: string;
  tone: 'concise' | 'formal';
  notice: NoticeInput & { url?: string };
  context: AppealContext & {
    account?: string;
    userName?: string;
    timeZone: string;
    odsBodyId?: string;
    /** ISO 3166 code of the country where the user lives. */
    country?: string;
    /** Facebook, Instagram or Threads for a Meta case. */
    service?: Service;
    /** Printed as "Evidence key: …" when the bundle key exists. */
    evidenceKey?: string;
    /** @deprecated the DSC now comes from utils/appeal/data/dsc.json by country. */
    dscName?: string;
  };
  user?: UserSide;
  /**
   * The checklist, when the caller checked the notice itself (`checkNotice` with the same notice and context), or
   * 'checking' while it still does: the letter is drafted without what the notice leaves out, a `checking` section
   * standing where that goes. Absent: checked here.
   */
  checklist?: ChecklistResult[] | 'checking';
  evidence?: { kind: EvidenceKind; capturedAt: string; sha256: string }[];
  inventory?: { boards: number; pins: number };
  now?: Date;
}

/** A note for the user: a key in public/_locales/en/messages.json, with its substitutions. */
export interface Warning {
  key: string;
  subs: string[];
}

export interface Section {
  id: string;
  text: string;
}

export interface Draft {
  kind: LetterKind;
  language: string;
  /** No template in the asked language: drafted in English. */
  fellBack: boolean;
  subject: string;
  /** The letter in parts, so an editor can keep what the user changed. */
  sections: Section[];
  body: string;
  checklist: ChecklistResult[];
  /** The checklist is still being read (`DraftInput.checklist` 'checking'): `checklist` is empty, the letter not final. */
  checking: boolean;
  findings: Finding[];
  deadlines: Deadline[];
  /** Variables the draft could not fill: they show as [name] in the text. */
  unfilled: string[];
  /** For the user, not the letter: what to know before sending (message keys of public/_locales). */
  warnings: Warning[];
  /** Every rule the draft cites, to list and link beside it. */
  citations: Citation[];
  /** The ODS bodies for this service, as the editor should offer them. */
  odsBodies: OdsBody[];
  /** The user's side is not complete: copying and printing wait for it. */
  needsUserSide: ('facts' | 'why' | 'asks')[];
}

const MAX_QUOTE = 4_000;
/** The section that stands where what the notice leaves out goes, while the notice is checked (no text). */
export const CHECKING_SECTION = 'checking';

/**
 * Some items read differently for content, outside the EU (no ODS, no trusted
 * flaggers there), and in letters to a third party (an ODS body or a DSC is not
 * "you": the provider's initiative, the provider's terms).
 */
function labelKey(id: string, isContent: boolean, eu: boolean, third = false, termination = false, restricted = false): string {
  if (id === 'N1' && isContent) return 'N1_content';
  // A restricted account is neither suspended nor terminated: what is missing is what the restriction consists of.
  if (id === 'N1' && restricted) return 'N1_restricted';
  if (id === 'N13' && termination) return 'N13_termination';
  if (!eu && (id === 'N10' || id === 'N6')) return `${id}_other`;
  // An account decision is about the account, a content decision about the content: never "my content" for a ban.
  if (id === 'N9') return `N9${third ? '_third' : ''}${isContent ? '' : '_account'}`;
  if (third && id === 'N6') return `${id}_third`;
  return id;
}

/**
 * P2B Art. 4(1) covers restriction and suspension (reasons prior to or at the
 * time it takes effect), Art. 4(2) termination (30 days before): an item cites
 * the one that fits the case's kind, never both.
 */
function p2bCitationsFor(citations: string[], termination: boolean): string[] {
  const swapped = citations.map((id) => (termination && id === 'p2b4_1' ? 'p2b4_2' : !termination && id === 'p2b4_2' ? 'p2b4_1' : id));
  return [...new Set(swapped)];
}

/**
 * A permanent end of the account: P2B Art. 4(2) rather than 4(1). Pinterest's
 * "deactivated" is its word for a ban; other notices say "permanently".
 */
const TERMINATION = /terminat|permanent|will not be restored|won't be restored|dauerhaft|endgültig|définitiv|definitiv|definitief|永久|無期限/i;

/**
 * Items that cite the same provision for the same point are merged into one,
 * so a letter never lists Art. 17(3)(f) DSA twice (redress, and the time limit
 * for it). The point is the item's first citation: N1–N3 (17(3)(a)), N5–N6
 * (17(3)(b)), N4 and N11 (17(4)), N10 and N14 (17(3)(f)).
 */
export function mergeSamePoint<T extends { id: string; cites: string[] }>(rows: T[]): { ids: string[]; cites: string[] }[] {
  const out: { ids: string[]; cites: string[] }[] = [];
  const byPoint = new Map<string, { ids: string[]; cites: string[] }>();
  for (const row of rows) {
    const point = row.cites[0];
    const group = point ? byPoint.get(point) : undefined;
    if (group) {
      group.ids.push(row.id);
      for (const c of row.cites) if (!group.cites.includes(c)) group.cites.push(c);
      continue;
    }
    const fresh = { ids: [row.id], cites: [...row.cites] };
    out.push(fresh);
    if (point) byPoint.set(point, fresh);
  }
  return out;
}
const REPLY_DAYS = 14;
/**
 * Copyright and trademark claims: illegal content under the DSA. Under the UK Online Safety Act they are
 * reported to fall outside "illegal content" (s. 59(10)(a)); that was not confirmed in a primary source, so
 * the letter conservatively does not invoke the OSA complaints duty for them and never cites s. 59.
 */
const IP_GROUND = /copyright|trade ?mark|intellectual property|counterfeit|urheberrecht|markenrecht|droit d'auteur|derechos? de autor|diritto d'autore|auteursrecht|direitos? de autor|著作権|商標/i;
const OTHER_ILLEGAL = /\billegal\b|unlawful|criminal|terror|child (?:sexual|abuse)|rechtswidrig|illégal|ilegal|illegale|illecit|違法/i;
/** Citation ids of principles that are no law (utils/appeal/data/citations.json). */
const NON_BINDING = /^scp_/;
/** Sections that carry the notice's or the user's own words: never rewritten after rendering. */
const QUOTING_SECTIONS = new Set(['notice_own', 'notice_third', 'facts', 'facts_context', 'why', 'why_third']);

/** Every citation id, formatted for the language (plus Art. 15(3) GDPR, which has no row of its own). */
const CITE_MAPS = new Map<string, Record<string, string>>();
function citeMap(language: string, uk: boolean): Record<string, string> {
  const key = `${language}|${uk}`;
  const cached = CITE_MAPS.get(key);
  if (cached) return cached;
  const map: Record<string, string> = {};
  CITE_MAPS.set(key, map);
  for (const c of CITATIONS) map[c.id] = cite(c.id, language, { uk });
  map.gdpr15_3 = formatRef({ act: 'GDPR', art: '15', par: ['3'] }, language, { uk });
  map.p2b4_4c = formatRef({ act: 'P2B', art: '4', par: ['4'], pt: 'c' }, language);
  return map;
}

/** The paragraph that answers what the notice says about the time to appeal (see appeal-window.ts). */
const WINDOW_KEYS = { length: 'finding_window', cutoff: 'finding_window_cutoff', remaining: 'finding_window_remaining', confirm: 'finding_window_confirm' } as const;
type WindowKey = keyof typeof WINDOW_KEYS;

function sectionsFor(kind: LetterKind, d: { hasEvidence: boolean; eu: boolean; uk: boolean; business: boolean; illegal: boolean; ipOnly: boolean; findings: Finding[]; window?: WindowKey; hasMissing: boolean; hasUser: { facts: boolean; why: boolean }; complaint: boolean; hasReplyBy: boolean }): string[] {
  const find = (id: Finding['id']) => d.findings.some((f) => f.id === id);
  const third = kind === 'ods-submission' || kind === 'dsc-complaint';
  const evidence = d.hasEvidence ? ['evidence'] : [];
  const findings = [
    ...(d.eu && d.window ? (third ? (d.window === 'confirm' ? [] : [`${WINDOW_KEYS[d.window]}_third`]) : [WINDOW_KEYS[d.window]]) : []),
    ...(d.eu && find('spam-ground') ? [third ? 'finding_spam_third' : 'finding_spam'] : []),
  ];
  const user = [...(d.hasUser.facts ? ['facts'] : []), ...(d.hasUser.why ? [third ? 'why_third' : 'why'] : [])];
  const hook = d.eu ? ['hook_eu'] : d.uk && d.illegal && !d.ipOnly ? ['hook_other', 'hook_uk_illegal'] : ['hook_other'];
  // UK GDPR Arts 22A–22C (as substituted by the Data (Use and Access) Act 2025) replace Art. 22 for UK users.
  const art22 = d.uk ? 'review_art22_uk' : 'review_art22';
  const review = d.eu ? ['review_eu', art22] : d.uk ? [art22] : [];
  const replyBy = d.hasReplyBy ? [d.eu ? 'reply_by_eu' : 'reply_by_other'] : [];
  switch (kind) {
    case 'internal-complaint':
      return ['greeting_platform', 'opening_internal', 'notice_own', ...user, ...hook, ...(d.business && d.eu ? ['hook_p2b'] : []), ...(d.hasMissing ? ['missing_own'] : []), ...findings, ...(d.eu && d.business && find('repeated-violations') ? ['finding_repeated'] : []), 'asks', ...review, ...evidence, ...replyBy, d.eu ? 'reservation_eu' : 'reservation_other', 'closing', 'disclaimer'];
    case 'ods-submission':
      return ['to', 'greeting_body', 'opening_ods', d.complaint ? 'complaint_filed' : 'complaint_none', 'notice_third', ...user, ...(d.hasMissing ? ['missing_third'] : []), ...findings, 'ask_ods', 'ods_rules', ...evidence, 'reply_by_body', 'reservation_court', 'closing', 'disclaimer'];
    case 'gdpr-access':
      return ['to', 'greeting_dpo', 'opening_gdpr', 'gdpr_items', ...(d.eu || d.uk ? [art22] : []), 'notice_own', ...(d.hasUser.facts ? ['facts_context'] : []), 'gdpr_reply', d.uk ? 'gdpr_77_uk' : 'gdpr_77', 'closing', 'disclaimer'];
    case 'dsc-complaint':
      return ['to', 'greeting_body', 'opening_dsc', 'residence', ...(d.complaint ? ['complaint_filed'] : []), 'notice_third', ...user, ...(d.hasMissing ? ['missing_third'] : []), ...findings, 'ask_dsc', ...evidence, 'reply_by_body', 'closing', 'disclaimer'];
    case 'p2b-business':
      return ['greeting_platform', 'opening_p2b', 'notice_own', ...user, 'hook_p2b', ...(d.hasMissing ? ['missing_own'] : []), ...(find('repeated-violations') ? ['finding_repeated'] : []), ...findings, 'asks', ...evidence, ...(d.hasReplyBy ? ['reply_by_p2b'] : []), 'reservation_court', 'closing', 'disclaimer'];
  }
}

/**
 * Drafts one letter from a notice and the user's side. Pure: everything it
 * needs comes in, the letter in sections and what it could not fill come out.
 * Unknown facts (a date, an unconfirmed addressee) are left out of the text,
 * never guessed; a language without templates falls back to English and says so.
 */
export function draftAppeal(input: DraftInput): Draft {
  const now = input.now ?? new Date();
  const fellBack = !hasTemplates(input.language);
  const language = fellBack ? 'en' : input.language;
  const strings = stringsFor(language);
  const { context, notice } = input;
  const warnings: Warning[] = [];
  const warn = (key: string, subs: string[] = []) => warnings.push({ key, subs });
  if (fellBack) warn('appealWarn_fallback');
  if (!letterKindsFor(context.region, context.business, context.country).includes(input.kind)) {
    warn(context.region === 'eu' && !dsaConfirmed(context.country) ? 'appealWarn_dsaUnconfirmed' : 'appealWarn_kindNotForRegion');
  }
  const service = context.service ?? serviceOf(context.platform, `${notice.url ?? ''} ${notice.text ?? ''}`);
  if (service === 'pinterest' && input.kind === 'internal-complaint') warn('appealWarn_pinterestOnce');

  const tz = context.timeZone;
  const noticeText = (notice.text ?? '').trim();
  if (!noticeText) warn('appealWarn_noText');
  if (noticeText.length > MAX_QUOTE) warn('appealWarn_long');
  // The same words, with the notice's heading on its own line: "Account suspended Your account has…" reads as one garbled sentence.
  const split = splitNoticeText(noticeText);
  const lined = split.heading ? `${split.heading}\n${split.body}` : noticeText;
  const quoted = lined.length > MAX_QUOTE ? `${lined.slice(0, MAX_QUOTE)} […]` : lined;

  const decided = context.decisionDate ? Date.parse(context.decisionDate) : NaN;
  const seen = notice.seenAt ? Date.parse(notice.seenAt) : NaN;
  if (!Number.isNaN(decided) && !Number.isNaN(seen) && decided > seen + 86_400_000) warn('appealWarn_dateAfterSeen');
  if (!Number.isNaN(decided) && decided > now.getTime() + 86_400_000) warn('appealWarn_dateFuture');

  const eu = context.region === 'eu';
  const uk = context.region === 'uk';
  const cites = citeMap(language, uk);
  const checking = input.checklist === 'checking';
  const checklist = input.checklist === 'checking' ? [] : (input.checklist ?? checkNotice(notice, context));
  const isContent = notice.kind === 'content_removed';
  const isRestricted = notice.kind === 'account_restricted';
  const termination = !isContent && (notice.kind === 'account_deactivated' || TERMINATION.test(noticeText));
  // The checklist reads the window without dates; here the decision date can tell whether
  // "30 days remaining" closes the route before six months have passed (appeal-window.ts).
  const judged = judgeWindow(readAppealWindow(noticeText), { start: context.decisionDate ?? context.notifiedAt, seenAt: notice.seenAt });
  const rawFindings = findingsOf(notice);
  const findings: Finding[] = rawFindings.filter((f) => f.id !== 'short-appeal-window');
  let windowKey: WindowKey | undefined;
  if (judged?.short === true) {
    windowKey = judged.reading.sense;
    findings.push({ id: 'short-appeal-window', days: judged.reading.days, sense: judged.reading.sense, ...(judged.reading.endsOn ? { endsOn: judged.reading.endsOn } : {}) });
  } else if (judged?.short === 'unknown') {
    windowKey = 'confirm';
  }
  const illegal = checking ? noticeSaysIllegal(notice) : checklist.find((c) => c.id === 'N8')?.status !== 'not applicable';
  const missingIds = new Set(checklist.filter((item) => item.status === 'missing').map((item) => item.id));
  const third = input.kind === 'ods-submission' || input.kind === 'dsc-complaint';
  const missingRows = checklist
    .filter((item) => item.status === 'missing')
    // Outside the EU "how to appeal and within what time" (N10) already says what N14 would say again.
    .filter((item) => eu || item.id !== 'N14' || !missingIds.has('N10'))
    // The Santa Clara Principles guide the checklist but bind no one: a letter cites only law.
    .map((item) => ({ id: item.id, cites: p2bCitationsFor(item.citations, termination).filter((id) => !NON_BINDING.test(id)) }));
  const itemJoin = language === 'ja' ? '／' : listSeparator(language);
  const missing = mergeSamePoint(missingRows).map((group) => ({
    label: (group.ids.length > 1 ? strings.items[group.ids.join('+')] : undefined) ?? group.ids.map((id) => strings.items[labelKey(id, isContent, eu, third, termination, isRestricted)] ?? strings.items[id]).join(itemJoin),
    rule: group.cites.map((id) => cites[id] ?? id).join(listSeparator(language)),
  }));

  const clock: CaseClock = { region: context.region, business: context.business, decisionDate: context.decisionDate, notifiedAt: context.notifiedAt ?? notice.seenAt };
  if (input.kind === 'gdpr-access') Object.assign(clock, { decisionDate: undefined, notifiedAt: undefined, gdprRequestSentAt: now.toISOString() });
  let deadlines: Deadline[] = [];
  try {
    deadlines = computeDeadlines(clock, tz);
  } catch {
    warn('appealWarn_badDate');
  }
  const odsBodies = odsBodiesForService(service, language);
  const chosenOds = odsBodies.find((b) => b.id === context.odsBodyId) ?? defaultOdsBody(service, language);
  // Appeals Centre Europe's six-month rule is its own, not every body's: shown only with that body chosen.
  deadlines = deadlines.filter((d) => d.id !== 'ods-eligibility' || (input.kind === 'ods-submission' && chosenOds?.sixMonthRule));

  const user = input.user;
  const needsUserSide = (() => {
    const problems: ('facts' | 'why' | 'asks')[] = [];
    if (!user?.facts.trim()) problems.push('facts');
    if (input.kind !== 'gdpr-access' && !user?.why.trim()) problems.push('why');
    if (input.kind === 'internal-complaint' || input.kind === 'p2b-business') if (!user || !(user.asks.restore || user.asks.reasons || user.asks.human)) problems.push('asks');
    return problems;
  })();
  if (needsUserSide.length) warn('appealWarn_userSide');

  const services = strings.services[service] ?? strings.services.other!;
  const country = context.country ? countryName(context.country, language) : undefined;

  // The addressee of letters that do not go to the platform: never a placeholder.
  let to: string | undefined;
  let dpa: string | undefined;
  if (input.kind === 'ods-submission') {
    to = chosenOds ? chosenOds.name : strings.odsGeneric;
    if (!chosenOds) warn('appealWarn_noOds');
    else if (chosenOds.coverage !== 'confirmed') warn('appealWarn_odsUnconfirmed', [chosenOds.name, services.name]);
  } else if (input.kind === 'dsc-complaint') {
    const dsc = dscFor(context.country);
    // A Belgian coordinator is addressed by its French name in a French letter and its Dutch name in a Dutch one.
    const dscName = dsc?.names?.[language] ?? dsc?.name;
    const label = dsc?.status === 'confirmed' && dscName ? renderTemplate(strings.dscNamed, { name: dscName, country }).text : undefined;
    // A postal address and an e-mail address go in only when read on the coordinator's own site.
    const postal = dsc?.addressStatus === 'confirmed' && dsc.address ? `, ${dsc.address}` : '';
    const email = dsc?.complaintEmail ? ` <${dsc.complaintEmail}>` : '';
    to = label ? `${label}${postal}${email}` : country ? renderTemplate(strings.dsc, { country }).text : strings.dscNoCountry;
    if (!context.country) warn('appealWarn_chooseCountry');
    else if (!label) warn('appealWarn_dscUnconfirmed');
    if (dsc && !dsc.complaintsAccepted) warn('appealWarn_dscNoComplaints', [dsc.name]);
  } else if (input.kind === 'gdpr-access') {
    const controller = controllerFor(service, context.region, context.country);
    const name = controller?.status === 'confirmed' || controller?.status === 'reported' ? controller.name : '';
    to = name ? `${name}${controller!.addressStatus === 'confirmed' && controller!.address ? `, ${controller!.address}` : ''}` : renderTemplate(strings.dataTeam, { platform: services.name }).text;
    if (controller?.status === 'reported') warn('appealWarn_controllerReported', [controller.name, services.name]);
    if (controller?.channel) warn('appealWarn_channel', [controller.channel]);
    const authority = dpaFor(context.country ?? (uk ? 'GB' : undefined));
    dpa = authority?.status === 'confirmed' ? `${authority.name}${authority.addressStatus === 'confirmed' && authority.address ? `, ${authority.address}` : ''}` : undefined;
  }

  // Outside the US an English letter writes "2 May 2025", not the American "May 2, 2025".
  const dateLanguage = language === 'en' && context.region !== 'us' ? 'en-GB' : language;
  const replyBy = input.kind === 'internal-complaint' || input.kind === 'p2b-business' ? formatDate(addDaysLocal(now, REPLY_DAYS, tz), dateLanguage, tz) : input.kind === 'gdpr-access' ? formatDate(deadlines.find((d) => d.id === 'gdpr-reply')?.dueDate, dateLanguage, tz) : undefined;

  const data: Record<string, unknown> = {
    formal: input.tone === 'formal',
    eu,
    business: context.business,
    isContent,
    isRestricted,
    // Art. 20(1) DSA is cited to a coordinator only where the notice itself cuts the complaint period below six months.
    windowShort: eu && windowKey !== undefined && windowKey !== 'confirm',
    illegalGround: illegal,
    account: context.account,
    platform: services.name,
    content: services.content,
    country,
    to,
    dpa,
    user: { name: context.userName, facts: user?.facts.trim(), why: user?.why.trim() },
    decision: {
      name: strings.decisionNames[notice.kind] ?? strings.decisionNames.none,
      participle: strings.decisionParticiples[notice.kind] ?? strings.decisionParticiples.none,
      date: formatDate(context.decisionDate, dateLanguage, tz),
    },
    notice: { text: quoted, seenAt: formatDateTime(notice.seenAt, dateLanguage, tz), url: notice.url },
    missing,
    hasMissing: missing.length > 0,
    // Only an item the law requires (one with a citation) supports "the statement of reasons did not meet Art. 17(1)"
    // or "without this I cannot exercise my right of redress": a missing reference number alone does not.
    missingRequired: missing.some((m) => m.rule !== ''),
    findings: {
      window: judged?.reading.days ?? findings.find((f): f is Extract<Finding, { id: 'short-appeal-window' }> => f.id === 'short-appeal-window')?.days,
      endsOn: formatDate(judged?.reading.endsOn, dateLanguage, 'UTC'),
    },
    p2b: { termination, verb: strings.p2bVerbs?.[termination ? 'terminated' : notice.kind === 'account_suspended' ? 'suspended' : 'restricted'] },
    complaint: user?.complaint
      ? { date: formatDate(user.complaint.date, dateLanguage, tz), outcome: strings.outcomes[user.complaint.outcome ?? 'pending'] }
      : undefined,
    evidence: (input.evidence ?? []).map((e) => ({ what: strings.evidenceKinds[e.kind] ?? e.kind, when: `${e.capturedAt.slice(0, 19).replace('T', ' ')} UTC`, hash: e.sha256 })),
    evidenceCount: input.evidence?.length ?? 0,
    evidenceKey: context.evidenceKey,
    inventory: service === 'pinterest' ? input.inventory : undefined,
    replyBy,
    cite: cites,
    act: { p2b: actName('P2B', language), gdpr: actName('GDPR', language, uk) },
  };

  const asks = user?.asks ?? EMPTY_USER_SIDE.asks;
  const askLines = [
    // A restriction is lifted, not restored: the account and its content were never taken away.
    ...(asks.restore ? [isContent ? 'ask_restore_content' : isRestricted ? 'ask_lift_restriction' : 'ask_restore_account'] : []),
    ...(asks.reasons ? ['ask_reasons'] : []),
    ...(asks.human ? ['ask_human'] : []),
    'ask_preserve',
  ];
  const L = strings.letter;
  const unfilled = new Set<string>();
  const render = (source: string) => {
    const r = renderTemplate(source, data);
    r.unfilled.forEach((u) => unfilled.add(u));
    return r.text;
  };
  const ids = sectionsFor(input.kind, {
    // The key alone is no record: "I have kept a record of the notice" over a notice only pasted, with nothing saved, would be untrue.
    hasEvidence: Boolean(input.evidence?.length || data.inventory),
    eu,
    uk,
    business: context.business,
    illegal,
    ipOnly: IP_GROUND.test(noticeText) && !OTHER_ILLEGAL.test(noticeText),
    findings,
    window: windowKey,
    // While checking, the place of what the notice leaves out is kept (a `checking` section), whatever it turns out to hold.
    hasMissing: checking || missing.length > 0,
    hasUser: { facts: Boolean(user?.facts.trim()), why: Boolean(user?.why.trim()) },
    complaint: Boolean(user?.complaint && (user.complaint.date || user.complaint.outcome)),
    hasReplyBy: Boolean(replyBy),
  });
  const sections: Section[] = ids
    .map((id) => {
    if (id === 'disclaimer') return { id, text: strings.disclaimer };
    if (checking && (id === 'missing_own' || id === 'missing_third')) return { id: CHECKING_SECTION, text: '' };
    if (id === 'asks') return { id, text: [render(L.asks_intro!), ...askLines.map((k) => `- ${render(L[k]!)}`)].join('\n') };
    if (id === 'closing') return { id, text: render(L.closing!).trim() };
    const source = L[id];
    if (source === undefined) throw new Error(`No text "${id}" in the ${language} letter strings`);
    return { id, text: render(source) };
  })
    .filter((s) => s.id === CHECKING_SECTION || s.text.trim() !== '');
  const subjectKey = { 'internal-complaint': 'subject_internal', 'ods-submission': 'subject_ods', 'gdpr-access': 'subject_gdpr', 'dsc-complaint': 'subject_dsc', 'p2b-business': 'subject_p2b' }[input.kind];
  const rawSubject = render(L[subjectKey]!);
  if (!context.userName) warn('appealWarn_name');

  // Which rules are cited is read before acts are spelled out in full (the short forms are what citeMap holds).
  const citedText = `${rawSubject}\n${sections.map((s) => s.text).join('\n\n')}`;
  // A subject line stays short: only Japanese spells the act out there (its readers expect 「…法（DSA）」 in a title).
  const mended = (text: string) => (service === 'other' || !strings.services[service] ? mendUnnamedService(text, language, services.name, context.account) : text);
  const elided = (text: string) => mended(language === 'fr' ? elideBeforeNames(text, [services.name, ...odsBodies.map((b) => b.name)]) : text);
  const subject = elided(language === 'ja' ? spellOutFirstMentions([rawSubject], language)[0]! : rawSubject);
  // A quoting section's first line is ours ("La notification de {{platform}} … :"); the quoted words follow it, untouched.
  const elidedFirstLine = (text: string) => { const cut = text.indexOf('\n'); return cut < 0 ? text : elided(text.slice(0, cut)) + text.slice(cut); };
  const spelled = spellOutFirstMentions(sections.map((s) => (QUOTING_SECTIONS.has(s.id) ? null : elided(s.text))), language);
  sections.forEach((s, i) => (s.text = spelled[i] ?? elidedFirstLine(s.text)));
  const body = sections.map((s) => s.text).join('\n\n');
  return {
    kind: input.kind,
    language,
    fellBack,
    subject,
    sections,
    body,
    checklist,
    checking,
    findings,
    deadlines,
    unfilled: [...unfilled],
    warnings,
    citations: CITATIONS.filter((c) => citedText.includes(cites[c.id]!)),
    odsBodies,
    needsUserSide,
  };
}

const REGION_NAMES = new Map<string, Intl.DisplayNames>();
/** "Deutschland", "Allemagne": the country as the letter's language names it. */
export function countryName(code: string, language: string): string {
  let names = REGION_NAMES.get(language);
  if (!names) REGION_NAMES.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  return names.of(code) ?? code;
}

/** ODS bodies that mention the platform or service, confirmed coverage first, then the user's language. */
export function odsBodiesFor(platform: string, language: string): OdsBody[] {
  return odsBodiesForService(platform as Service, language);
}
