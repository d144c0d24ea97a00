import { citation } from './citations';

/**
 * Citations in each language's own legal style. A letter in German that
 * reads "DSA Art. 17(3)(a)" looks pasted from English; a caseworker expects
 * "Art. 17 Abs. 3 lit. a DSA", a French one "l'article 17, paragraphe 3,
 * point a), du DSA". The regulation's name follows the language too
 * (DSGVO, RGPD, AVG), and the subject line uses the same name as the body.
 */
export type Act = 'DSA' | 'GDPR' | 'P2B' | 'OSA' | 'ITR';
export interface Ref {
  act: Act | string;
  art: string;
  /** Paragraphs; several mean "paragraphs 1 and 3". */
  par?: string[];
  /** Point (letter) within the paragraph. */
  pt?: string;
}

const ACT_NAMES: Record<string, Partial<Record<Act, string>>> = {
  en: { DSA: 'DSA', GDPR: 'GDPR', P2B: 'P2B Regulation', OSA: 'Online Safety Act 2023', ITR: 'IT Rules 2021' },
  de: { DSA: 'DSA', GDPR: 'DSGVO', P2B: 'P2B-VO' },
  fr: { DSA: 'DSA', GDPR: 'RGPD', P2B: 'règlement P2B' },
  es: { DSA: 'DSA', GDPR: 'RGPD', P2B: 'Reglamento P2B' },
  it: { DSA: 'DSA', GDPR: 'GDPR', P2B: 'regolamento P2B' },
  nl: { DSA: 'DSA', GDPR: 'AVG', P2B: 'P2B-verordening' },
  pt: { DSA: 'DSA', GDPR: 'RGPD', P2B: 'Regulamento P2B' },
  ja: { DSA: 'DSA', GDPR: 'GDPR', P2B: 'P2B規則', OSA: '英国オンライン安全法2023', ITR: 'インドIT規則2021' },
};

/**
 * Japanese legal writing names an EU act in full with its abbreviation at
 * first mention (「デジタルサービス法（DSA）第17条第3項(a)」) and by the
 * abbreviation after that; see spellOutFirstMentions.
 */
/**
 * An abbreviation is spelled out unless it already stands in its own
 * parentheses after the full name ("…法（DSA）"); one that opens a
 * parenthesised citation ("（DSA第17条第4項）") is a first mention like any other.
 */
const abbreviation = (name: string, notAfter = '') => new RegExp(`(?<![A-Za-z${notAfter}])(?:(?<!（)${name}(?![A-Za-z])|(?<=（)${name}(?![）A-Za-z]))`);
const JA_FULL: { short: RegExp; full: string }[] = [
  { short: abbreviation('DSA'), full: 'デジタルサービス法（DSA）' },
  { short: abbreviation('GDPR', ' '), full: '一般データ保護規則（GDPR）' },
  { short: abbreviation('UK GDPR'), full: '英国一般データ保護規則（UK GDPR）' },
  { short: /P2B規則(?!（)/, full: 'P2B規則（規則(EU) 2019/1150）' },
];

/**
 * The other languages write the act's name in full once, then its abbreviation: a French lawyer reads
 * "du DSA" in a letter as a loanword unless "règlement sur les services numériques (DSA)" came first.
 * Each entry matches the abbreviation as formatRef writes it after an article (never one already in
 * parentheses after its full name, never "UK GDPR"); Dutch adds "van de", which its citations omit.
 */
