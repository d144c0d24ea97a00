// The new user's path in real Firefox: the flows of test/e2e/ui-flows-suite.mjs.
import { defineUiFlows } from '../ui-flows-suite.mjs';

defineUiFlows('firefox');
