import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import {
  META_DOMAINS,
  PINTEREST_DOMAINS,
  REDDIT_DOMAINS,
  TIKTOK_DOMAINS,
  X_DOMAINS,
  YOUTUBE_DOMAINS,
  matchPatternsFor,
} from './utils/platforms/hosts';

// Every permission is explained in README.md § Permissions. Keep the two in step.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const pinterest = matchPatternsFor(PINTEREST_DOMAINS);
    const otherPlatforms = matchPatternsFor([
      ...X_DOMAINS,
      ...META_DOMAINS,
      ...TIKTOK_DOMAINS,
      ...YOUTUBE_DOMAINS,
      ...REDDIT_DOMAINS,
    ]);
    // Automatic screenshots at the moment a notice appears need <all_urls>
    // (captureVisibleTab refuses a host permission alone). Optional: the user
    // grants it once, in context. The e2e build has it granted, because no test
    // can click the toolbar icon to grant activeTab.
    // Pinterest's image host, for the optional small image of each pin in an
    // inventory: asked for when the person switches pin pictures on.
    const pinterestImages = ['https://i.pinimg.com/*'];
    const optionalHosts = [...otherPlatforms, ...pinterestImages, '<all_urls>'];
    const hosts = mode === 'e2e' ? [...pinterest, ...pinterestImages, '<all_urls>'] : [...pinterest];
    const apiPermissions = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'];
    // MHTML snapshots exist in Chromium only; Firefox saves the DOM as HTML instead.
    if (browser !== 'firefox') apiPermissions.push('pageCapture');
    const perBrowser =
      manifestVersion === 2
        ? { permissions: [...apiPermissions, ...hosts], optional_permissions: optionalHosts }
        : { permissions: apiPermissions, host_permissions: hosts, optional_host_permissions: optionalHosts };
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      ...perBrowser,
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'reinstate@reinstate.invalid',
                strict_min_version: '115.0',
                // Nothing is collected or transmitted: evidence stays in the profile.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
