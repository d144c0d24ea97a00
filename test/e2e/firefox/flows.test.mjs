// Issue 15: the end-to-end flows in real Firefox (Debian's firefox-esr, the
// MV2 e2e build, puppeteer-core over WebDriver BiDi): the same suite as
// Chromium's shared-flows.test.mjs.
import { coreFlows } from '../core-flows-suite.mjs';

coreFlows('firefox', { label: 'Firefox suite', snapshot: 'HTML' });
