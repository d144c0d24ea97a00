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
  /** Caps new notices per tab; one per `deps` object when not given. */
  limiter?: NoticeRateLimiter;
}

/**
 * At most `max` new notices per tab within `windowMs`: a page that rewrites an
 * alert 30 times must not store 30 notices with 120 files. Duplicates do not count.
 */
export class NoticeRateLimiter {
  private readonly times = new Map<string, number[]>();
  private readonly refused = new Set<string>();

  constructor(
    readonly max = 3,
    readonly windowMs = 60_000,
  ) {}

  allow(tabId: number | undefined, now: number): boolean {
    const key = String(tabId ?? 'none');
    const recent = (this.times.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.times.set(key, recent);
      return false;
    }
    recent.push(now);
    this.times.set(key, recent);
    this.refused.delete(key);
    return true;
  }

  /** True the first time a tab is refused in a row, so the log says so once, not 30 times. */
  firstRefusal(tabId: number | undefined): boolean {
    const key = String(tabId ?? 'none');
    if (this.refused.has(key)) return false;
    this.refused.add(key);
    return true;
  }
}

const limiters = new WeakMap<object, NoticeRateLimiter>();
function defaultLimiter(deps: RecordNoticeDeps): NoticeRateLimiter {
  let limiter = limiters.get(deps);
  if (!limiter) limiters.set(deps, (limiter = new NoticeRateLimiter()));
  return limiter;
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
  const limiter = deps.limiter ?? defaultLimiter(deps);
  if (!limiter.allow(tabId, now.getTime())) {
    if (limiter.firstRefusal(tabId)) {
      await deps.store
        .addLog('notice.limited', `More than ${limiter.max} new notices from one tab within ${limiter.windowMs / 1000} s: further ones from it are not stored for now.`, undefined, { url: seen.url.slice(0, 500), tabId: tabId ?? null })
        .catch(() => undefined);
    }
    return { stored: false, reason: 'rate-limited' };
  }
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const noticeId = newId('notice', now);
  const caseId = await deps.store.caseIdOrCurrent();
  const provenance = { browser: deps.userAgent, extensionVersion: deps.extensionVersion, ...(tabId !== undefined ? { tabId } : {}) };

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
    evidenceIds: [],
  };
  // The notice and its verbatim words (evidence in their own right, with their
  // own hash) are stored in one transaction: both or neither, so a full disk or
  // a duplicate leaves no evidence without its notice.
  try {
    await deps.store.addNoticeWithEvidence(notice, [
      { caseId, kind: 'text', mime: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer, url: seen.url, title: seen.title, capturedAt: now, timeZone, provenance },
    ]);
  } catch (error) {
    // Another report of the same notice won the race: keep the first.
    if ((error as Error)?.name === 'ConstraintError') {
      const first = await deps.store.findNotice(dedupeKey);
      return { stored: false, noticeId: first?.id, reason: 'duplicate' };
    }
    throw error;
  }

  // Screenshots need the browser, which cannot happen inside a transaction:
  // each is stored with the notice's id, then listed on the notice.
  const evidenceIds: string[] = [];
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
  if (evidenceIds.length || screenshotMissing) await deps.store.attachToNotice(noticeId, evidenceIds, screenshotMissing).catch(() => undefined);
  if (tabId !== undefined) await deps.setBadge(tabId).catch(() => undefined);
  return { stored: true, noticeId, caseId, screenshot: !screenshotMissing, snapshot };
}
