import type { browser as browserApi } from 'wxt/browser';
import { grantedPlatformPatterns } from './catalog';

type Browser = typeof browserApi;
export const PLATFORMS_SCRIPT_ID = 'reinstate-platforms';
export const PLATFORMS_SCRIPT_FILE = 'content-scripts/platforms.js';

/**
 * Keeps the notice watcher registered on exactly the optional platforms the
 * user has granted. Static content scripts would make every platform a
 * required permission at install; runtime registration keeps them optional.
 */
export async function syncPlatformScripts(browser: Browser): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = grantedPlatformPatterns(origins);
  const scripting = (browser as unknown as { scripting?: Browser['scripting'] }).scripting;
  if (!scripting?.registerContentScripts) return matches;
  const existing = await scripting.getRegisteredContentScripts({ ids: [PLATFORMS_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [PLATFORMS_SCRIPT_ID] });
  if (matches.length) {
    await scripting.registerContentScripts([
      { id: PLATFORMS_SCRIPT_ID, matches, js: [PLATFORMS_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}
