import { render } from 'preact';
import { App, takeCaseHeading } from './App';
import type { CaseHeading } from '@/utils/db/early-read';
import { uiLanguage } from '@/utils/i18n';

export function start(heading: Promise<CaseHeading | undefined>): void {
  document.documentElement.lang = uiLanguage();
  takeCaseHeading(heading);
  render(<App />, document.getElementById('app')!);
}
