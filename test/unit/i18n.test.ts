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
