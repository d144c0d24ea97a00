// Each UI language, as Chromium picks it: the browser started in that language
// (--lang and LANGUAGE) loads the extension without a locale error and serves that
// locale's words to chrome.i18n and to the popup.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, artifactPath, newProfileDir } from './harness.mjs';

const LANGUAGES = [
  ['en', 'en-US'], ['de', 'de'], ['fr', 'fr'], ['es', 'es'], ['it', 'it'], ['nl', 'nl'],
  ['pt_BR', 'pt-BR'], ['pt_PT', 'pt-PT'], ['ja', 'ja'],
];

function messages(dir) {
  return JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', dir, 'messages.json'), 'utf8'));
}

async function launchIn(lang) {
  const profileDir = newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      `--lang=${lang}`, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker, close: async () => { await context.close(); rmSync(profileDir, { recursive: true, force: true }); } };
}

for (const [dir, lang] of LANGUAGES) {
  test(`Chromium in ${lang} loads the extension and speaks ${dir}`, async () => {
    const expected = messages(dir);
    const browser = await launchIn(lang);
    try {
      const seen = await browser.worker.evaluate(() => ({
        ui: chrome.i18n.getUILanguage(),
        draft: chrome.i18n.getMessage('popupDraftAppeal'),
        capture: chrome.i18n.getMessage('popupCapture'),
        seenAt: chrome.i18n.getMessage('noticeSeenAt', ['26.11.2026', 'pinterest.de']),
        name: chrome.runtime.getManifest().name,
        description: chrome.runtime.getManifest().description,
      }));
      assert.equal(seen.draft, expected.popupDraftAppeal.message, `UI language ${seen.ui}`);
      assert.equal(seen.capture, expected.popupCapture.message);
      assert.match(seen.seenAt, /26\.11\.2026/);
      assert.match(seen.seenAt, /pinterest\.de/);
      assert.equal(seen.name, 'Reinstate');
      assert.equal(seen.description, expected.extDescription.message);

      const id = new URL(browser.worker.url()).host;
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.getByText(expected.popupCapture.message, { exact: false }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: artifactPath(`locale-popup-${dir}.png`) });
    } finally {
      await browser.close();
    }
  });
}
