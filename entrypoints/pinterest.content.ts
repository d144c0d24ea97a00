import { defineContentScript } from '#imports';
import { reportNotice } from '@/utils/detection/report';
import { watchForNotices } from '@/utils/detection/watch';
import { PINTEREST_DOMAINS, matchPatternsFor } from '@/utils/platforms/hosts';
import { browser } from 'wxt/browser';
import { ReinstateError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { resumeIfUnfinished, startFromPage } from '@/utils/inventory/page-run';
import { createDispatcher } from '@/utils/messages';

export default defineContentScript({
  matches: matchPatternsFor(PINTEREST_DOMAINS),
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const check = watchForNotices({
      doc: document,
      win: window,
      signal: controller.signal,
      onNotice: (detection) => void reportNotice(detection, document, controller.signal).catch(() => undefined),
    });
    check();

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
    void resumeIfUnfinished(document, controller.signal).catch(() => undefined);
  },
});
