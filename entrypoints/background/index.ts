import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { createDispatcher } from '@/utils/messages';
import { syncPlatformScripts } from '@/utils/platforms/registration';

export default defineBackground(() => {
  // Listeners are registered synchronously: an MV3 worker woken by a message
  // must find them in place before any await.
  const dispatch = createDispatcher(createBackgroundHandlers(browser));
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  const sync = () => void syncPlatformScripts(browser).catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});
