import { defineContentScript } from '#imports';
import { installApiTap } from '@/utils/detection/api-tap';
import { PINTEREST_DOMAINS, matchPatternsFor } from '@/utils/platforms/hosts';

// MAIN world, before the page's own scripts: sees the login and resource API
// responses and posts only their error envelope to the content script.
export default defineContentScript({
  matches: matchPatternsFor(PINTEREST_DOMAINS),
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installApiTap(window);
  },
});
