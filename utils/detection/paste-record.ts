import type { NoticeRecord, Platform } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { sha256HexOfText } from '../hash';
import { newId } from '../ids';
import { normalizeText } from './normalize';
import type { Classification } from './types';

export interface NoticePaste {
  text: string;
  kind: Exclude<Classification['kind'], 'none'>;
  language: string;
  confidence: number;
  matched: string[];
  platform: Platform;
  /** Join this case; when absent, a new case is started. */
  caseId?: string;
  caseTitle: string;
  email?: { from?: string; date?: string; subject?: string; fileName: string; base64: string };
}

export interface PasteRecordDeps {
  store: Store;
  userAgent: string;
  extensionVersion: string;
  fromBase64(base64: string): Uint8Array;
  clock?: () => Date;
}

const KINDS = new Set(['account_suspended', 'account_deactivated', 'account_restricted', 'content_removed']);

/**
 * A notice the user pasted (or dropped as an .eml): the words become text
 * evidence, the .eml its own evidence with its own hash, and the notice joins
 * the chosen case or starts one. The same words pasted twice are one notice.
 */
export async function recordPastedNotice(deps: PasteRecordDeps, paste: NoticePaste): Promise<{ caseId: string; noticeId: string; duplicate: boolean }> {
  if (!KINDS.has(paste.kind)) throw new ReinstateError('bad-request', 'Not a notice kind.');
  const text = String(paste.text ?? '').slice(0, 100_000);
  if (!text.trim()) throw new ReinstateError('bad-request', 'Nothing to save.');
  const textHash = await sha256HexOfText(normalizeText(text));
  const dedupeKey = [paste.platform, '', paste.kind, textHash].join('|');
  const existing = await deps.store.findNotice(dedupeKey);
  if (existing) return { caseId: existing.caseId, noticeId: existing.id, duplicate: true };

  const now = (deps.clock ?? (() => new Date()))();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const caseId = paste.caseId && (await deps.store.getCase(paste.caseId))
    ? paste.caseId
    : (await deps.store.addCase({ title: paste.caseTitle.slice(0, 200), platform: paste.platform, decisionKind: paste.kind })).id;
  const noticeId = newId('notice', now);
  const provenance = { browser: deps.userAgent, extensionVersion: deps.extensionVersion };
  const title = (paste.email?.subject ?? '').slice(0, 500);
  const words = await deps.store.addEvidence({
    caseId, noticeId, kind: 'text', mime: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
    url: '', title, capturedAt: now, timeZone, provenance,
  });
  const evidenceIds = [words.id];
  if (paste.email?.base64) {
    const bytes = deps.fromBase64(paste.email.base64);
    const eml = await deps.store.addEvidence({
      caseId, noticeId, kind: 'attachment', mime: 'message/rfc822', bytes: bytes.slice().buffer as ArrayBuffer,
      url: '', title: paste.email.fileName.slice(0, 200) || 'message.eml', capturedAt: now, timeZone, provenance,
    });
    evidenceIds.push(eml.id);
  }
  const signals = ['source:pasted', ...(paste.email ? ['source:eml'] : [])];
  if (paste.email?.from) signals.push(`email:from=${paste.email.from.slice(0, 300)}`);
  if (paste.email?.date) signals.push(`email:date=${paste.email.date.slice(0, 64)}`);
  const notice: NoticeRecord = {
    id: noticeId, caseId, platform: paste.platform, kind: paste.kind, language: String(paste.language ?? 'und').slice(0, 8), text, textHash, dedupeKey,
    url: '', title, seenAt: now.toISOString(), timeZone, confidence: Number(paste.confidence) || 0,
    signals: [...signals, ...(paste.matched ?? []).slice(0, 50).map((m) => String(m).slice(0, 200))], evidenceIds,
    screenshotMissing: 'Pasted by the user: there was no page to capture.',
  };
  await deps.store.addNotice(notice);
  return { caseId, noticeId, duplicate: false };
}
