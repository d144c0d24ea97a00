import type { CaseRecord } from '../db/schema';
import { t } from '../i18n';
import { platformName } from './labels';

/**
 * The name an imported case gets, so it never lands as a second, unexplained
 * "My case": the platform and account from the bundle where it has them
 * ("Pinterest @maya_makes (imported)"), else its own title, numbered when
 * that name is already taken here.
 */
export function importedCaseTitle(c: Pick<CaseRecord, 'title' | 'platform' | 'account'>, taken: Iterable<string>): string {
  const account = c.account?.replace(/^@/, '');
  const platform = platformName(c.platform);
  const what = account ? `${platform} @${account}`.trim() : c.title.trim() || platform;
  const base = t('importedCaseTitle', what);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`)) return `${base} ${n}`;
}
