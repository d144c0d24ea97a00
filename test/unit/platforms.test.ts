import { describe, expect, it, vi } from 'vitest';
import { grantedPlatformPatterns, PLATFORMS } from '@/utils/platforms/catalog';
import { PLATFORMS_SCRIPT_ID, syncPlatformScripts } from '@/utils/platforms/registration';

describe('optional platforms', () => {
  it('registers the watcher only where the user granted access', () => {
    expect(grantedPlatformPatterns([])).toEqual([]);
    expect(grantedPlatformPatterns(['https://*.reddit.com/*', 'https://reddit.com/*', 'https://*.pinterest.com/*'])).toEqual(['https://*.reddit.com/*', 'https://reddit.com/*']);
    const all = grantedPlatformPatterns(['<all_urls>']);
    expect(all).toContain('https://x.com/*');
    expect(all.some((p) => p.includes('pinterest'))).toBe(false); // Pinterest has its own static script
  });

  it('Pinterest is required; the other five are optional', () => {
    expect(PLATFORMS.filter((p) => !p.optional).map((p) => p.id)).toEqual(['pinterest']);
    expect(PLATFORMS.filter((p) => p.optional).map((p) => p.id)).toEqual(['x', 'meta', 'tiktok', 'youtube', 'reddit']);
  });

  it('re-registers the content script with the granted patterns, and removes it when none are left', async () => {
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => [{ id: PLATFORMS_SCRIPT_ID }]),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
    };
    let origins = ['https://*.x.com/*', 'https://x.com/*'];
    const browser = { permissions: { getAll: async () => ({ origins }) }, scripting } as never;
    expect(await syncPlatformScripts(browser)).toEqual(origins);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [PLATFORMS_SCRIPT_ID] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: PLATFORMS_SCRIPT_ID, matches: origins })]);
    origins = [];
    scripting.registerContentScripts.mockClear();
    expect(await syncPlatformScripts(browser)).toEqual([]);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
