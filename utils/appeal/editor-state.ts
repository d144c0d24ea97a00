import type { Region } from '../db/schema';
import { regionOf, type Service } from './addressees';
import { EMPTY_USER_SIDE, type LetterKind, type UserSide } from './draft';
import type { Edit, Edits } from './letter-state';

/**
 * What the appeal editor keeps per case between visits: the user's side,
 * their name and country, and their edits to each kind of letter. It stays
 * in the extension's own storage on this computer, like the evidence.
 */
export interface EditorState {
  user: UserSide;
  userName: string;
  country?: string;
  service?: Service;
  edits: Partial<Record<LetterKind, Edits>>;
  subjects: Partial<Record<LetterKind, Edit>>;
}

export const EMPTY_EDITOR_STATE: EditorState = { user: EMPTY_USER_SIDE, userName: '', edits: {}, subjects: {} };

const isEdit = (x: unknown): x is Edit => typeof x === 'object' && x !== null && typeof (x as Edit).text === 'string' && typeof (x as Edit).base === 'string';

/** Reads a saved state; whatever is damaged falls back to empty, field by field, and nothing else is lost. */
export function parseEditorState(raw: string | null | undefined): EditorState {
  if (!raw) return structuredClone(EMPTY_EDITOR_STATE);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return structuredClone(EMPTY_EDITOR_STATE);
  }
  const u = (data.user ?? {}) as Partial<UserSide>;
  const asks = (u.asks ?? {}) as Partial<UserSide['asks']>;
  const user: UserSide = {
    facts: typeof u.facts === 'string' ? u.facts : '',
    why: typeof u.why === 'string' ? u.why : '',
    asks: { restore: asks.restore !== false, reasons: asks.reasons !== false, human: asks.human !== false },
    ...(u.complaint && typeof u.complaint === 'object' ? { complaint: { ...(typeof u.complaint.date === 'string' ? { date: u.complaint.date } : {}), ...(['pending', 'rejected', 'noReasons', 'partial'].includes(String(u.complaint.outcome)) ? { outcome: u.complaint.outcome } : {}) } } : {}),
  };
  const edits: EditorState['edits'] = {};
  for (const [kind, parts] of Object.entries((data.edits ?? {}) as Record<string, unknown>)) {
    if (typeof parts !== 'object' || parts === null) continue;
    edits[kind as LetterKind] = Object.fromEntries(Object.entries(parts).filter(([, e]) => isEdit(e))) as Edits;
  }
  const subjects = Object.fromEntries(Object.entries((data.subjects ?? {}) as Record<string, unknown>).filter(([, e]) => isEdit(e))) as EditorState['subjects'];
  return {
    user,
    userName: typeof data.userName === 'string' ? data.userName : '',
    ...(typeof data.country === 'string' && /^[A-Z]{2}$/.test(data.country) ? { country: data.country } : {}),
    ...(typeof data.service === 'string' ? { service: data.service as Service } : {}),
    edits,
    subjects,
  };
}

export { editorStateKey } from './draft-started';

/**
 * The country to preselect: the one the user saved, else the one the browser's
 * language suggests, but only when it lies in the case's region. An "en-US"
 * browser on an EU case would otherwise show "United States" beside "EU / EEA"
 * and the DSC letter would have no coordinator to name; better to ask.
 */
export function initialCountry(saved: string | undefined, caseRegion: Region | undefined, browserCountry: string | undefined): string | undefined {
  if (saved) return saved;
  if (!browserCountry) return undefined;
  return !caseRegion || regionOf(browserCountry) === caseRegion ? browserCountry : undefined;
}

/** A country that no longer fits the region the user picked is dropped, so the two never disagree. */
export function countryForRegion(country: string | undefined, region: Region): string | undefined {
  return country && regionOf(country) === region ? country : undefined;
}
