// Issue 18: the appeal editor shows the letter before the checker's patterns compile (cold, the first check in a
// renderer takes about a second): the letter with a "checking" part, sixteen checklist rows marked "checking…",
// copy and print held; then what the notice leaves out fills in. Photographed in en, de and ja, light and dark,
// while checking (a fresh browser, so the check is cold) and once checked; axe-core on both states.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifactPath, launch } from './harness.mjs';
import { checkA11y } from './a11y.mjs';

const NOTICE = 'Your account has been suspended for violating our Community Guidelines on spam. If you think we made a mistake, you can appeal.';

for (const lang of ['en', 'de', 'ja']) {
  test(`${lang}: the letter first, then what the notice leaves out`, async () => {
    const ext = await launch({ lang });
    try {
      const page = await ext.context.newPage();
      await page.goto(ext.url('appeal.html'));
      await page.getByTestId('pasted-notice').waitFor();
      // Typed as a person pastes it: one input event, the check of the whole text starts cold.
      await page.getByTestId('pasted-notice').fill(NOTICE);
      const checking = await page.evaluate(() => document.querySelector('[data-testid=checklist]')?.getAttribute('aria-busy') === 'true');
      if (checking) {
        assert.ok(await page.getByTestId('letter-checking').isVisible(), 'the letter says it is being checked');
        assert.equal(await page.getByTestId('copy').isDisabled(), true, 'copy waits for the check');
        assert.equal(await page.locator('[data-testid=checklist] li').count(), 16);
        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: artifactPath(`appeal-checking-${lang}-${scheme}.png`), fullPage: true });
        }
        await checkA11y(page, `appeal editor while checking, ${lang}`);
      } else {
        // On a fast machine the check can finish inside the first slice: then there is nothing to photograph.
        process.stdout.write(`# ${lang}: checked before the first look (no checking state to photograph)\n`);
      }
      await page.waitForFunction(() => document.querySelector('[data-testid=checklist]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
      assert.equal(await page.getByTestId('letter-checking').count(), 0);
      assert.equal(await page.locator('[data-testid=checklist] li').count(), 16);
      assert.ok((await page.locator('[data-testid=checklist] .missing').count()) > 0, 'the notice leaves items out');
      assert.ok((await page.locator('[data-testid=letter-part][data-section=missing_own]').count()) === 1, 'the letter names them');
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: artifactPath(`appeal-checked-${lang}-${scheme}.png`), fullPage: true });
      }
      await checkA11y(page, `appeal editor checked, ${lang}`);
    } finally {
      await ext.close();
    }
  });
}
