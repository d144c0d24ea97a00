import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('locale files', () => {
  it('has an English message for every key the code uses', () => {
    const used = new Set<string>();
    for (const file of [...sources('entrypoints'), ...sources('components'), ...sources('utils')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:error|popup|locker|field|storage)[A-Z][A-Za-z0-9]+)'/g)) used.add(m[1]!);
    }
    for (const kind of ['account_suspended', 'account_deactivated', 'account_restricted', 'content_removed']) used.add(`noticeKind_${kind}`);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });

  it('uses only message names Chrome accepts (letters, digits, _ and @)', () => {
    // One bad name and Chrome refuses to load the whole extension.
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('names every placeholder it uses', () => {
    for (const [key, entry] of Object.entries(en as Record<string, { message: string; placeholders?: Record<string, unknown> }>)) {
      for (const m of entry.message.matchAll(/\$([A-Z_]+)\$/g)) {
        expect(entry.placeholders?.[m[1]!.toLowerCase()], `${key} uses $${m[1]}$`).toBeDefined();
      }
    }
  });
});

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;

const LOCALES_DIR = 'public/_locales';
const english = en as unknown as Messages;

/**
 * Chromium's own list of extension locales (the Chrome Web Store list). Chrome silently
 * ignores a `_locales/<dir>` not on it, so a bare `pt` would leave Portuguese users in English.
 */
const CHROMIUM_LOCALES = new Set(
  ('ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko ' +
    'lt lv ml mr ms nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW').split(' '),
);

/** Names and brands that stay as they are in every language. */
const NAMES = [
  'Reinstate', 'Pinterest', 'SHA-256', 'DSA', 'GDPR', 'P2B', 'UTC', 'ZIP', 'CSV', 'JSON', 'PDF', 'MHTML', 'HTML',
  'manifest.json', '.ics', 'MB', 'ID', 'EU', 'URL', 'TikTok', 'YouTube', 'Reddit', 'Facebook', 'Instagram', 'X',
];

/**
 * Words that are the same in one language as in English, each with why. Kept short on
 * purpose: anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: { key: string; locales: string[]; why: string }[] = [
  { key: 'fieldBrowser', locales: ['de', 'it', 'nl'], why: '“Browser” is the everyday word there' },
  { key: 'region_in', locales: ['es', 'it', 'nl'], why: 'the country is called India there' },
  { key: 'appealToneFormal', locales: ['es', 'pt_BR', 'pt_PT'], why: '“formal” is the word there' },
  { key: 'channel_email', locales: ['fr', 'it', 'nl', 'pt_BR', 'pt_PT'], why: '“e-mail” is written so there' },
  { key: 'reportColAccount', locales: ['it', 'nl'], why: '“account” is the word there' },
  { key: 'reportColFile', locales: ['it'], why: '“file” is the Italian word' },
];

function localeDirs(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function load(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** `$NAME$` placeholders (case-insensitive, as Chrome reads them) and bare `$1`…`$9` substitutions. */
function tokens(message: string): string[] {
  const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => `$${m[1]!.toUpperCase()}$`);
  const bare = [...message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`);
  return [...named, ...bare].sort();
}

/** True when nothing but names, numbers, placeholders and punctuation is left. */
function onlyNames(message: string): boolean {
  let rest = message.replace(/\$[A-Za-z0-9_@]+\$|\$\d/g, ' ');
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

/** Keys whose text is still the English one, names and the justified words above aside. */
function untranslated(locale: string, messages: Messages): string[] {
  const same = new Set(SAME_AS_ENGLISH.filter((s) => s.locales.includes(locale)).map((s) => s.key));
  return Object.entries(english)
    .filter(([key, entry]) => messages[key]?.message === entry.message)
    .filter(([key, entry]) => !onlyNames(entry.message) && !same.has(key))
    .map(([key]) => key);
}

/** Keys whose placeholders or substitutions differ from English. */
function placeholderMismatches(messages: Messages): string[] {
  return Object.entries(english)
    .filter(([key]) => messages[key])
    .filter(([key, entry]) => {
      const own = messages[key]!;
      return (
        JSON.stringify(tokens(own.message)) !== JSON.stringify(tokens(entry.message)) ||
        JSON.stringify(own.placeholders ?? {}) !== JSON.stringify(entry.placeholders ?? {})
      );
    })
    .map(([key]) => key);
}

const others = localeDirs().filter((l) => l !== 'en');

describe('translations', () => {
  it('has the seven languages besides English, in directories Chromium accepts', () => {
    expect(others).toEqual(['de', 'es', 'fr', 'it', 'ja', 'nl', 'pt_BR', 'pt_PT']);
    for (const dir of localeDirs()) expect(CHROMIUM_LOCALES.has(dir), `_locales/${dir} is ignored by Chromium`).toBe(true);
  });

  describe.each(others)('%s', (locale) => {
    const messages = load(locale);

    it('has every key of English', () => {
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    });

    it('uses only key names Chrome accepts', () => {
      for (const key of Object.keys(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(key.startsWith('@@'), `${key} is reserved`).toBe(false);
      }
    });

    it('keeps every placeholder and substitution of English, and adds none', () => {
      for (const entry of Object.values(messages)) expect(typeof entry.message).toBe('string');
      expect(placeholderMismatches(messages)).toEqual([]);
    });

    it('defines every placeholder it uses, also in keys English does not have yet', () => {
      for (const [key, entry] of Object.entries(messages)) {
        for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(entry.placeholders?.[m[1]!.toLowerCase()], `${locale}:${key} uses $${m[1]}$`).toBeDefined();
        }
      }
    });

    it('leaves nothing in English but names and brands', () => {
      expect(untranslated(locale, messages)).toEqual([]);
    });
  });

  it('catches an untranslated string, a missing placeholder and a name Chrome refuses', () => {
    // The checks above must be able to fail: try them on broken input.
    expect(onlyNames('Reinstate')).toBe(true);
    expect(onlyNames('SHA-256 · $1')).toBe(true);
    expect(onlyNames('Open the Locker')).toBe(false);
    expect(tokens('Seen $WHEN$ on $where$')).toEqual(['$WHEN$', '$WHERE$']);
    expect(tokens('Gesehen am $WHEN$')).not.toEqual(tokens('Seen $WHEN$ on $WHERE$'));
    expect(tokens('$1 of $2')).toEqual(['$1', '$2']);
    expect('bad-key').not.toMatch(/^[A-Za-z0-9_@]+$/);
    // A locale that is a copy of English, or that lost or renamed a placeholder.
    const copy = structuredClone(english);
    expect(untranslated('de', copy)).toContain('popupCapture');
    expect(untranslated('de', copy)).not.toContain('extName');
    const german = load('de');
    const broken: Messages = {
      ...german,
      noticeSeenAt: { ...german.noticeSeenAt!, message: 'Gesehen am $WHEN$' },
      lockerDamaged: { ...german.lockerDamaged!, placeholders: { id: { content: '$2' }, problem: { content: '$1' } } },
      popupCaptured: { message: 'Gespeichert $1' },
    };
    expect(placeholderMismatches(broken).sort()).toEqual(['lockerDamaged', 'noticeSeenAt', 'popupCaptured']);
  });
});
