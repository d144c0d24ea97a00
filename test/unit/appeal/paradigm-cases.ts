// Shared by the checker's paradigm tests: one way to ask for an item's status, one way to run a sentence per language.
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
