import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { csvField, diffToCsv, pinsToCsv } from '@/utils/inventory/csv';
import { diffInventories } from '@/utils/inventory/diff';
import { isEndBookmark, parseResourceResponse, resourceHeaders, resourceUrl, toPin, type PinRow } from '@/utils/inventory/pinterest-api';
import { backoffMs, newInventoryState, runInventory, type RunnerDeps } from '@/utils/inventory/runner';
import { SHARED } from '../../corpus';

const SEARCH_RESPONSE = join(SHARED, 'fixtures/pinterest-pages/BaseSearchResource_response_unauth.json');

/** A fake Pinterest: `boards` boards of `pinsPer` pins, 25 a page, with faults injected by request number. */
function fakePinterest(boards: number, pinsPer: number, faults: Record<number, { status: number; retryAfter?: string; text?: string }> = {}) {
  const requests: { at: number; url: string; headers: Record<string, string> }[] = [];
  let clock = 0;
  const page = (items: unknown[], offset: number) => {
    const next = offset + 25 < items.length ? `b${offset + 25}` : '-end-';
    return JSON.stringify({ resource: { options: { bookmarks: [next] } }, resource_response: { status: 'success', data: items.slice(offset, offset + 25) } });
  };
  const deps: RunnerDeps = {
    origin: 'https://www.pinterest.com',
    fetchPage: async (url, headers) => {
      requests.push({ at: clock, url, headers });
      const fault = faults[requests.length];
      if (fault) return { status: fault.status, retryAfter: fault.retryAfter ?? null, text: fault.text ?? '' };
      const u = new URL(url);
      const data = JSON.parse(u.searchParams.get('data')!) as { options: Record<string, unknown> & { bookmarks?: string[] } };
      const offset = data.options.bookmarks ? Number(data.options.bookmarks[0]!.slice(1)) : 0;
      if (u.pathname.includes('BoardsResource')) {
        return { status: 200, text: page(Array.from({ length: boards }, (_, i) => ({ id: `board${i}`, name: `Board ${i}`, url: `/maya/board-${i}/`, pin_count: pinsPer, section_count: 0, privacy: i % 3 ? 'public' : 'secret' })), offset) };
      }
      if (u.pathname.includes('BoardFeedResource')) {
        const id = String(data.options.board_id);
        const pins = Array.from({ length: pinsPer }, (_, i) => ({ type: 'pin', id: `${id}-pin${i}`, title: `Pin ${i}`, board: { id }, images: { orig: { url: 'https://i.pinimg.com/originals/x.jpg' } } }));
        // Board feeds end with "More ideas" from elsewhere: those must be dropped.
        pins.push({ type: 'pin', id: `other-${id}`, title: 'More ideas', board: { id: 'someone-else' }, images: { orig: { url: '' } } });
        return { status: 200, text: page(pins, offset) };
      }
      return { status: 200, text: page([], 0) };
    },
    save: async () => ({ status: 'running' }),
    sleep: async (ms) => void (clock += ms),
    now: () => clock,
    random: () => 0.5,
    gapMs: 1000,
    jitterMs: 500,
  };
  return { deps, requests };
}

