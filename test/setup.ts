import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Chrome's getMessage, enough of it: named placeholders filled from $1…$9. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = (en as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n; the real files are the source of truth.
  (fakeBrowser as unknown as { i18n: object }).i18n = {
    getMessage: englishMessage,
    getUILanguage: () => 'en',
  };
  globalThis.indexedDB = new IDBFactory();
});
