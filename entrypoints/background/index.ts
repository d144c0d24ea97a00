import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { createDispatcher } from '@/utils/messages';

export default defineBackground(() => {
  // Listeners are registered synchronously: an MV3 worker woken by a message
  // must find them in place before any await.
  const dispatch = createDispatcher(createBackgroundHandlers(browser));
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
});
