import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Screenshots at the moment a notice appears need the browser's permission for every site (captureVisibleTab). */
const AUTO_SCREENSHOT_ORIGINS = ['<all_urls>'];

/**
 * The first page after install: one question, three steps, one optional
 * permission asked where its reason is written, and a way in for people whose
 * notice came by email.
 */
export function App() {
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  const [screenshots, setScreenshots] = useState<boolean>();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void browser.permissions.contains({ origins: AUTO_SCREENSHOT_ORIGINS }).then(setScreenshots, () => setScreenshots(false));
  }, []);

  async function allowScreenshots() {
    setRefused(false);
    // Asked on this click only: the browser shows its own prompt, the person decides.
    const ok = await browser.permissions.request({ origins: AUTO_SCREENSHOT_ORIGINS }).catch(() => false);
    setScreenshots(ok);
    setRefused(!ok);
  }

  return (
    <>
      <a class="skip-link" href="#steps">{t('welcomeSkip')}</a>
      <main class="welcome">
        <header>
          <p class="brand">{t('extName')}</p>
          <h1>{t('welcomeQuestion')}</h1>
          <div class="choices" role="group" aria-label={t('welcomeQuestion')}>
            <button class={answer === 'yes' ? 'primary' : ''} aria-pressed={answer === 'yes'} onClick={() => (setAnswer('yes'), document.getElementById('steps')?.focus())} data-testid="welcome-yes">
              {t('welcomeYes')}
            </button>
            <button class={answer === 'no' ? 'primary' : ''} aria-pressed={answer === 'no'} onClick={() => setAnswer('no')} data-testid="welcome-no">
              {t('welcomeNo')}
            </button>
          </div>
          {answer === 'no' && <p role="status">{t('welcomeNoAnswer')}</p>}
        </header>

        <section id="steps" tabIndex={-1} aria-labelledby="steps-title" data-testid="welcome-steps">
          <h2 id="steps-title">{t('welcomeStepsTitle')}</h2>
          <ol class="steps">
            <li>
              <h3>{t('welcomeStep1Title')}</h3>
              <p>{t('welcomeStep1')}</p>
            </li>
            <li>
              <h3>{t('welcomeStep2Title')}</h3>
              <p>{t('welcomeStep2')}</p>
            </li>
            <li>
              <h3>{t('welcomeStep3Title')}</h3>
              <p>{t('welcomeStep3')}</p>
            </li>
          </ol>
          <p class="private">
            {t('welcomePrivate')}
          </p>
        </section>

        <section class="card" aria-labelledby="screens-title" data-testid="welcome-screenshots">
          <h2 id="screens-title">{t('welcomeScreenshotsTitle')}</h2>
          <p>{t('welcomeScreenshotsWhy')}</p>
          {screenshots ? (
            <p class="ok" role="status" data-testid="screenshots-on">✓ {t('welcomeScreenshotsOn')}</p>
          ) : (
            <button class="primary" onClick={allowScreenshots} data-testid="allow-screenshots">{t('welcomeScreenshotsAllow')}</button>
          )}
          {refused && <p class="muted" role="status">{t('welcomeScreenshotsRefused')}</p>}
        </section>

        <section class="card" aria-labelledby="email-title">
          <h2 id="email-title">{t('welcomeEmailTitle')}</h2>
          <p>{t('welcomeEmail')}</p>
          <p>
            <a class="button" href={browser.runtime.getURL('/popup.html#paste')} data-testid="welcome-paste">{t('welcomePasteLink')}</a>{' '}
            <a class="button" href={browser.runtime.getURL('/locker.html')} data-testid="welcome-locker">{t('popupOpenCase')}</a>
          </p>
        </section>
      </main>
    </>
  );
}
