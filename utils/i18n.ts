import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * Every string a person sees goes through the extension's locale files
 * (`public/_locales/<lang>/messages.json`). A missing key shows the key itself,
 * which a test catches, rather than an empty label.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // i18n is unavailable (a unit test without a browser): fall through.
  }
  return key;
}

/** The UI language the browser picked, e.g. "en" or "de". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split(/[-_]/)[0] || 'en';
  } catch {
    return 'en';
  }
}
