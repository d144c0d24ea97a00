import { X_DOMAINS } from '../../platforms/hosts';
import { textAdapter } from './generic';

/** X (Twitter): the suspension banner on the home timeline, the locked-account flow, and other people's "Account suspended" profiles. */
export const x = textAdapter({
  platform: 'x',
  domains: X_DOMAINS,
  reads: ['text of banners, dialogs and the empty-state on profiles', 'routes /account/access, /i/flow/…', 'profile pages: someone else’s “Account suspended” is not yours'],
  selectors: ['[data-testid="emptyState"]', '[data-testid="error-detail"]', '[data-testid*="Banner" i]', '[data-testid="toast"]'],
  selfRoutes: /^\/(account\/access|account\/suspended|i\/flow|home|settings)/,
  profileRoute: /^\/([A-Za-z0-9_]{1,15})\/?$/,
  viewer: (doc) => doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [dir="ltr"] span')?.textContent?.replace(/^@/, '') ?? undefined,
});
