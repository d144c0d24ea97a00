import { META_DOMAINS } from '../../platforms/hosts';
import { textAdapter } from './generic';

/** Instagram, Threads and Facebook: the checkpoint and "Account status" flows, disabled and suspended screens, action blocks. */
export const meta = textAdapter({
  platform: 'meta',
  domains: META_DOMAINS,
  reads: ['routes /checkpoint/…, /accounts/suspended, /accounts/disabled, account status', 'text of dialogs (action blocked), disabled and suspended screens'],
  selfRoutes: /^\/(checkpoint|accounts\/(suspended|disabled)|challenge|account_status|settings\/account_status|help\/contact)/,
  profileRoute: /^\/([A-Za-z0-9._]{1,30})\/?$/,
});
