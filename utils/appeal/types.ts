import type { NoticeKind } from '../detection/types';
import type { Platform, Region } from '../db/schema';

export type ChecklistId = 'N1' | 'N2' | 'N3' | 'N4' | 'N5' | 'N6' | 'N7' | 'N8' | 'N9' | 'N10' | 'N11' | 'N12' | 'N13' | 'N14' | 'N15' | 'N16';
/** 'unknown': the notice cannot tell (e.g. timing without a known sending date); such items stay out of letters. */
export type ItemStatus = 'present' | 'missing' | 'not applicable' | 'unknown';

export interface NoticeInput {
  text: string;
  kind: NoticeKind;
  /** When the user saw it (UTC ISO). Seeing a notice late does not mean it was sent late. */
  seenAt?: string;
  /** How it reached the user. */
  channel?: 'in-product' | 'email' | 'web' | 'letter';
}

export interface AppealContext {
  platform: Platform;
  region: Region;
  business: boolean;
  /** The platform's decision (YYYY-MM-DD or ISO instant), when known. */
  decisionDate?: string;
  /** When the platform sent the statement of reasons (an email's date), when known. Not the day the user saw it. */
  notifiedAt?: string;
}

export interface ChecklistResult {
  id: ChecklistId;
  status: ItemStatus;
  /** The notice's own words that show the item, when present. */
  evidence?: string;
  /** Citation ids (utils/appeal/data/citations.json) that require the item, for this region. */
  citations: string[];
}

/** Something in the notice the letter can argue from, beyond N1–N16. */
export type Finding =
  /** The notice gives fewer days to appeal than DSA Art. 20(1) requires (at least six months). */
  | { id: 'short-appeal-window'; days: number; sense?: 'length' | 'remaining' | 'cutoff'; endsOn?: string }
  /** The notice refers to spam: DSA Art. 17(2) exempts deceptive high-volume commercial content. */
  | { id: 'spam-ground' }
  /** The notice cites repeated violations: a business user may meet P2B Art. 4(4)(c). */
  | { id: 'repeated-violations' };
