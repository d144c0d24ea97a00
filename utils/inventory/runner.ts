import { InventoryFormatError, parseResourceResponse, resourceUrl, resourceHeaders, toBoard, toPin, type BoardRow, type PinRow, type ResourceRequest } from './pinterest-api';

/** Where a run stands; persisted after every page so a run resumes with no gap and no duplicate. */
export interface InventoryState {
  id: string;
  username: string;
  userId?: string;
  status: 'running' | 'done' | 'stopped' | 'cancelled';
  message?: string;
  boardsBookmark?: string | null;
  boardsListed: boolean;
  boards: { id: string; name: string; url: string; pinCount: number; bookmark?: string | null; sectionsListed: boolean; sections: { id: string; bookmark?: string | null; done: boolean }[]; done: boolean }[];
  unorganized: { bookmark?: string | null; done: boolean };
  counts: { boards: number; pins: number; requests: number };
  startedAt: string;
  updatedAt: string;
  /** When the last request went out (ms since epoch), so a resumed run keeps the pace too. */
  lastRequestAt?: number;
}

export interface InventoryBatch {
  state: InventoryState;
  boards: BoardRow[];
  pins: PinRow[];
}

export interface RunnerDeps {
  origin: string;
  appVersion?: string;
  csrfToken?: string;
  fetchPage(url: string, headers: Record<string, string>): Promise<{ status: number; retryAfter?: string | null; text: string }>;
  /** Stores the batch and the state in one step; answers whether to go on. */
  save(batch: InventoryBatch): Promise<{ status: InventoryState['status'] }>;
  /**
   * True when `save` itself sends requests to the site (pin images): then a
   * page's save finishes before the next API request, so the site still sees
   * one request at a time. Otherwise the write of page N runs during the wait
   * for page N+1.
   */
  saveMakesRequests?: boolean;
  sleep(ms: number): Promise<void>;
  now(): number;
  random(): number;
  gapMs: number;
  jitterMs: number;
  pageSize?: number;
  maxRetries?: number;
}

/** What a run stopped by a full disk says, in the popup and the Locker. */
export const DISK_FULL_MESSAGE = 'The disk is full, so the run stopped. Everything saved so far is kept; free some space, then start the inventory again to resume.';

/** The pace of the run: never faster than this, whatever the setting says. */
export const PACE_FLOOR_MS = 1000;
export const DEFAULT_PACE_MS = 1500;

class Stop extends Error {}

/**
 * Walks the user's boards, sections and pins through the resource API, one
 * GET at a time, paced and backing off, and hands each page to `save`.
 * Never writes anything on Pinterest.
 *
 * The write of page N runs while the runner waits for page N+1 (its gap and
 * its answer); page N+1 is handed over only once page N's write has answered,
 * so writes stay in order, at most one is in flight, and a cancel or a failed
 * write stops the run before its next request whenever the write answers
 * within the gap (always, at a real pace of a second or more).
 */
