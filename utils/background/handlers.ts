import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { CapturePacer } from '../capture/pacer';
import { captureVisible, type VisibleCaptureDeps } from '../capture/visible';
import { Store } from '../db/store';
import { t } from '../i18n';
import type { Handlers } from '../messages';

/**
 * What the background answers. Built from the browser API it is given, so a
 * test can pass WXT's fake browser and a fake capture.
 */
export function createBackgroundHandlers(browser: Browser, store = new Store(), pacer = new CapturePacer()): Handlers {
  const captureDeps: VisibleCaptureDeps = {
    store,
    pacer,
    getTab: (id) => browser.tabs.get(id),
    getWindow: (id) => browser.windows.get(id),
    captureVisibleTab: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    userAgent: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version,
  };
  return {
    'ui→bg:capture-visible': async ({ tabId, caseId }) => {
      const { thumb: _thumb, ...summary } = await captureVisible(captureDeps, { tabId, caseId });
      return summary;
    },
    'ui→bg:evidence-delete': ({ id, reason }) => store.deleteEvidence(id, reason),
    'ui→bg:current-case': async () => {
      const current = await store.currentCase(t('defaultCaseTitle'));
      return { id: current.id, title: current.title };
    },
  };
}
