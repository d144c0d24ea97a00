import { defineContentScript } from '#imports';
import { reportNotice } from '@/utils/detection/report';
import { watchForNotices } from '@/utils/detection/watch';
import { PINTEREST_DOMAINS, matchPatternsFor } from '@/utils/platforms/hosts';

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
  },
});
