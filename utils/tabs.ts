import { browser } from 'wxt/browser';

/**
 * The tab a popup acts on. A `?tabId=` in the popup's own URL wins: when the
 * popup is opened as a tab (tests, keyboard users), "the active tab" would be
 * the popup itself.
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const override = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(override) && override > 0) return override;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
