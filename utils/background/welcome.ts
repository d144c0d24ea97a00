import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;

/**
 * After a fresh install (not an update, not a browser restart) the welcome
 * page opens, so that the person sees what to do before they need it.
 */
export async function openWelcomeOnInstall(browser: Browser, details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return true;
}
