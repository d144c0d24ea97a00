// Shared by the checker's paradigm tests: one way to ask for an item's status, one way to run a sentence per language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkNotice } from '@/utils/appeal/checklist';
import type { AppealContext, ChecklistId } from '@/utils/appeal/types';

/** A consumer in the EU on `platform`. */
export const euContext = (platform: AppealContext['platform']): AppealContext => ({ platform, region: 'eu', business: false });

/** The status `checkNotice` gives item `id` for `text`, read as an account suspension in the EU. */
export const statusIn = (platform: AppealContext['platform']) => {
  const context = euContext(platform);
  return (id: ChecklistId, text: string) => checkNotice({ text, kind: 'account_suspended' }, context).find((r) => r.id === id)!.status;
};

/** One test per item and language: that language's sentence must make the item present. */
export function presentInEachLanguage<L extends string>(status: ReturnType<typeof statusIn>, byItem: Partial<Record<ChecklistId, Record<L, string>>>, langs: readonly L[]): void {
  for (const [id, byLang] of Object.entries(byItem) as [ChecklistId, Record<L, string>][]) {
    it.each(langs.map((lang) => [lang, byLang[lang]] as const))(`${id} present (%s): %s`, (_lang, text) => {
      expect(status(id, text)).toBe('present');
    });
  }
}

/** The detection corpus by row id: the real wordings the families are tested on. */
export function corpusById(): Map<string, { text: string; kind: string }> {
  const dir = join(__dirname, '../../fixtures/notices');
  const corpus = new Map<string, { text: string; kind: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { id: string; text: string; kind: string };
      corpus.set(row.id, row);
    }
  }
  return corpus;
}

/** Ids of the labelled set's held-out rows, which no family may be written or tested from. */
export function heldOutLabelledIds(): Set<string> {
  return new Set(
    readFileSync(join(__dirname, '../../fixtures/appeal/labelled-notices.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; split: string })
      .filter((row) => row.split === 'heldout')
      .map((row) => row.id),
  );
}
