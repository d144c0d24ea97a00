// Issue 16: a second "Save my boards and pins" while a run is going must not create a second run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newInventoryState } from '@/utils/inventory/runner';

const calls: { type: string; payload: unknown }[] = [];
let running: { state: ReturnType<typeof newInventoryState>; paceMs: number; thumbnails: boolean } | null = null;
// The resource API never answers here: the run stays "going" for the whole test.
let releaseFetch: () => void = () => undefined;

vi.mock('@/utils/messages', () => ({
  send: vi.fn(async (type: string, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'cs→bg:inventory-create') return { paceMs: 1000, thumbnails: false };
    return { status: 'running' };
  }),
  sendWithRetry: vi.fn(async (type: string, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'cs→bg:inventory-resume') return running;
    return { status: 'running' };
  }),
}));

function pinterestDoc(username = 'maya_makes'): Document {
  document.body.innerHTML = `<script id="__PWS_DATA__" type="application/json">${JSON.stringify({ context: { user: { username, id: '42' } } })}</script>`;
  return document;
}

describe('startFromPage: one inventory run per account at a time', () => {
  beforeEach(() => {
    calls.length = 0;
    running = null;
    vi.resetModules();
    vi.stubGlobal('fetch', vi.fn(() => new Promise((resolve) => (releaseFetch = () => resolve(new Response('{}', { status: 500 }))))));
  });

  it('a second click while this page runs returns the running run and creates no record', async () => {
    const { startFromPage } = await import('@/utils/inventory/page-run');
    const signal = new AbortController().signal;
    const first = await startFromPage('case1', pinterestDoc(), signal);
    const second = await startFromPage('case1', pinterestDoc(), signal);
    expect(second).toBe(first);
    expect(calls.filter((c) => c.type === 'cs→bg:inventory-create')).toHaveLength(1);
    releaseFetch();
  });

  it('a run of this account left running elsewhere is resumed, not doubled', async () => {
    running = { state: newInventoryState('inv-older', 'maya_makes', '42', new Date()), paceMs: 1000, thumbnails: false };
    const { startFromPage } = await import('@/utils/inventory/page-run');
    const id = await startFromPage('case1', pinterestDoc(), new AbortController().signal);
    expect(id).toBe('inv-older');
    expect(calls.some((c) => c.type === 'cs→bg:inventory-create')).toBe(false);
    releaseFetch();
  });

  it('with no run going, a click creates exactly one run for the logged-in account', async () => {
    const { startFromPage } = await import('@/utils/inventory/page-run');
    const id = await startFromPage('case1', pinterestDoc('someone'), new AbortController().signal);
    const created = calls.filter((c) => c.type === 'cs→bg:inventory-create');
    expect(created).toHaveLength(1);
    expect((created[0].payload as { state: { id: string; username: string } }).state).toMatchObject({ id, username: 'someone' });
    releaseFetch();
  });

  it('a logged-out page starts nothing', async () => {
    const { startFromPage } = await import('@/utils/inventory/page-run');
    document.body.innerHTML = '';
    await expect(startFromPage('case1', document, new AbortController().signal)).rejects.toThrow('logged-out');
    expect(calls).toHaveLength(0);
  });
});
