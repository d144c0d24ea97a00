import { YOUTUBE_DOMAINS } from '../../platforms/hosts';
import { textAdapter } from './generic';

/** YouTube and YouTube Studio: channel termination, strikes and removed videos. */
export const youtube = textAdapter({
  platform: 'youtube',
  domains: YOUTUBE_DOMAINS,
  reads: ['text of Studio banners and dialogs (strikes, termination)', 'routes on studio.youtube.com'],
  selectors: ['ytcp-banner', 'ytd-alert-with-button-renderer', 'yt-alert-renderer', '.yt-alert-message'],
  selfRoutes: /^\/(channel\/[^/]+\/(copyright|monetization|violations)|account)/,
  profileRoute: /^\/@([A-Za-z0-9._-]{1,30})\/?$/,
});
