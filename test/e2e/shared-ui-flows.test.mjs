// The new user's path in Chromium: the same flows as test/e2e/firefox/ui-flows.test.mjs.
import { defineUiFlows } from './ui-flows-suite.mjs';

defineUiFlows('chromium');
