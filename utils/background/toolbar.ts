import { browser as defaultBrowser } from 'wxt/browser';

/**
 * The toolbar button's API under either manifest: `browser.action` in MV3,
 * `browser.browserAction` in MV2 (Firefox's store build). Calling
 * `browser.action` in MV2 throws, which is how the badge went missing in
 * Firefox; every call site goes through here so none repeats it.
 */
export interface ToolbarAction {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId?: number }): Promise<void> | void;
  getBadgeText(details: { tabId?: number }): Promise<string>;
}

type WithToolbar = { action?: unknown; browserAction?: unknown };

export const NOTICE_BADGE_COLOR = '#b3261e';

export function toolbarAction(api: WithToolbar = defaultBrowser as unknown as WithToolbar): ToolbarAction | undefined {
  return (api.action ?? api.browserAction) as ToolbarAction | undefined;
}

export interface BadgeOptions {
  /** Tooltip of the button for this tab. */
  title?: string;
  /** The extension API to use (a test passes a fake). */
  browser?: unknown;
}

/**
 * Sets the badge (and optionally the tooltip) of the toolbar button for one
 * tab. A badge is a hint, never worth failing a capture for: a failure is
 * logged with its cause and reported as `false`, not thrown.
 */
export async function setBadge(tabId: number, text: string, color?: string, options: BadgeOptions = {}): Promise<boolean> {
  const action = toolbarAction((options.browser ?? defaultBrowser) as WithToolbar);
  if (!action) {
    console.error('Reinstate: no toolbar action API (neither browser.action nor browser.browserAction); badge not set.');
    return false;
  }
  try {
    if (color) await action.setBadgeBackgroundColor({ color, tabId });
    await action.setBadgeText({ text, tabId });
    if (options.title !== undefined) await action.setTitle({ title: options.title, tabId });
    return true;
  } catch (error) {
    console.error(`Reinstate: toolbar badge not set for tab ${tabId}:`, error);
    return false;
  }
}