describe('Pinterest resource API', () => {
  it('builds the web app’s URL and headers', () => {
    const req = { resource: 'BoardFeedResource', options: { board_id: '1', page_size: 25 }, sourceUrl: '/maya/b/', handler: 'www/[username]/[slug].js' };
    const url = new URL(resourceUrl('https://www.pinterest.com', req, 42));
    expect(url.pathname).toBe('/resource/BoardFeedResource/get/');
    expect(JSON.parse(url.searchParams.get('data')!)).toEqual({ options: { board_id: '1', page_size: 25 }, context: {} });
    expect(resourceHeaders(req, 'abc', 'tok')).toMatchObject({ 'X-Pinterest-PWS-Handler': 'www/[username]/[slug].js', 'X-CSRFToken': 'tok', 'X-APP-VERSION': 'abc', 'X-Requested-With': 'XMLHttpRequest' });
    expect(['-end-', null, '', 'Y2JOb25lfDA=', undefined].every(isEndBookmark)).toBe(true);
    expect(isEndBookmark('LT4yNjQ')).toBe(false);
  });

  it.skipIf(!existsSync(SEARCH_RESPONSE))('parses the real saved resource response', () => {
    const parsed = parseResourceResponse(JSON.parse(readFileSync(SEARCH_RESPONSE, 'utf8')));
    const results = (parsed.data as { results: Record<string, unknown>[] }).results;
    expect(results.length).toBe(25);
    const pins = results.map((p) => toPin(p, '', '', 'BaseSearchResource')).filter((p): p is PinRow => !!p);
    expect(pins.length).toBeGreaterThan(0);
    expect(pins[0]).toMatchObject({ id: expect.stringMatching(/^\d+$/), imageOriginal: expect.stringMatching(/^https:\/\/i\.pinimg\.com\/originals\//) });
    expect(parsed.bookmark === null || typeof parsed.bookmark === 'string').toBe(true);
  });

  it('says clearly when the shape is not Pinterest’s', () => {
    expect(() => parseResourceResponse({ hello: 1 })).toThrow(/no resource_response/);
    expect(() => parseResourceResponse('x')).toThrow(/not JSON/);
  });
});

describe('runInventory', () => {
  it('walks every board page by page, paced, keeping only the board’s own pins', async () => {
    const { deps, requests } = fakePinterest(10, 105);
    const saved: string[] = [];
    deps.save = async (batch) => (batch.pins.forEach((p) => saved.push(p.id)), { status: 'running' });
    const state = await runInventory(newInventoryState('inv1', 'maya', undefined, new Date(0)), deps);
    expect(state.status).toBe('done');
    expect(state.counts.boards).toBe(10);
    expect(saved).toHaveLength(1050);
    expect(new Set(saved).size).toBe(1050);
    expect(saved.some((id) => id.startsWith('other-'))).toBe(false);
    for (let i = 1; i < requests.length; i++) expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(requests.every((r) => r.url.includes('/get/'))).toBe(true);
  });

  it('backs off on 429 (honouring Retry-After) and on 500, then carries on', async () => {
    const { deps, requests } = fakePinterest(2, 30, { 2: { status: 429, retryAfter: '7' }, 4: { status: 500 } });
    const state = await runInventory(newInventoryState('inv2', 'maya', undefined, new Date(0)), deps);
    expect(state.status).toBe('done');
    expect(requests[2]!.at - requests[1]!.at).toBeGreaterThanOrEqual(7000);
    expect(requests[4]!.at - requests[3]!.at).toBeGreaterThanOrEqual(2000);
    expect(backoffMs(0, 'Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(backoffMs(3, null, 0)).toBe(16_000);
  });

  it.each([
    ['HTML instead of JSON', { status: 200, text: '<html>Log in</html>' }, /web page instead of data/],
    ['api_error_code 9', { status: 200, text: JSON.stringify({ resource_response: { error: { http_status: 429, api_error_code: 9, message: 'Blocked' } } }) }, /api_error_code 9/],
    ['an unknown shape', { status: 200, text: JSON.stringify({ resource_response: { data: { weird: true } } }) }, /shape Reinstate does not know/],
    ['null data three times', { status: 200, text: JSON.stringify({ resource_response: { data: null } }) }, /no data three times/],
  ])('stops cleanly on %s, keeping what was saved', async (_label, fault, message) => {
    const { deps } = fakePinterest(2, 30);
    const inner = deps.fetchPage;
    let n = 0;
    deps.fetchPage = async (url, headers) => (++n >= 2 ? fault : inner(url, headers));
    const state = await runInventory(newInventoryState('inv3', 'maya', undefined, new Date(0)), deps);
    expect(state.status).toBe('stopped');
    expect(state.message).toMatch(message);
    expect(state.counts.boards).toBe(2);
  });

  it('stops on a pagination loop and on repeated 403', async () => {
    const { deps } = fakePinterest(2, 30);
    deps.fetchPage = async () => ({ status: 200, text: JSON.stringify({ resource: { options: { bookmarks: ['same'] } }, resource_response: { data: [{ id: 'b', name: 'B', url: '/m/b/' }] } }) });
    expect((await runInventory(newInventoryState('inv4', 'maya', undefined, new Date(0)), deps)).message).toMatch(/same page twice/);
    deps.fetchPage = async () => ({ status: 403, text: '' });
    expect((await runInventory(newInventoryState('inv5', 'maya', undefined, new Date(0)), deps)).message).toMatch(/refused the requests twice/);
  });

  it('resumes from the persisted cursors with no duplicate and no gap', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const first = fakePinterest(3, 60);
    let batches = 0;
    first.deps.save = async (batch) => {
      const status = await store.saveInventoryBatch(batch);
      if (++batches === 4) throw new Error('the tab was closed');
      return { status };
    };
    const initial = newInventoryState('inv6', 'maya', undefined, new Date(0));
    await store.startInventory(c.id, initial);
    const interrupted = await runInventory(initial, first.deps);
    expect(interrupted.status).toBe('stopped');
    const persisted = (await store.getInventory('inv6'))!.state;
    const second = fakePinterest(3, 60);
    second.deps.save = async (batch) => ({ status: await store.saveInventoryBatch(batch) });
    const finished = await runInventory({ ...persisted, status: 'running' }, second.deps);
    expect(finished.status).toBe('done');
    const pins = await store.listPins('inv6');
    expect(pins).toHaveLength(180);
    expect(new Set(pins.map((p) => p.id)).size).toBe(180);
    expect(await store.countPins('inv6')).toBe(180);
    expect(await store.listPins('inv6', 170, 25)).toHaveLength(10);
  });

  it('a cancelled run stays cancelled', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const { deps } = fakePinterest(3, 60);
    const initial = newInventoryState('inv7', 'maya', undefined, new Date(0));
    await store.startInventory(c.id, initial);
    let n = 0;
    deps.save = async (batch) => {
      if (++n === 2) await store.cancelInventory('inv7');
      return { status: await store.saveInventoryBatch(batch) };
    };
    expect((await runInventory(initial, deps)).status).toBe('cancelled');
    expect((await store.getInventory('inv7'))!.state.status).toBe('cancelled');
  });
});

describe('diff and CSV', () => {
  const pin = (id: string, title = 't', boardId = 'b1'): PinRow => ({ id, title, description: '', link: '', imageOriginal: '', imageSmall: '', boardId, sectionId: '', createdAt: '', pinner: 'maya', source: 's' });
  const board = (id: string, name = id) => ({ id, name, url: `/m/${id}/`, privacy: 'public', pinCount: 1, sectionCount: 0, archived: false });

  it('finds missing, added and changed boards and pins', () => {
    const diff = diffInventories(
      { boards: [board('b1'), board('b2')], pins: [pin('1'), pin('2'), pin('3', 'old')] },
      { boards: [board('b1', 'Renamed'), board('b3')], pins: [pin('1'), pin('3', 'new'), pin('4')] },
    );
    expect(diff.boards.missing.map((b) => b.id)).toEqual(['b2']);
    expect(diff.boards.added.map((b) => b.id)).toEqual(['b3']);
    expect(diff.boards.changed[0]).toMatchObject({ fields: ['name'] });
    expect(diff.pins.missing.map((p) => p.id)).toEqual(['2']);
    expect(diff.pins.added.map((p) => p.id)).toEqual(['4']);
    expect(diff.pins.changed.map((c) => [c.after.id, c.fields])).toEqual([['3', ['title']]]);
    expect(diffToCsv(diff).split('\r\n')[1]).toBe('missing,board,b2,b2,');
  });

  it('writes CSV that spreadsheets read safely', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(pinsToCsv([pin('1', 'Line\nbreak')], new Map([['b1', 'Board one']]))).toContain('"Line\nbreak"');
  });

  it('migration 004 adds inventories, boards and pins to a version-3 database', async () => {
    const v3 = await openReinstateDb(DB_NAME, 3);
    v3.close();
    const v4 = await openReinstateDb(DB_NAME, 4);
    expect([...v4.objectStoreNames]).toEqual(expect.arrayContaining(['inventories', 'boards', 'pins']));
    v4.close();
  });
});

import { pinsFromDomGrid, routeOf, seedFromPage } from '@/utils/inventory/seed';
const SEARCH_PAGE = join(SHARED, 'fixtures/pinterest-pages/search-results_id-pinterest_logged-in_2025.html');

describe('seed and fallback from the page', () => {
  it('maps paths to the web app’s route keys', () => {
    expect(['/', '/maya/', '/maya/_saved/', '/maya/kitchen/', '/maya/kitchen/tiles/', '/pin/123/'].map((p) => routeOf(new URL(p, 'https://www.pinterest.com')))).toEqual([
      'www/index.js', 'www/[username].js', 'www/[username]/_saved.js', 'www/[username]/[slug].js', 'www/[username]/[slug]/[section_slug].js', 'www/pin/[id].js',
    ]);
  });

  it.skipIf(!existsSync(SEARCH_PAGE))('on the real saved page: the embedded data is stale (rendered for the home feed), the grid still gives its 26 pins', () => {
    const doc = new DOMParser().parseFromString(readFileSync(SEARCH_PAGE, 'utf8'), 'text/html');
    const seed = seedFromPage(doc, new URL('https://id.pinterest.com/search/pins/?q=travel'));
    expect(seed).toEqual({ boards: [], pins: [], stale: true });
    const grid = pinsFromDomGrid(doc);
    expect(grid).toHaveLength(26);
    expect(grid[0]).toMatchObject({ id: expect.stringMatching(/^\d+$/), imageSmall: expect.stringContaining('pinimg.com') });
  });

  it('trusts embedded data rendered for the current route', () => {
    const props = { initialReduxState: { boards: { b1: { id: 'b1', name: 'Kitchen', url: '/maya/kitchen/', pin_count: 3 } }, pins: { p1: { type: 'pin', id: 'p1', title: 'Tiles', board: { id: 'b1' }, images: {} } } } };
    const doc = new DOMParser().parseFromString(
      `<script id="__PWS_DATA__" type="application/json">{"initialHandlerId":"www/[username].js"}</script><script id="__PWS_INITIAL_PROPS__" type="application/json">${JSON.stringify(props)}</script>`,
      'text/html',
    );
    const seed = seedFromPage(doc, new URL('https://www.pinterest.com/maya/'));
    expect(seed.stale).toBe(false);
    expect(seed.boards.map((b) => b.name)).toEqual(['Kitchen']);
    expect(seed.pins.map((p) => p.id)).toEqual(['p1']);
    expect(seedFromPage(new DOMParser().parseFromString('<p>nothing</p>', 'text/html'), new URL('https://www.pinterest.com/'))).toEqual({ boards: [], pins: [], stale: false });
  });
});

import { saveThumbnails, thumbnailEstimate } from '@/utils/inventory/thumbnails';
describe('optional thumbnails', () => {
  it('estimates size and time before the user switches them on', () => {
    expect(thumbnailEstimate(50_000, 1500)).toEqual({ megabytes: 750, minutes: 1250 });
  });
  it('saves each small image once, paced, from i.pinimg.com only, and stops when the CDN says so', async () => {
    const store = new Store();
    const c = await store.currentCase('c');
    const sleeps: number[] = [];
    const fetched: string[] = [];
    const fetchStub = (async (url: string) => {
      fetched.push(url);
      if (url.includes('/ff/00/')) return new Response('', { status: 403 });
      return new Response(new Uint8Array([0xff, 0xd8, 1]), { status: 200, headers: { 'content-type': 'image/jpeg' } });
    }) as typeof fetch;
    const deps = { store, fetch: fetchStub, sleep: async (ms: number) => void sleeps.push(ms), paceMs: 1500, userAgent: 't', extensionVersion: '1' };
    const already = new Set<string>();
    const first = await saveThumbnails(deps, c.id, [
      { id: '1', url: 'https://i.pinimg.com/236x/aa/bb/cc/1.jpg' },
      { id: '2', url: 'https://evil.example/236x/2.jpg' },
      { id: '3', url: 'https://i.pinimg.com/236x/aa/bb/cc/3.jpg' },
    ], already);
    expect(first).toEqual({ saved: 2, skipped: 1, failed: 0 });
    expect(fetched.every((u) => u.startsWith('https://i.pinimg.com/'))).toBe(true);
    expect(sleeps.every((ms) => ms === 1500)).toBe(true);
    const again = await saveThumbnails(deps, c.id, [{ id: '1', url: 'https://i.pinimg.com/236x/aa/bb/cc/1.jpg' }], already);
    expect(again.saved).toBe(0);
    const stop = await saveThumbnails(deps, c.id, [{ id: '4', url: 'https://i.pinimg.com/236x/ff/00/4.jpg' }, { id: '5', url: 'https://i.pinimg.com/236x/aa/5.jpg' }], already);
    expect(stop).toEqual({ saved: 0, skipped: 0, failed: 1 });
    const thumbs = (await store.listEvidence()).filter((l) => l.ok && l.record.kind === 'thumbnail');
    expect(thumbs).toHaveLength(2);
  });
});
