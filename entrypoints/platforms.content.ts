import { defineContentScript } from '#imports';
import { reportNotice } from '@/utils/detection/report';
import { watchForNotices } from '@/utils/detection/watch';
import { remoteClassifier } from '@/utils/detection/remote-classifier';
import { sendWithRetry } from '@/utils/messages';

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
      // The rules and the model live in the background: this script only finds the words.
      classifier: remoteClassifier((request) => sendWithRetry('cs→bg:classify-texts', request, 3)),
      onNotice: (detection) => void reportNotice(detection, document, controller.signal).catch(() => undefined),
    })();
  },
});
