import type { NoticeRecord } from '../db/schema';
import type { Store } from '../db/store';
import { normalizeText } from '../detection/normalize';
import { sha256HexOfText } from '../hash';
import { newId } from '../ids';
import type { NoticeSaved, NoticeSeen } from '../messages';

export interface RecordNoticeDeps {
  store: Store;
  /** Screenshot of the tab the notice is in; rejects when not allowed. */
  captureTab(tabId: number, noticeId: string, caseId: string): Promise<{ id: string }>;
  setBadge(tabId: number): Promise<void>;
  /** The page itself (MHTML), which needs no click: taken even when a screenshot is not allowed. */
  snapshotTab?(tabId: number, noticeId: string, caseId: string): Promise<{ id: string }>;
  /** The notice alone, cut from the screenshot. */
  cropNotice?(screenshotId: string, rect: NonNullable<NoticeSeen['rect']>, dpr: number, noticeId: string, caseId: string): Promise<{ id: string } | undefined>;
  userAgent: string;
  extensionVersion: string;
  clock?: () => Date;
}

export const autoCaptureSetting = (platform: string) => `autoCapture:${platform}`;

/**
 * The first sighting of a notice: its words become evidence (hashed), a
 * screenshot is taken at once where the browser allows it, the badge goes up.
 * The same wording for the same account and kind is stored only once.
 */
export async function recordNotice(deps: RecordNoticeDeps, seen: NoticeSeen, tabId: number | undefined): Promise<NoticeSaved> {
  if ((await deps.store.getSetting<boolean>(autoCaptureSetting(seen.platform))) === false) {
    return { stored: false, reason: 'auto-capture-off' };
  }
  const text = seen.text.slice(0, 20_000);
  const textHash = await sha256HexOfText(normalizeText(text || seen.signals.join('\n')));
  const dedupeKey = [seen.platform, seen.account ?? '', seen.kind, textHash].join('|');
  const existing = await deps.store.findNotice(dedupeKey);
  if (existing) return { stored: false, noticeId: existing.id, reason: 'duplicate' };

  const now = (deps.clock ?? (() => new Date()))();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const noticeId = newId('notice', now);
  const caseId = await deps.store.caseIdOrCurrent();

  // The verbatim words are evidence in their own right, with their own hash.
  const words = await deps.store.addEvidence({
    caseId,
    kind: 'text',
    mime: 'text/plain; charset=utf-8',
    bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
    url: seen.url,
    title: seen.title,
    capturedAt: now,
    timeZone,
    noticeId,
    provenance: { browser: deps.userAgent, extensionVersion: deps.extensionVersion, ...(tabId !== undefined ? { tabId } : {}) },
  });
  const evidenceIds = [words.id];
  let screenshotMissing: string | undefined;
  let snapshot = false;
  if (tabId !== undefined) {
    try {
      const shot = await deps.captureTab(tabId, noticeId, caseId);
      evidenceIds.push(shot.id);
      if (seen.rect && deps.cropNotice) {
        const cropped = await deps.cropNotice(shot.id, seen.rect, seen.dpr ?? 1, noticeId, caseId).catch(() => undefined);
        if (cropped) evidenceIds.push(cropped.id);
      }
    } catch (error) {
      screenshotMissing = (error as Error).message;
    }
    if (deps.snapshotTab) {
      try {
        evidenceIds.push((await deps.snapshotTab(tabId, noticeId, caseId)).id);
        snapshot = true;
      } catch {
        // The words and (maybe) the screenshot are kept; the snapshot is a bonus.
      }
    }
  } else {
    screenshotMissing = 'No tab to capture.';
  }

  const notice: NoticeRecord = {
    id: noticeId,
    caseId,
    platform: seen.platform,
    ...(seen.account ? { account: seen.account } : {}),
    kind: seen.kind,
    language: seen.language,
    text,
    textHash,
    dedupeKey,
    url: seen.url,
    title: seen.title,
    seenAt: now.toISOString(),
    timeZone,
    confidence: seen.confidence,
    signals: [...seen.signals, ...seen.matched],
    evidenceIds,
    ...(screenshotMissing ? { screenshotMissing } : {}),
  };
  try {
    await deps.store.addNotice(notice);
  } catch (error) {
    // Another report of the same notice won the race: keep the first.
    if ((error as Error)?.name === 'ConstraintError') {
      const first = await deps.store.findNotice(dedupeKey);
      return { stored: false, noticeId: first?.id, reason: 'duplicate' };
    }
    throw error;
  }
  if (tabId !== undefined) await deps.setBadge(tabId).catch(() => undefined);
  return { stored: true, noticeId, caseId, screenshot: !screenshotMissing, snapshot };
}