const NOT_SPELLED = (name: string) => new RegExp(`(?<![\\p{L}(]|UK )${name}(?![\\p{L})])`, 'u');
const DUTCH_AFTER_ARTICLE = (name: string) => new RegExp(`(?<=(?:\\d|onder [a-z]),? )${name}(?![\\p{L})])`, 'u');
const FULL_NAMES: Record<string, { short: RegExp; full: string }[]> = {
  ja: JA_FULL,
  fr: [
    { short: NOT_SPELLED('DSA'), full: 'règlement sur les services numériques (DSA)' },
    { short: NOT_SPELLED('RGPD'), full: 'règlement général sur la protection des données (RGPD)' },
    { short: /règlement P2B(?! \()/, full: 'règlement P2B (règlement (UE) 2019/1150)' },
  ],
  es: [
    { short: NOT_SPELLED('DSA'), full: 'Reglamento de Servicios Digitales (DSA)' },
    { short: NOT_SPELLED('RGPD'), full: 'Reglamento General de Protección de Datos (RGPD)' },
    { short: /Reglamento P2B(?! \()/, full: 'Reglamento P2B (Reglamento (UE) 2019/1150)' },
  ],
  it: [
    { short: NOT_SPELLED('DSA'), full: 'regolamento sui servizi digitali (DSA)' },
    { short: NOT_SPELLED('GDPR'), full: 'regolamento generale sulla protezione dei dati (GDPR)' },
    { short: /regolamento P2B(?! \()/, full: 'regolamento P2B (regolamento (UE) 2019/1150)' },
  ],
  pt: [
    { short: NOT_SPELLED('DSA'), full: 'Regulamento dos Serviços Digitais (DSA)' },
    { short: NOT_SPELLED('RGPD'), full: 'Regulamento Geral sobre a Proteção de Dados (RGPD)' },
    { short: /Regulamento P2B(?! \()/, full: 'Regulamento P2B (Regulamento (UE) 2019/1150)' },
  ],
  nl: [
    { short: DUTCH_AFTER_ARTICLE('DSA'), full: 'van de digitaledienstenverordening (DSA)' },
    { short: DUTCH_AFTER_ARTICLE('AVG'), full: 'van de Algemene verordening gegevensbescherming (AVG)' },
    { short: DUTCH_AFTER_ARTICLE('P2B-verordening'), full: 'van de P2B-verordening (Verordening (EU) 2019/1150)' },
  ],
};

/**
 * Spells out each act in full at its first mention across the given texts, in
 * order (Japanese, French, Spanish, Italian, Portuguese and Dutch; English and
 * German letters are returned unchanged, their readers know "DSA" and "DSGVO").
 * Texts that hold the user's or the platform's own words are passed as null and
 * skipped, so a quotation is never altered.
 */
export function spellOutFirstMentions(texts: (string | null)[], language: string): (string | null)[] {
  const acts = FULL_NAMES[language];
  if (!acts) return texts;
  const done = new Set<string>();
  return texts.map((text) => {
    if (text === null) return text;
    let out = text;
    for (const act of acts) {
      if (done.has(act.full) || !act.short.test(out)) continue;
      out = out.replace(act.short, act.full);
      done.add(act.full);
    }
    return out;
  });
}

/** The short name of a regulation in a language ("DSGVO" in German). UK letters say "UK GDPR". */
export function actName(act: Act | string, language: string, uk = false): string {
  // The UK GDPR is its own text (Arts 22A–22D exist only there): never "DSGVO" or "RGPD" in a UK letter.
  if (act === 'GDPR' && uk) return 'UK GDPR';
  return ACT_NAMES[language]?.[act as Act] ?? ACT_NAMES.en![act as Act] ?? act;
}

function list(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "of the act" in the Romance languages: du/del/do + the act's short name (all masculine here). */
function ofAct(language: string, name: string): string {
  return ({ fr: 'du', es: 'del', it: 'del', pt: 'do' } as Record<string, string>)[language] + ' ' + name;
}

/**
 * One reference in the language's style, without a leading article:
 * en "Art. 17(3)(a) DSA", de "Art. 17 Abs. 3 lit. a DSA",
 * fr "article 17, paragraphe 3, point a), du DSA",
 * es "artículo 17, apartado 3, letra a), del DSA",
 * it "articolo 17, paragrafo 3, lettera a), del DSA",
 * nl "artikel 17, lid 3, onder a, DSA",
 * pt "artigo 17.º, n.º 3, alínea a), do DSA",
 * ja "DSA第17条第3項(a)" (spellOutFirstMentions adds the full name at first mention).
 */
export function formatRef(ref: Ref, language: string, options: { uk?: boolean } = {}): string {
  const name = actName(ref.act, language, options.uk);
  const par = ref.par ?? [];
  const pt = ref.pt;
  switch (language) {
    case 'de':
      return `Art. ${ref.art}${par.length ? ` Abs. ${list(par, 'und')}` : ''}${pt ? ` lit. ${pt}` : ''} ${name}`;
    case 'fr': {
      const parts = [`article ${ref.art}`, ...(par.length ? [`paragraphe${par.length > 1 ? 's' : ''} ${list(par, 'et')}`] : []), ...(pt ? [`point ${pt})`] : [])];
      return parts.length > 1 ? `${parts.join(', ')}, ${ofAct('fr', name)}` : `${parts[0]} ${ofAct('fr', name)}`;
    }
    case 'es': {
      const parts = [`artículo ${ref.art}`, ...(par.length ? [`apartado${par.length > 1 ? 's' : ''} ${list(par, 'y')}`] : []), ...(pt ? [`letra ${pt})`] : [])];
      return parts.length > 1 ? `${parts.join(', ')}, ${ofAct('es', name)}` : `${parts[0]} ${ofAct('es', name)}`;
    }
    case 'it': {
      const parts = [`articolo ${ref.art}`, ...(par.length ? [`paragraf${par.length > 1 ? 'i' : 'o'} ${list(par, 'e')}`] : []), ...(pt ? [`lettera ${pt})`] : [])];
      return parts.length > 1 ? `${parts.join(', ')}, ${ofAct('it', name)}` : `${parts[0]} ${ofAct('it', name)}`;
    }
    case 'nl': {
      const parts = [`artikel ${ref.art}`, ...(par.length ? [`${par.length > 1 ? 'leden' : 'lid'} ${list(par, 'en')}`] : []), ...(pt ? [`onder ${pt}`] : [])];
      return `${parts.join(', ')}${parts.length > 1 ? ',' : ''} ${name}`;
    }
    case 'pt': {
      // Portuguese writes an inserted article as "artigo 22.º-A".
      const inserted = /^(\d+)([A-Z])$/.exec(ref.art);
      const parts = [inserted ? `artigo ${inserted[1]}.º-${inserted[2]}` : `artigo ${ref.art}.º`, ...(par.length ? [`${par.length > 1 ? 'n.os' : 'n.º'} ${list(par, 'e')}`] : []), ...(pt ? [`alínea ${pt})`] : [])];
      return parts.length > 1 ? `${parts.join(', ')}, ${ofAct('pt', name)}` : `${parts[0]} ${ofAct('pt', name)}`;
    }
    case 'ja': {
      const points = pt ? pt.split('-').map((x) => `(${x})`).join('及び') : '';
      return `${name}第${ref.art}条${par.map((p) => `第${p}項`).join('及び')}${points}`;
    }
    default: {
      if (ref.act === 'OSA') return `s. ${ref.art}${par.map((p) => `(${p})`).join('')}${pt ? pt.split('-').map((x) => `(${x})`).join('–') : ''} ${name}`;
      if (ref.act === 'ITR') return `r. ${ref.art}${par.map((p) => `(${p})`).join('')}${pt ? `(${pt})` : ''} ${name}`;
      return `Art. ${ref.art}${par.map((p) => `(${p})`).join(', ')}${pt ? `(${pt})` : ''} ${name}`;
    }
  }
}

/** A citation id (utils/appeal/data/citations.json) in a language's style; Santa Clara rows keep their name. */
export function cite(id: string, language: string, options: { uk?: boolean } = {}): string {
  const c = citation(id) as ReturnType<typeof citation> & { ref?: Ref };
  if (!c.ref) return c.article === 'Notice' || c.article === 'Appeal' ? `${c.short} (${c.article})` : `${c.short} ${c.article}`;
  return formatRef(c.ref, language, options);
}

/** Several citations, joined as the language joins a list. */
export function citeAll(ids: string[], language: string, options: { uk?: boolean } = {}): string {
  return ids.map((id) => cite(id, language, options)).join(listSeparator(language));
}

/** How a list of references is separated: "; " in the Latin-script languages, " ; " in French (a space before
 * the semicolon, as the French templates already write it), "、" in Japanese. */
export function listSeparator(language: string): string {
  return language === 'ja' ? '、' : language === 'fr' ? ' ; ' : '; ';
}
