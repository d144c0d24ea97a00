// The flows of test/e2e/flows.mjs in Chromium: the same suite the Firefox
// file (test/e2e/firefox/flows.test.mjs) runs.
import { coreFlows } from './core-flows-suite.mjs';

coreFlows('chromium', { label: 'Chromium shared flows', snapshot: 'MHTML' });
