import { REDDIT_DOMAINS } from '../../platforms/hosts';
import { textAdapter } from './generic';

/** Reddit: the suspension banner, "you can't do that while suspended", and other users' suspended or deleted profiles. */
export const reddit = textAdapter({
  platform: 'reddit',
  domains: REDDIT_DOMAINS,
  reads: ['text of banners, toasts and error pages', 'profile pages /user/<name>: someone else’s suspension is not yours'],
  selectors: ['.infobar', '.error', 'shreddit-async-loader[bundlename="suspended_banner"]', 'faceplate-banner'],
  selfRoutes: /^\/(settings|appeal|message)/,
  profileRoute: /^\/(?:user|u)\/([A-Za-z0-9_-]{3,20})\/?/,
});
