import { defineContentScript } from '#imports';
import { apiErrorFeed, openBridge } from '@/utils/detection/bridge';
import { remoteClassifier } from '@/utils/detection/remote-classifier';
import { reportNotice } from '@/utils/detection/report';
import { watchForNotices } from '@/utils/detection/watch';
import { PINTEREST_DOMAINS, matchPatternsFor } from '@/utils/platforms/hosts';
import { browser } from 'wxt/browser';
import { ReinstateError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { resumeIfUnfinished, startFromPage } from '@/utils/inventory/page-run';
import { createDispatcher, sendWithRetry } from '@/utils/messages';

export default defineContentScript({
  matches: matchPatternsFor(PINTEREST_DOMAINS),
  // document_start: the private line to the main-world API tap must be handed
  // over before any page script runs (utils/detection/bridge.ts).
  runAt: 'document_start',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const apiErrors = apiErrorFeed();
    openBridge(document, apiErrors.push, controller.signal);

    const start = () => {
      const check = watchForNotices({
        doc: document,
        win: window,
        signal: controller.signal,
        apiErrors,
        // The rules and the model live in the background: this script only finds the words.
        classifier: remoteClassifier((request) => sendWithRetry('cs→bg:classify-texts', request, 3)),
        onNotice: (detection) => void reportNotice(detection, document, controller.signal).catch(() => undefined),
      });
      check();
      void resumeIfUnfinished(document, controller.signal).catch(() => undefined);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal: controller.signal });
    else start();

    // The inventory runs here, with the page's own session (same origin, GET only).
    const answer = createDispatcher({
      'bg→cs:inventory-start': async ({ caseId }) => {
        try {
          return { inventoryId: await startFromPage(caseId, document, controller.signal) };
        } catch (error) {
          throw (error as Error).message === 'logged-out' ? new ReinstateError('bad-request', t('errorInventoryLoggedOut')) : error;
        }
      },
    });
    browser.runtime.onMessage.addListener((message, sender) => answer(message, sender));
  },
});
