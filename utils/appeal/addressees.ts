import type { Channel, Platform, Region } from '../db/schema';
import controllers from './data/controllers.json';
import dpaData from './data/dpa.json';
import dscData from './data/dsc.json';
import odsData from './data/ods-bodies.json';

/**
 * Who a letter goes to, from the data files in utils/appeal/data/, each
 * entry with its source and status. Only 'confirmed' names and addresses
 * go into a letter; the rest are shown in the editor, marked.
 */
export type Service = 'pinterest' | 'x' | 'facebook' | 'instagram' | 'threads' | 'tiktok' | 'youtube' | 'reddit' | 'other';
export const SERVICES: readonly Service[] = ['pinterest', 'x', 'facebook', 'instagram', 'threads', 'tiktok', 'youtube', 'reddit'];
export type Status = 'confirmed' | 'reported' | 'unconfirmed';

/** The language the data files' own words (sources, routes, rules) are written in. */
export const DATA_LANGUAGE = 'en';

/** Meta runs several services; the notice's address or words tell which. */
export function serviceOf(platform: Platform, hint = ''): Service {
  if (platform !== 'meta') return platform;
  const h = hint.toLowerCase();
  if (/instagram/.test(h)) return 'instagram';
  if (/threads\.(?:net|com)|\bthreads\b/.test(h)) return 'threads';
  return 'facebook';
}

export const EU_COUNTRIES = dscData.countries.filter((c) => c.eu).map((c) => c.code);
export const EEA_EFTA_COUNTRIES = dscData.countries.filter((c) => !c.eu).map((c) => c.code);

/** The region a country puts a case in. */
export function regionOf(country: string): Region {
  if (EU_COUNTRIES.includes(country) || EEA_EFTA_COUNTRIES.includes(country)) return 'eu';
  if (country === 'GB') return 'uk';
  if (country === 'US') return 'us';
  if (country === 'IN') return 'in';
  if (country === 'BR') return 'br';
  return 'other';
}

/** Whether the DSA is confirmed to apply where the user lives (EU yes; EEA EFTA States not confirmed in our sources). */
export function dsaConfirmed(country: string | undefined): boolean {
  return !country || EU_COUNTRIES.includes(country);
}

type Where = 'eea' | 'ch' | 'uk' | 'us' | 'br' | 'other';
function whereOf(country: string | undefined, region: Region): Where {
  if (country === 'CH') return 'ch';
  if (country === 'GB' || region === 'uk') return 'uk';
  if (region === 'eu') return 'eea';
  // Some policies name a controller for the United States or Brazil and for nowhere else outside Europe.
  if (country === 'US' || region === 'us') return 'us';
  if (country === 'BR' || region === 'br') return 'br';
  return 'other';
}

export interface Controller {
  name: string;
  status: Status;
  address: string;
  addressStatus: string;
  channel: string;
  /** The channel a letter to the controller goes by (its privacy route). */
  route?: Channel;
  source: string;
}

export function controllerFor(service: Service, region: Region, country?: string): Controller | undefined {
  const where = whereOf(country, region);
  return controllers.controllers.find((c) => c.services.includes(service) && c.where.includes(where)) as Controller | undefined;
}

export interface Dsc {
  code: string;
  name: string;
  /** The body's own name in the languages it officially uses, where read on its own site (Belgium: fr, nl). */
  names?: Record<string, string>;
  status: string;
  source: string;
  dsaApplies: boolean;
  /** The DSC's own complaint route, where it was read (web form or address), and how to use it. */
  complaintForm?: string;
  complaintHow?: string;
  /** The channel that route goes by, where the data says. */
  complaintRoute?: Channel;
  /** The e-mail address that route goes to, where the coordinator's own page gives one. */
  complaintEmail?: string;
  /** False where the DSC's powers do not (yet) include Art. 53 complaints (Poland's interim DSC). */
  complaintsAccepted: boolean;
  /** Postal address and whether it was read on the coordinator's own site ('confirmed'). */
  address: string;
  addressStatus: string;
}

export function dscFor(country: string | undefined): Dsc | undefined {
  const entry = dscData.countries.find((c) => c.code === country);
  if (!entry) return undefined;
  const extra = entry.dsc as { complaintHow?: string; complaintRoute?: Channel; complaintEmail?: string; names?: Record<string, string> };
  const route = entry.dsc.complaintFormStatus === 'confirmed' ? { complaintForm: entry.dsc.complaintForm, complaintHow: extra.complaintHow, complaintRoute: extra.complaintRoute, complaintEmail: extra.complaintEmail || undefined } : {};
  const accepted = (entry.dsc as { complaintsAccepted?: boolean }).complaintsAccepted !== false;
  return { code: entry.code, name: entry.dsc.name, ...(extra.names ? { names: extra.names } : {}), status: entry.dsc.status, source: entry.dsc.source, dsaApplies: entry.dsa === 'applies', complaintsAccepted: accepted, address: entry.dsc.address, addressStatus: entry.dsc.addressStatus, ...route };
}
export const DSC_LIST_URL = dscData.commissionList;

export function dpaFor(country: string | undefined) {
  return dpaData.authorities.find((a) => a.code === country);
}
export const DPA_LIST_URL = dpaData.edpbList;

export interface OdsBody {
  id: string;
  name: string;
  url: string;
  /** The channel a submission goes by. */
  route?: Channel;
  certifiedBy: string;
  certification: string;
  /** This body's coverage of the service asked about. */
  coverage: Status;
  fee: string;
  feeStatus: string;
  languages: string[];
  rules: string;
  sixMonthRule: boolean;
  source: string;
}
export const ODS_LIST_URL = odsData.commissionList;

const RANK: Record<Status, number> = { confirmed: 0, reported: 1, unconfirmed: 2 };

/**
 * ODS bodies that mention the service, confirmed coverage first, then those
 * working in the user's language. Meta as a whole maps to its services.
 */
export function odsBodiesForService(service: Service | Platform, language: string): OdsBody[] {
  const services: string[] = service === 'meta' ? ['facebook', 'instagram', 'threads'] : [service];
  return odsData.bodies
    .flatMap((b) => {
      const statuses = services.map((s) => (b.services as Record<string, Status | undefined>)[s]).filter((s): s is Status => Boolean(s));
      if (!statuses.length) return [];
      const best = statuses.sort((x, y) => RANK[x] - RANK[y])[0]!;
      // A body whose certification is not confirmed cannot be confirmed to take a service's disputes either.
      const certification = (RANK[b.certification as Status] === undefined ? 'unconfirmed' : b.certification) as Status;
      const coverage = RANK[certification] > RANK[best] ? certification : best;
      const { services: _omit, ...rest } = b;
      return [{ ...rest, coverage } as OdsBody];
    })
    .sort((a, b) => RANK[a.coverage] - RANK[b.coverage] || Number(b.languages.includes(language)) - Number(a.languages.includes(language)));
}

/** The body a letter may name without asking: one certified and confirmed to take the service's disputes. */
export function defaultOdsBody(service: Service, language: string): OdsBody | undefined {
  return odsBodiesForService(service, language).find((b) => b.coverage === 'confirmed');
}
