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
// The Firefox ESR the E2E suite runs (Debian's firefox-esr 153.x) and the oldest
// supported ESR; also past what the code needs (data_collection_permissions: 140,
// scripting in MV2: 102, OffscreenCanvas in the background page: 105).
const FIREFOX_MIN_VERSION = '153.0';
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The source package for addons.mozilla.org's reviewers: the code and how to build it, not local test output.
  zip: { excludeSources: ['test-results/**', '.output/**', 'node_modules/**'] },
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
        : {
            permissions: apiPermissions,
            host_permissions: hosts,
            // The e2e build requires <all_urls>, which covers every optional host: Chromium would list
            // each as a manifest warning ("redundant … will be omitted") and drop it anyway.
            optional_host_permissions: mode === 'e2e' ? [] : optionalHosts,
          };
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
                strict_min_version: FIREFOX_MIN_VERSION,
                // Nothing is collected or transmitted: evidence stays in the profile.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
