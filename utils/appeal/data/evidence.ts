import controllers from './controllers.json';
import dpaData from './dpa.json';
import dscData from './dsc.json';
import odsData from './ods-bodies.json';

/**
 * The rules every addressee row must meet before a letter may use it: a
 * 'confirmed' name rests on a primary source whose words were recorded
 * (URL + quote), and a printed address appears in such a quote. Kept as a
 * pure module so the data tests and any audit script judge the same way.
 */
export interface Evidence {
  url: string;
  quote: string;
  /** What the quote shows: 'name', 'address', 'complaintForm', 'certification', 'fee', 'coverage:<service>', … */
  supports: string[];
  /** The authority's or company's own page, an official record, or the platform's own policy (not news or a list). */
  primary: boolean;
  read?: string;
  note?: string;
}

export type DataFile = 'dsc' | 'dpa' | 'controllers' | 'ods';

export interface DataRow {
  file: DataFile;
  key: string;
  status: string;
  name: string;
  /** The row's source in words, as the editor shows it. */
  source: string;
  address: string;
  addressStatus: string;
  complaintForm: string;
  complaintFormStatus: string;
  /** DSC only: the e-mail address a confirmed route goes to (printed in the DSC letter). */
  complaintEmail?: string;
  /** DSC only: the body's own name in a letter language it officially uses ({ fr: 'Institut belge …' }). */
  names?: Record<string, string>;
  evidence: Evidence[];
  /** Confirmed in an earlier session whose words were not recorded; says why. */
  quoteMissing?: string;
  /** ODS only: certification, fee and per-service coverage with their statuses. */
  ods?: { certification: string; feeStatus: string; languagesStatus: string; services: Record<string, string> };
}

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const evidenceOf = (o: Loose) => (Array.isArray(o.evidence) ? (o.evidence as Evidence[]) : []);

/** The fields every data file words the same way. */
const common = (o: Loose) => ({
  status: str(o.status),
  name: str(o.name),
  source: str(o.source),
  address: str(o.address),
  addressStatus: str(o.addressStatus),
  complaintForm: str(o.complaintForm),
  complaintFormStatus: str(o.complaintFormStatus),
  evidence: evidenceOf(o),
  quoteMissing: str(o.quoteMissing) || undefined,
});

/** Every addressee row of the four data files, in one shape. */
export function dataRows(): DataRow[] {
  return [
    ...dscData.countries.map((c): DataRow => ({ file: 'dsc', key: c.code, ...common(c.dsc as Loose), complaintEmail: str((c.dsc as Loose).complaintEmail) || undefined, names: (c.dsc as Loose).names as Record<string, string> | undefined })),
    ...(dpaData.authorities as Loose[]).map((a): DataRow => ({ file: 'dpa', key: str(a.code), ...common(a) })),
    ...(controllers.controllers as Loose[]).map((c): DataRow => ({ file: 'controllers', key: `${(c.services as string[]).join('+')}@${(c.where as string[]).join('+')}`, ...common(c), complaintForm: '', complaintFormStatus: '' })),
    ...(odsData.bodies as Loose[]).map((b): DataRow => ({
      file: 'ods',
      key: str(b.id),
      ...common(b),
      // an ODS body's status is its certification; its address is not stored
      status: str(b.certification),
      address: '',
      addressStatus: 'not stored',
      complaintForm: '',
      complaintFormStatus: '',
      ods: { certification: str(b.certification), feeStatus: str(b.feeStatus), languagesStatus: str(b.languagesStatus), services: b.services as Record<string, string> },
    })),
  ];
}

/** Case, spacing and punctuation do not count; letters and digits (with their accents) do. */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether every comma-separated part of the address appears in the quote. */
export function quoteContainsAddress(address: string, quote: string): boolean {
  const q = normalise(quote);
  const parts = address.split(',').map(normalise).filter(Boolean);
  return parts.length > 0 && parts.every((p) => q.includes(p));
}

