import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Saved pages link CSS and scripts on Pinterest's CDN: load none of it, so tests stay offline.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['fake-indexeddb/auto', './test/setup.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
    mockReset: true,
    // Tests assert behaviour, not time: a heavy test (a byte-flip sweep, 160 damaged records) takes
    // 1–3 s alone and over 5 s on a loaded 2-core machine, and a timeout there would say nothing true.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
