import { newId } from '../ids';
import { send, sendWithRetry } from '../messages';
import { newInventoryState, runInventory, type InventoryState } from './runner';
import { pinsFromDomGrid, seedFromPage } from './seed';

/** The viewer as the page's own data says (never the password or tokens). */
export function viewerOf(doc: Document): { username: string; id?: string } | undefined {
  try {
    const data = JSON.parse(doc.getElementById('__PWS_DATA__')?.textContent ?? '{}') as { context?: { user?: { username?: string; id?: string } } };
    const user = data.context?.user;
    return user?.username ? { username: user.username, ...(user.id ? { id: String(user.id) } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

function csrfToken(doc: Document): string | undefined {
  return /(?:^|;\s*)csrftoken=([^;]+)/.exec(doc.cookie)?.[1];
}

function appVersion(doc: Document): string | undefined {
  try {
    return (JSON.parse(doc.getElementById('__PWS_DATA__')?.textContent ?? '{}') as { appVersion?: string }).appVersion;
  } catch {
    return undefined;
  }
}

let active: Promise<InventoryState> | undefined;
let activeId: string | undefined;

/** Runs (or resumes) an inventory from this page, with the page's own session: same origin, GET only. */
export function runFromPage(state: InventoryState, paceMs: number, doc: Document, signal: AbortSignal, thumbnails = false): Promise<InventoryState> {
  if (active) return active;
  activeId = state.id;
  active = runInventory(state, {
    origin: location.origin,
    appVersion: appVersion(doc),
    csrfToken: csrfToken(doc),
    fetchPage: async (url, headers) => {
      if (signal.aborted) throw new Error('The page was closed.');
      const response = await fetch(url, { method: 'GET', headers, credentials: 'include', signal });
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), text: await response.text() };
    },
    save: async (batch) => {
      // Saving a page twice is harmless (rows are keyed), so a dropped message is simply sent again.
      const answer = await sendWithRetry('cs→bg:inventory-batch', batch);
      if (thumbnails && batch.pins.length) {
        await sendWithRetry('cs→bg:inventory-thumbnails', { inventoryId: batch.state.id, pins: batch.pins.map((p) => ({ id: p.id, url: p.imageSmall })) });
      }
      return answer;
    },
    // Pin images are fetched inside the save: it must finish before the next API request.
    saveMakesRequests: thumbnails,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
    gapMs: paceMs,
    jitterMs: Math.min(1000, paceMs / 2),
  })
    .then(async (final) => {
      // When the API refuses, keep at least what this page shows.
      if (final.status === 'stopped' && /refused|web page instead/.test(final.message ?? '')) {
        const pins = pinsFromDomGrid(doc, 'page grid (the API refused)');
        if (pins.length) {
          const fallback = { ...final, message: `${final.message} The ${pins.length} pins visible on this page were saved from the page itself.`, counts: { ...final.counts, pins: final.counts.pins + pins.length } };
          await sendWithRetry('cs→bg:inventory-batch', { state: fallback, boards: [], pins });
          return fallback;
        }
      }
      return final;
    })
    .finally(() => {
      active = undefined;
      activeId = undefined;
    });
  return active;
}

/**
 * Starts an inventory of the logged-in account, or shows the one already going:
 * one run per account at a time. A second click (or a second tab) never creates
 * a record that would hide the first run; it returns the running run's id.
 */
export async function startFromPage(caseId: string, doc: Document, signal: AbortSignal): Promise<string> {
  const viewer = viewerOf(doc);
  if (!viewer) throw new Error('logged-out');
  if (active && activeId) return activeId;
  // A run of this account still marked running (another tab, or one left by a closed tab) carries on here.
  const unfinished = await sendWithRetry('cs→bg:inventory-resume', { username: viewer.username });
  if (unfinished) {
    void runFromPage(unfinished.state, unfinished.paceMs, doc, signal, unfinished.thumbnails);
    return unfinished.state.id;
  }
  const state = newInventoryState(newId('inv'), viewer.username, viewer.id, new Date());
  const { paceMs, thumbnails } = await send('cs→bg:inventory-create', { caseId, state });
  // What the page already holds goes in first, without a request (only when it was rendered for this page).
  const seed = seedFromPage(doc, new URL(location.href));
  if (seed.boards.length || seed.pins.length) await send('cs→bg:inventory-batch', { state, boards: seed.boards, pins: seed.pins });
  void runFromPage(state, paceMs, doc, signal, thumbnails);
  return state.id;
}

/** On every Pinterest page load: a run this viewer left unfinished carries on. */
export async function resumeIfUnfinished(doc: Document, signal: AbortSignal): Promise<void> {
  const viewer = viewerOf(doc);
  if (!viewer) return;
  const unfinished = await sendWithRetry('cs→bg:inventory-resume', { username: viewer.username });
  if (unfinished) void runFromPage(unfinished.state, unfinished.paceMs, doc, signal, unfinished.thumbnails);
}
