import type { NoticeKind } from '../detection/types';
import type { Platform, Region } from '../db/schema';

export type ChecklistId = 'N1' | 'N2' | 'N3' | 'N4' | 'N5' | 'N6' | 'N7' | 'N8' | 'N9' | 'N10' | 'N11' | 'N12' | 'N13' | 'N14' | 'N15' | 'N16';
export type ItemStatus = 'present' | 'missing' | 'not applicable';

export interface NoticeInput {
  text: string;
  kind: NoticeKind;
  /** When the user saw it (UTC ISO). */
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
  /** When the user was told (defaults to the notice's seenAt). */
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
