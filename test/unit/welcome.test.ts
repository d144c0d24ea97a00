import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '@/utils/background/welcome';

describe('the welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once after a fresh install', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openWelcomeOnInstall(fakeBrowser as never, { reason: 'install' })).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.filter((tab) => tab.url === fakeBrowser.runtime.getURL('/welcome.html'))).toHaveLength(1);
  });

  it('stays closed after an update or a browser update', async () => {
    const before = await fakeBrowser.tabs.query({});
    expect(await openWelcomeOnInstall(fakeBrowser as never, { reason: 'update' })).toBe(false);
    expect(await openWelcomeOnInstall(fakeBrowser as never, { reason: 'chrome_update' })).toBe(false);
    expect(await fakeBrowser.tabs.query({})).toEqual(before);
  });
});
