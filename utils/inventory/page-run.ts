import { newId } from '../ids';
import { send } from '../messages';
import { newInventoryState, runInventory, type InventoryState } from './runner';

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

/** Runs (or resumes) an inventory from this page, with the page's own session: same origin, GET only. */
export function runFromPage(state: InventoryState, paceMs: number, doc: Document, signal: AbortSignal): Promise<InventoryState> {
  if (active) return active;
  active = runInventory(state, {
    origin: location.origin,
    appVersion: appVersion(doc),
    csrfToken: csrfToken(doc),
    fetchPage: async (url, headers) => {
      if (signal.aborted) throw new Error('The page was closed.');
      const response = await fetch(url, { method: 'GET', headers, credentials: 'include', signal });
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), text: await response.text() };
    },
    save: (batch) => send('cs→bg:inventory-batch', batch),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
    gapMs: paceMs,
    jitterMs: Math.min(1000, paceMs / 2),
  }).finally(() => (active = undefined));
  return active;
}

export async function startFromPage(caseId: string, doc: Document, signal: AbortSignal): Promise<string> {
  const viewer = viewerOf(doc);
  if (!viewer) throw new Error('logged-out');
  const state = newInventoryState(newId('inv'), viewer.username, viewer.id, new Date());
  const { paceMs } = await send('cs→bg:inventory-create', { caseId, state });
  void runFromPage(state, paceMs, doc, signal);
  return state.id;
}

/** On every Pinterest page load: a run this viewer left unfinished carries on. */
export async function resumeIfUnfinished(doc: Document, signal: AbortSignal): Promise<void> {
  const viewer = viewerOf(doc);
  if (!viewer) return;
  const unfinished = await send('cs→bg:inventory-resume', { username: viewer.username });
  if (unfinished) void runFromPage(unfinished.state, unfinished.paceMs, doc, signal);
}
