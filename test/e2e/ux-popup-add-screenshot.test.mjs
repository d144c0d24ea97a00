// Issue 16 item 2: when the case's notice has no picture (here: a message pasted from an
// email), the popup leads with the notice, "Write my appeal" as its one big action, and
// "Add a screenshot" right under it, in the browser's language (German here).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { artifactPath, eventually, launch, readStore } from './harness.mjs';
import { checkA11y } from './a11y.mjs';

const DE = JSON.parse(readFileSync(new URL('../../public/_locales/de/messages.json', import.meta.url), 'utf8'));
// Written for this test, in the shape of Pinterest's suspension emails (German).
const EMAIL = 'Ihr Konto wurde gesperrt. Wir haben Ihr Pinterest-Konto gesperrt, weil es gegen unsere Community-Richtlinien verstößt. Wenn Sie glauben, dass es sich um einen Fehler handelt, können Sie Einspruch einlegen.';

let ext;
before(async () => {
  ext = await launch({ lang: 'de' });
});
after(async () => {
  await ext?.close();
});

test('a notice without a picture: the popup offers “Add a screenshot” under “Meine Beschwerde schreiben”', async () => {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(ext.url('popup.html'));
  // Before any notice, capturing stays the first action.
  assert.ok(await popup.getByTestId('capture').evaluate((b) => b.classList.contains('primary')));
  await popup.getByTestId('paste-open').locator('summary').click();
  await popup.getByTestId('paste-text').fill(EMAIL);
  await popup.getByTestId('paste-check').click();
  await popup.getByTestId('paste-verdict').waitFor();
  await popup.getByTestId('paste-start-case').click();
  await popup.getByTestId('paste-saved').waitFor();
  const sw = await ext.sw();
  await eventually(async () => (await readStore(sw, 'notices')).length === 1);

  await popup.reload();
  const lead = popup.getByTestId('notice-lead');
  await lead.waitFor();
  assert.equal((await lead.getByTestId('draft-appeal').textContent()).trim(), DE.popupWriteAppeal.message);
  assert.equal(DE.popupWriteAppeal.message, 'Meine Beschwerde schreiben');
  // The day in the headline ("26. Nov.") is kept on one line.
  assert.doesNotMatch(await lead.locator('h2').textContent(), /\d\. \p{L}/u);
  const add = lead.getByTestId('capture');
  assert.equal((await add.textContent()).trim(), DE.popupAddScreenshot.message, 'the notice has no picture: “Add a screenshot” is offered beside it');
  assert.ok(await add.isVisible());
  await popup.screenshot({ path: artifactPath('ux-de-popup-notice-no-picture.png'), fullPage: true });
  await checkA11y(popup, 'popup, notice without a picture (de)');
  await popup.close();
});
