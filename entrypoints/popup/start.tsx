import { render } from 'preact';
import { App, takeCaseHeading } from './App';
import type { CaseHeading } from '@/utils/db/early-read';
import { uiLanguage } from '@/utils/i18n';

/**
 * How long the first render waits for the early read of the case. The read
 * starts before the popup's modules are evaluated and has usually answered
 * by the time they are; waiting for it lets the first paint carry the case's
 * title instead of painting "…", then running an effect after that paint to
 * render again (a frame or more later, longer on a busy machine). A read that
 * takes longer than this is not waited for: the popup renders, and the title
 * follows as before.
 */
const FIRST_RENDER_WAIT_MS = 60;

export function start(heading: Promise<CaseHeading | undefined>): void {
  document.documentElement.lang = uiLanguage();
  takeCaseHeading(heading);
  const root = document.getElementById('app')!;
  const waited = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS, undefined));
  void Promise.race([heading.catch(() => undefined), waited]).then((found) => render(<App initialTitle={found?.title} />, root));
}