export async function runInventory(initial: InventoryState, deps: RunnerDeps): Promise<InventoryState> {
  let state: InventoryState = { ...initial, status: 'running' };
  const pageSize = deps.pageSize ?? 25;
  const seenBookmarks = new Set<string>();
  const nextGap = () => deps.gapMs + deps.random() * deps.jitterMs;
  // A resumed run may have had a request in flight when it stopped (a closed tab):
  // it waits a full gap before its first request, as if one had just gone out.
  let nextAt = initial.counts.requests > 0 ? Math.max(initial.lastRequestAt ?? 0, deps.now()) + nextGap() : 0;
  // The gap's timer starts when a request goes out, so parsing and writing the
  // page happen inside the gap instead of before it.
  let paced: Promise<void> | undefined;
  let forbidden = 0;

  // The last state the store confirmed: a stopped run is recorded with these
  // cursors and counts, never with those of a page whose write did not land.
  let confirmed: InventoryState = state;
  // At most one write in flight (page N's, during the wait for page N+1), and in order.
  let writing: Promise<void> | undefined;
  let writeFailure: { error: unknown } | undefined;
  const settle = async () => {
    const pending = writing;
    writing = undefined;
    await pending;
  };
  const request = async (req: ResourceRequest): Promise<{ data: unknown; bookmark: string | null }> => {
    for (let attempt = 0; ; attempt++) {
      await paced;
      // Checked again after the timer: a timer may fire a little early, and the pace is a floor.
      for (let wait = nextAt - deps.now(); wait > 0; wait = nextAt - deps.now()) await deps.sleep(Math.ceil(wait));
      // The previous page's write answered during the wait (cancelled, or failed): no further request.
      if (writeFailure) throw writeFailure.error;
      const url = resourceUrl(deps.origin, req, deps.now());
      const headers = resourceHeaders(req, deps.appVersion, deps.csrfToken);
      const sentAt = deps.now();
      state = { ...state, lastRequestAt: sentAt, counts: { ...state.counts, requests: state.counts.requests + 1 } };
      const answer = deps.fetchPage(url, headers);
      const gap = nextGap();
      nextAt = sentAt + gap;
      // Whole milliseconds: timers round a fraction down, which would end the gap early.
      paced = deps.sleep(Math.ceil(gap));
      const response = await answer;
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable) {
        if (attempt >= (deps.maxRetries ?? 5)) throw new Stop(`Pinterest kept answering ${response.status}; the run paused. Try again later: it will resume where it stopped.`);
        await deps.sleep(backoffMs(attempt, response.retryAfter, deps.now()));
        continue;
      }
      if (response.status === 403) {
        forbidden++;
        if (forbidden >= 2) throw new Stop('Pinterest refused the requests twice (403). The run stopped; everything saved so far is kept.');
        await deps.sleep(backoffMs(attempt, null, deps.now()));
        continue;
      }
      forbidden = 0;
      let body: unknown;
      try {
        body = JSON.parse(response.text);
      } catch {
        throw new Stop('Pinterest answered with a web page instead of data (perhaps a login or a check). The run stopped; everything saved so far is kept.');
      }
      let parsed;
      try {
        parsed = parseResourceResponse(body);
      } catch (error) {
        throw new Stop(`${(error as Error).message} The run stopped; everything saved so far is kept.`);
      }
      if (parsed.error) {
        const code = parsed.error.apiErrorCode;
        if (code === 8 || code === 9 || code === 19) throw new Stop(`Pinterest said to stop (api_error_code ${code}${parsed.error.message ? `: ${parsed.error.message}` : ''}). The run stopped; everything saved so far is kept.`);
        if (attempt < 2 && parsed.error.httpStatus >= 500) {
          await deps.sleep(backoffMs(attempt, null, deps.now()));
          continue;
        }
        throw new Stop(`Pinterest answered with an error (${parsed.error.httpStatus}${parsed.error.message ? `: ${parsed.error.message}` : ''}). The run stopped; everything saved so far is kept.`);
      }
      if (parsed.data === null || parsed.data === undefined) {
        if (attempt < 2) {
          await deps.sleep(backoffMs(attempt + 2, null, deps.now()));
          continue;
        }
        throw new Stop('Pinterest sent no data three times in a row. The run stopped; everything saved so far is kept.');
      }
      if (parsed.bookmark) {
        const key = `${req.resource}|${JSON.stringify(req.options.board_id ?? req.options.section_id ?? req.options.username)}|${parsed.bookmark}`;
        if (seenBookmarks.has(key)) throw new Stop('Pinterest sent the same page twice (a loop in its pagination). The run stopped; everything saved so far is kept.');
        seenBookmarks.add(key);
      }
      return parsed;
    }
  };

  const save = async (boards: BoardRow[], pins: PinRow[]) => {
    state = { ...state, counts: { ...state.counts, boards: state.counts.boards + boards.length, pins: state.counts.pins + pins.length }, updatedAt: new Date(deps.now()).toISOString() };
    const batch = { state, boards, pins };
    await settle();
    writing = deps.save(batch).then((answer) => {
      if (answer.status === 'cancelled') throw new Stop('Cancelled.');
      confirmed = batch.state;
    });
    writing.catch((error: unknown) => (writeFailure ??= { error }));
    if (deps.saveMakesRequests) await settle();
  };
  const list = (data: unknown): Record<string, unknown>[] => {
    const items = Array.isArray(data) ? data : Array.isArray((data as { results?: unknown[] })?.results) ? (data as { results: unknown[] }).results : null;
    if (!items) throw new Stop('Pinterest answered in a shape Reinstate does not know. The run stopped; everything saved so far is kept.');
    return items as Record<string, unknown>[];
  };
  const profile = `/${state.username}/`;

  try {
    while (!state.boardsListed) {
      const page = await request({
        resource: 'BoardsResource',
        options: { username: state.username, privacy_filter: 'all', sort: 'last_pinned_to', field_set_key: 'profile_grid_item', page_size: pageSize, include_archived: true, ...(state.boardsBookmark ? { bookmarks: [state.boardsBookmark] } : {}) },
        sourceUrl: `${profile}_saved/`,
        handler: 'www/[username]/_saved.js',
      });
      const boards = list(page.data).map(toBoard).filter((b): b is BoardRow => !!b);
      state = {
        ...state,
        boardsBookmark: page.bookmark,
        boardsListed: !page.bookmark,
        boards: [...state.boards, ...boards.filter((b) => !state.boards.some((x) => x.id === b.id)).map((b) => ({ id: b.id, name: b.name, url: b.url, pinCount: b.pinCount, sectionsListed: b.sectionCount === 0, sections: [], done: false }))],
      };
      await save(boards, []);
    }
    for (let i = 0; i < state.boards.length; i++) {
      const board = state.boards[i]!;
      if (board.done) continue;
      const replace = (next: typeof board) => (state = { ...state, boards: state.boards.map((b, j) => (j === i ? next : b)) });
      if (!board.sectionsListed) {
        const page = await request({ resource: 'BoardSectionsResource', options: { board_id: board.id, page_size: pageSize }, sourceUrl: board.url, handler: 'www/[username]/[slug].js' });
        const sections = list(page.data).map((s) => ({ id: String(s.id), done: false }));
        replace({ ...state.boards[i]!, sectionsListed: true, sections });
        await save([], []);
      }
      while (state.boards[i]!.bookmark !== null) {
        const current = state.boards[i]!;
        const page = await request({
          resource: 'BoardFeedResource',
          options: { board_id: current.id, board_url: current.url, field_set_key: 'react_grid_pin', filter_section_pins: true, sort: 'default', layout: 'default', page_size: pageSize, ...(current.bookmark ? { bookmarks: [current.bookmark] } : {}) },
          sourceUrl: current.url,
          handler: 'www/[username]/[slug].js',
        });
        const pins = list(page.data).map((p) => toPin(p, current.id, '', `BoardFeedResource board ${current.id}`)).filter((p): p is PinRow => !!p);
        replace({ ...state.boards[i]!, bookmark: page.bookmark });
        await save([], pins);
      }
      for (let k = 0; k < state.boards[i]!.sections.length; k++) {
        while (!state.boards[i]!.sections[k]!.done) {
          const section = state.boards[i]!.sections[k]!;
          const page = await request({
            resource: 'BoardSectionPinsResource',
            options: { section_id: section.id, page_size: pageSize, field_set_key: 'react_grid_pin', ...(section.bookmark ? { bookmarks: [section.bookmark] } : {}) },
            sourceUrl: state.boards[i]!.url,
            handler: 'www/[username]/[slug]/[section_slug].js',
          });
          const pins = list(page.data).map((p) => toPin(p, state.boards[i]!.id, section.id, `BoardSectionPinsResource section ${section.id}`)).filter((p): p is PinRow => !!p);
          const sections = state.boards[i]!.sections.map((s, j) => (j === k ? { ...s, bookmark: page.bookmark, done: !page.bookmark } : s));
          replace({ ...state.boards[i]!, sections });
          await save([], pins);
        }
      }
      replace({ ...state.boards[i]!, done: true });
      await save([], []);
    }
    while (!state.unorganized.done && state.userId) {
      const page = await request({
        resource: 'BoardlessPinsResource',
        options: { userId: state.userId, page_size: pageSize, ...(state.unorganized.bookmark ? { bookmarks: [state.unorganized.bookmark] } : {}) },
        sourceUrl: profile,
        handler: 'www/[username].js',
      });
      const pins = list(page.data).map((p) => toPin(p, '', '', 'BoardlessPinsResource')).filter((p): p is PinRow => !!p);
      state = { ...state, unorganized: { bookmark: page.bookmark, done: !page.bookmark } };
      await save([], pins);
    }
    await settle();
    state = { ...state, status: 'done', message: undefined };
    await deps.save({ state, boards: [], pins: [] });
  } catch (error) {
    // A write still in flight lands (or fails) before the run is recorded as stopped.
    await settle().catch(() => undefined);
    state = { ...confirmed, lastRequestAt: state.lastRequestAt, counts: { ...confirmed.counts, requests: state.counts.requests } };
    if ((error as { code?: string })?.code === 'storage-full') {
      state = { ...state, status: 'stopped', message: DISK_FULL_MESSAGE };
    } else if (!(error instanceof Stop) && !(error instanceof InventoryFormatError)) {
      state = { ...state, status: 'stopped', message: `The run stopped: ${(error as Error).message}. Everything saved so far is kept.` };
    } else {
      state = { ...state, status: (error as Error).message === 'Cancelled.' ? 'cancelled' : 'stopped', message: (error as Error).message };
    }
    await deps.save({ state, boards: [], pins: [] }).catch(() => undefined);
  }
  return state;
}

/** Exponential backoff from 2 s, or what Retry-After asks (seconds or a date), capped at 5 minutes. */
export function backoffMs(attempt: number, retryAfter: string | null | undefined, now: number): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.min(300_000, Math.max(0, seconds * 1000));
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.min(300_000, Math.max(0, at - now));
  }
  return Math.min(300_000, 2000 * 2 ** attempt);
}

export function newInventoryState(id: string, username: string, userId: string | undefined, now: Date): InventoryState {
  return {
    id, username, ...(userId ? { userId } : {}), status: 'running', boardsListed: false, boards: [], unorganized: { done: !userId },
    counts: { boards: 0, pins: 0, requests: 0 }, startedAt: now.toISOString(), updatedAt: now.toISOString(),
  };
}
