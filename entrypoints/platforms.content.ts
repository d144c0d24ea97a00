import { defineContentScript } from '#imports';
import { reportNotice } from '@/utils/detection/report';
import { watchForNotices } from '@/utils/detection/watch';
import { warmUpDetector } from '@/utils/detection/warm';

// Registered at run time (utils/platforms/registration.ts) on the platforms
// the user turned on; the adapter is picked from the page's URL.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    watchForNotices({
      doc: document,
      win: window,
      signal: controller.signal,
      onNotice: (detection) => void reportNotice(detection, document, controller.signal).catch(() => undefined),
    })();
    warmUpDetector(window, controller.signal);
  },
});
