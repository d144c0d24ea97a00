import { TIKTOK_DOMAINS } from '../../platforms/hosts';
import { textAdapter } from './generic';

/** TikTok: the banned and suspended account screens, the account status page and toasts. */
export const tiktok = textAdapter({
  platform: 'tiktok',
  domains: TIKTOK_DOMAINS,
  reads: ['text of the banned-account screen, toasts and dialogs', 'routes /setting/account-status, /login'],
  selectors: ['[data-e2e*="toast" i]', '[data-e2e*="ban" i]'],
  selfRoutes: /^\/(setting|login|safety\/account-status)/,
  profileRoute: /^\/@([A-Za-z0-9._]{1,24})\/?$/,
});
