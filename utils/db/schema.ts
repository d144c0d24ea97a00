import type { DBSchema } from 'idb';

export const DB_NAME = 'reinstate';
/** The setting that names the case new captures go to. */
export const DEFAULT_CASE_SETTING = 'currentCaseId';

export type Platform = 'pinterest' | 'x' | 'meta' | 'tiktok' | 'youtube' | 'reddit' | 'other';
export type CaseStatus =
  | 'open'
  | 'appealed'
  | 'awaiting-reply'
  | 'escalated'
  | 'reinstated'
  | 'rejected'
  | 'closed';
export type Region = 'eu' | 'uk' | 'us' | 'in' | 'br' | 'other';

export interface CaseRecord {
  id: string;
  title: string;
  platform: Platform;
  account?: string;
  status: CaseStatus;
  decisionKind?: string;
  /** ISO date (YYYY-MM-DD) or full UTC timestamp of the platform's decision. */
  decisionDate?: string;
  referenceIds: string[];
  region: Region;
  business: boolean;
  createdAt: string;
}

export const EVIDENCE_KINDS = ['screenshot', 'fullpage', 'element', 'mhtml', 'html', 'attachment', 'thumbnail', 'text'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** Pin images saved by an inventory: evidence, but shown in the inventory view, not the evidence grid. */
export const PIN_IMAGE_KIND: EvidenceKind = 'thumbnail';

export interface Provenance {
  browser: string;
  extensionVersion: string;
  /** CSS pixels of the tab's viewport when captured. */
  viewport?: { width: number; height: number };
  window?: { width: number; height: number };
  dpr?: number;
  tabId?: number;
  tiles?: number;
  partial?: boolean;
}

/** What a list needs: everything but the captured bytes, which live in `evidenceBytes`. */
export interface EvidenceRecord {
  id: string;
  caseId: string;
  kind: EvidenceKind;
  mime: string;
  size: number;
  /** SHA-256 (hex) of the bytes, computed when captured. */
  sha256: string;
  /** UTC, ISO-8601 with milliseconds and `Z`. */
  capturedAt: string;
  /** The user's IANA time zone at capture, for showing local time later. */
  timeZone: string;
  url: string;
  title: string;
  provenance: Provenance;
  noticeId?: string;
  /** A small JPEG for lists; derived, so not part of the hash. */
  thumb?: { mime: string; bytes: ArrayBuffer };
}

/** The captured bytes. Stored apart so that listing evidence never loads megabytes. */
export interface EvidenceBytesRecord {
  id: string;
  /**
   * A Blob from 64 KiB on (kept by the browser as a file, read back as a
   * handle: the export puts it into the ZIP unread), an ArrayBuffer below that
   * and in rows written before (both are read everywhere; see `storedBytes`).
   */
  bytes: ArrayBuffer | Blob;
  /**
   * The file's CRC-32 (the ZIP checksum), taken with its SHA-256 when it was
   * captured or imported, so the export can write a large file's ZIP entry
   * without reading it. Absent in rows written before; the export computes it then.
   */
  crc32?: number;
}

export type LogAction = 'case.created' | 'case.updated' | 'case.status' | 'evidence.deleted' | 'evidence.moved' | 'settings.changed' | 'notice.limited';

/** The audit log: what was deleted or changed, and when. Never edited, never deleted. */
export interface LogRecord {
  id: string;
  at: string;
  action: LogAction;
  caseId?: string;
  /** Plain-language line for the user and for a reviewer. */
  summary: string;
  /** What the entry is about (for a deletion: the record's id, sha256, url, capture time). */
  subject?: Record<string, string | number | boolean | null>;
  /** Set on entries that came in from a bundle: another install wrote them, this one only kept them. */
  imported?: boolean;
  /** When this install imported the entry (UTC ISO). */
  importedAt?: string;
}

/** A notice as the platform showed it, saved once per account, kind and wording. */
export interface NoticeRecord {
  id: string;
  caseId: string;
  platform: Platform;
  /** The user's handle on the platform, when the page says it. */
  account?: string;
  kind: 'account_suspended' | 'account_deactivated' | 'account_restricted' | 'content_removed';
  language: string;
  /** Verbatim, as shown. */
  text: string;
  /** SHA-256 of the normalised text: the same wording seen twice is one notice. */
  textHash: string;
  /** platform|account|kind|textHash, unique. */
  dedupeKey: string;
  url: string;
  title: string;
  seenAt: string;
  timeZone: string;
  confidence: number;
  /** Rules and signals that fired (classifier rules, API error codes, page flags). */
  signals: string[];
  evidenceIds: string[];
  /** Why no screenshot was taken at once, when none was. */
  screenshotMissing?: string;
}

/** A letter as drafted and edited; a new version is a new record. */
export interface LetterRecord {
  id: string;
  caseId: string;
  noticeId?: string;
  kind: string;
  language: string;
  tone: 'concise' | 'formal';
  subject: string;
  body: string;
  createdAt: string;
}

export type Channel = 'in-product' | 'email' | 'web-form' | 'letter' | 'other';

/** One message to or from the platform (or a body), as the user logged it. */
export interface CorrespondenceRecord {
  id: string;
  caseId: string;
  /** When it was sent or received (UTC ISO). */
  at: string;
  loggedAt: string;
  channel: Channel;
  direction: 'sent' | 'received';
  summary: string;
  referenceId?: string;
  text?: string;
  letterId?: string;
  attachmentIds: string[];
}

export interface InventoryRecord {
  id: string;
  caseId: string;
  /** The run's cursors and counts (utils/inventory/runner.ts InventoryState). */
  state: import('../inventory/runner').InventoryState;
}

export type BoardRecord = import('../inventory/pinterest-api').BoardRow & { inventoryId: string };
export type PinRecord = import('../inventory/pinterest-api').PinRow & { inventoryId: string };

/** How many pin images a case holds, kept by every write of a pin-image evidence row (utils/db/stores/pin-image-counts.ts). */
export interface CaseCountsRecord {
  caseId: string;
  pinImages: number;
  /** The case's last full audit (utils/db/stores/audit-mark.ts): when, and the damaged rows it found. */
  audited?: { at: string; unlisted: string[] };
}

/**
 * A paced job that fills in what a migration could not compute inside the
 * upgrade (the pin-image counts of an older database): `after` is the last
 * evidence key it has counted, so a stopped run goes on from there.
 */
export interface BackfillRecord {
  name: string;
  after?: IDBValidKey;
  done: boolean;
  /** When its first batch ran and when it was done (UTC ISO): how long an upgrade's count took. */
  startedAt?: string;
  finishedAt?: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ReinstateDB extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { createdAt: string } };
  evidence: { key: string; value: EvidenceRecord; indexes: { caseId: string; capturedAt: string; caseId_capturedAt: [string, string]; caseId_kind_capturedAt: [string, string, string] } };
  evidenceBytes: { key: string; value: EvidenceBytesRecord };
  log: { key: string; value: LogRecord; indexes: { at: string } };
  settings: { key: string; value: SettingRecord };
  notices: { key: string; value: NoticeRecord; indexes: { dedupeKey: string; caseId: string; seenAt: string } };
  letters: { key: string; value: LetterRecord; indexes: { caseId: string } };
  correspondence: { key: string; value: CorrespondenceRecord; indexes: { caseId: string; at: string } };
  inventories: { key: string; value: InventoryRecord; indexes: { caseId: string } };
  boards: { key: [string, string]; value: BoardRecord; indexes: { inventoryId: string } };
  pins: { key: [string, string]; value: PinRecord; indexes: { inventoryId: string } };
  caseCounts: { key: string; value: CaseCountsRecord };
  backfills: { key: string; value: BackfillRecord };
}

export type StoreName = 'cases' | 'evidence' | 'evidenceBytes' | 'log' | 'settings' | 'notices' | 'letters' | 'correspondence' | 'inventories' | 'boards' | 'pins' | 'caseCounts' | 'backfills';
