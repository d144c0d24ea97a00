import type { BoardRow, PinRow } from './pinterest-api';
import { toBoard, toPin } from './pinterest-api';

/**
 * What the page already holds, read without a request. The embedded data is
 * only trusted when the route it was rendered for is the page's current
 * route: after client-side navigation it describes an older page.
 */
export function seedFromPage(doc: Document, url: URL): { boards: BoardRow[]; pins: PinRow[]; stale: boolean } {
  const empty = { boards: [], pins: [], stale: false };
  let handler: string | undefined;
  let redux: { boards?: Record<string, Record<string, unknown>>; pins?: Record<string, Record<string, unknown>> } | undefined;
  try {
    handler = (JSON.parse(doc.getElementById('__PWS_DATA__')?.textContent ?? '{}') as { initialHandlerId?: string }).initialHandlerId;
    redux = (JSON.parse(doc.getElementById('__PWS_INITIAL_PROPS__')?.textContent ?? '{}') as { initialReduxState?: typeof redux }).initialReduxState;
  } catch {
    return empty;
  }
  if (!handler || !redux) return empty;
  if (handler !== routeOf(url)) return { ...empty, stale: true };
  const boards = Object.values(redux.boards ?? {}).map(toBoard).filter((b): b is BoardRow => !!b);
  const pins = Object.values(redux.pins ?? {}).map((p) => toPin(p, '', '', `embedded page data (${handler})`)).filter((p): p is PinRow => !!p);
  return { boards, pins, stale: false };
}

/** The route key the web app uses for a path (research/pinterest-structure.md §3). */
export function routeOf(url: URL): string {
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length === 0) return 'www/index.js';
  if (parts[0] === 'pin') return 'www/pin/[id].js';
  if (parts[0] === 'search') return 'www/search/[scope].js';
  if (parts.length === 1) return 'www/[username].js';
  if (parts[1]?.startsWith('_')) return `www/[username]/${parts[1]}.js`;
  if (parts.length === 2) return 'www/[username]/[slug].js';
  return 'www/[username]/[slug]/[section_slug].js';
}

/**
 * The pins shown in the grid, from the stable test ids (class names are
 * obfuscated). A fallback when the API refuses: it sees only what is loaded.
 */
export function pinsFromDomGrid(doc: Document, source = 'page grid'): PinRow[] {
  const out: PinRow[] = [];
  const seen = new Set<string>();
  for (const card of Array.from(doc.querySelectorAll('[data-test-id="pin"][data-test-pin-id]'))) {
    const id = card.getAttribute('data-test-pin-id') ?? '';
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const link = card.querySelector<HTMLAnchorElement>('a[href*="/pin/"]');
    const img = card.querySelector<HTMLImageElement>('img');
    const srcset = img?.getAttribute('srcset') ?? '';
    out.push({
      id,
      title: (link?.getAttribute('aria-label') ?? '').replace(/\s+\S+\s+Pin$|\s+Pin page$/, '').trim(),
      description: img?.getAttribute('alt') ?? '',
      link: '',
      imageOriginal: /(\S+originals\S+)/.exec(srcset)?.[1] ?? '',
      // A saved page rewrites src to a local file; srcset keeps Pinterest's own addresses.
      imageSmall: /(\S+\/236x\/\S+)/.exec(srcset)?.[1] ?? img?.getAttribute('src') ?? '',
      boardId: '',
      sectionId: '',
      createdAt: '',
      pinner: '',
      source,
    });
  }
  return out;
}