const URL_RE = /^https?:\/\/[^\s]+\.[^\s]+/;
const MIN_QUOTE = 20;
const usable = (e: Evidence) => URL_RE.test(e.url) && e.quote.trim().length >= MIN_QUOTE;
const primaryFor = (row: DataRow, what: string) => row.evidence.filter((e) => e.primary && usable(e) && e.supports.includes(what));

/** What is wrong with a row, in words; empty when the row meets the rules. */
export function evidenceProblems(row: DataRow): string[] {
  const problems: string[] = [];
  const id = `${row.file}:${row.key}`;
  for (const e of row.evidence) {
    if (!URL_RE.test(e.url)) problems.push(`${id}: evidence URL "${e.url}" is not a web address`);
    if (e.quote.trim().length < MIN_QUOTE) problems.push(`${id}: evidence from ${e.url} has no quote of at least ${MIN_QUOTE} characters`);
    if (!e.supports.length) problems.push(`${id}: evidence from ${e.url} does not say what it supports`);
  }
  const nameKind = row.file === 'ods' ? 'certification' : 'name';
  if (row.status === 'confirmed' && !row.quoteMissing && !primaryFor(row, nameKind).length) problems.push(`${id}: confirmed without a primary source quoted for its ${nameKind}`);
  if (row.addressStatus === 'confirmed') {
    if (!row.address) problems.push(`${id}: address confirmed but empty`);
    else if (!primaryFor(row, 'address').some((e) => quoteContainsAddress(row.address, e.quote))) problems.push(`${id}: confirmed address "${row.address}" is in no primary quote`);
  }
  if (row.complaintFormStatus === 'confirmed') {
    if (!URL_RE.test(row.complaintForm)) problems.push(`${id}: confirmed complaint route "${row.complaintForm}" is not a web address`);
    if (!primaryFor(row, 'complaintForm').length) problems.push(`${id}: confirmed complaint page without a primary quote`);
  }
  if (row.complaintEmail) {
    // An address the letter prints must be one the coordinator itself gives, character for character.
    const email = row.complaintEmail.toLowerCase();
    if (row.complaintFormStatus !== 'confirmed') problems.push(`${id}: complaint e-mail ${row.complaintEmail} without a confirmed route`);
    else if (!primaryFor(row, 'complaintEmail').some((e) => e.quote.toLowerCase().includes(email))) problems.push(`${id}: complaint e-mail ${row.complaintEmail} is in no primary quote`);
  }
  for (const [language, name] of Object.entries(row.names ?? {})) {
    // A name printed in a French or Dutch letter must be the body's own words in that language, as read on its own site.
    if (!primaryFor(row, `name:${language}`).some((e) => normalise(e.quote).includes(normalise(name)))) problems.push(`${id}: ${language} name "${name}" is in no primary quote`);
  }
  if (row.ods && !row.quoteMissing) {
    for (const [service, status] of Object.entries(row.ods.services)) {
      if (status === 'confirmed' && !primaryFor(row, `coverage:${service}`).length) problems.push(`${id}: coverage of ${service} confirmed without a primary quote`);
    }
  }
  if (row.ods && row.ods.feeStatus === 'confirmed' && !primaryFor(row, 'fee').length) problems.push(`${id}: fee confirmed without a primary quote`);
  if (row.ods && row.ods.languagesStatus === 'confirmed' && !primaryFor(row, 'languages').length) problems.push(`${id}: languages confirmed without a primary quote`);
  return problems;
}

export type Counts = Record<'confirmed' | 'reported' | 'unconfirmed', number>;

/** Status counts per file (for the README's figures). */
export function statusCounts(file: DataFile, filter: (row: DataRow) => boolean = () => true): Counts {
  const counts: Counts = { confirmed: 0, reported: 0, unconfirmed: 0 };
  for (const row of dataRows()) if (row.file === file && filter(row) && row.status in counts) counts[row.status as keyof Counts]++;
  return counts;
}
