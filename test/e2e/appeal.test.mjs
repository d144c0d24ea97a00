// Issue 17: the appeal editor keeps the user's words through changes of
// language and tone, prints the whole letter to PDF, records "I sent it"
// once, and passes axe-core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { artifactPath, eventually, launch, readStore } from './harness.mjs';

const require = createRequire(import.meta.url);
const NOTICE = 'Your account has been suspended for violating our policies against spam. You can appeal within 30 days.';
const FACTS = 'I bake cakes and pin photos of them, about three a week since 2019. On 1 May I could not log in any more.';
const WHY = 'Every Pin is a photo I took myself, with no links and no advertising, so none of it is spam.';
const OWN_PARAGRAPH = 'I can send the original photo files with their camera data if that helps.';

let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

/** axe-core from node_modules, run in the page (the shared helper when present). */
async function a11y(page, label) {
  const shared = new URL('./a11y.mjs', import.meta.url);
  if (existsSync(shared)) return (await import(shared.href)).checkA11y(page, label);
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })));
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking, [], `${label}: ${JSON.stringify(blocking, null, 1)}`);
  return violations;
}

const squash = (s) => s.replace(/\s+/g, '');

test('the user’s words survive a change of language and tone; the PDF holds the whole letter; “I sent it” records once', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.url('appeal.html'));
  await page.getByTestId('pasted-notice').fill(NOTICE);
  await page.getByTestId('user-name').fill('Maya Example');
  await page.getByTestId('country').selectOption('DE');
  await page.getByTestId('letter-language').selectOption('en');

  // Copying waits for the user's side.
  assert.equal(await page.getByTestId('copy').isDisabled(), true);
  await page.getByTestId('user-facts').fill(FACTS);
  await page.getByTestId('user-why').fill(WHY);
  await page.waitForFunction(() => !document.querySelector('[data-testid=copy]').disabled);

  // A paragraph of the user's own, typed into the letter itself.
  const asks = page.locator('[data-testid=letter-part][data-section=asks]');
  await asks.click();
  await asks.press('End');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${OWN_PARAGRAPH}`);
  assert.ok((await asks.inputValue()).endsWith(OWN_PARAGRAPH));
  await a11y(page, 'appeal editor, English');
  await page.screenshot({ path: artifactPath('appeal-editor-en.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await a11y(page, 'appeal editor, English, dark');
  await page.screenshot({ path: artifactPath('appeal-editor-en-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByTestId('letter-language').selectOption('de');
  await page.getByTestId('letter-tone').selectOption('concise');
  await page.waitForFunction(() => document.querySelector('[data-testid=letter-part][data-section=greeting_platform]')?.value === 'Guten Tag,');
  // The form's words and the typed paragraph are still there; the rest is German now.
  assert.equal(await page.getByTestId('user-facts').inputValue(), FACTS);
  assert.ok((await asks.inputValue()).includes(OWN_PARAGRAPH));
  const letter = await page.getByTestId('letter-text').textContent();
  assert.ok(letter.includes(FACTS), 'facts in the German letter');
  assert.ok(letter.includes(WHY), 'why in the German letter');
  assert.ok(letter.includes(OWN_PARAGRAPH), 'own paragraph in the German letter');
  assert.match(letter, /Art\. 20 Abs\. 4 DSA/);
  // The part the user changed asks before it is replaced.
  await page.locator('[data-testid=stale-part]').first().waitFor();
  await page.getByTestId('keep-mine').first().click();
  assert.equal(await page.locator('[data-testid=stale-part]').count(), 0);
  assert.ok((await asks.inputValue()).includes(OWN_PARAGRAPH));
  await a11y(page, 'appeal editor, German');
  await page.screenshot({ path: artifactPath('appeal-editor-de.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await a11y(page, 'appeal editor, German, dark');
  await page.screenshot({ path: artifactPath('appeal-editor-de-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // Print to PDF through Chromium: the whole letter, over as many pages as it needs.
  const subject = await page.getByTestId('subject').inputValue();
  const full = `${subject}\n\n${await page.getByTestId('letter-text').textContent()}`;
  const pdfPath = artifactPath('appeal-letter.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }));
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const pages = pdfText.split('\f').filter((p) => p.trim()).length;
  assert.ok(pages >= 2, `the letter spans ${pages} page(s)`);
  assert.ok(squash(pdfText).includes(squash(full)), 'every word of the letter is in the PDF, in order');
  assert.ok(!pdfText.includes('Your side of the case'), 'the form is not printed');

  // "I sent it", clicked twice in a row: one correspondence entry, and the page says when.
  await page.evaluate(() => {
    const button = document.querySelector('[data-testid=mark-sent]');
    button.click();
    button.click();
  });
  await page.getByTestId('appeal-sent').waitFor();
  assert.match(await page.getByTestId('appeal-sent').textContent(), /Recorded as sent on/);
  assert.equal(await page.getByTestId('mark-sent').isDisabled(), true);
  const sw = await ext.sw();
  const sent = await eventually(async () => {
    const rows = await readStore(sw, 'correspondence');
    return rows.length ? rows : null;
  });
  await page.waitForTimeout(500);
  assert.equal((await readStore(sw, 'correspondence')).length, 1);
  assert.equal(sent[0].text, full);
  assert.equal((await readStore(sw, 'letters')).length, 1);

  // After a reload: the words are back, and the letter is still recorded once.
  await page.reload();
  await page.getByTestId('pasted-notice').fill(NOTICE);
  assert.equal(await page.getByTestId('user-facts').inputValue(), FACTS);
  await page.getByTestId('letter-language').selectOption('de');
  await page.getByTestId('letter-tone').selectOption('concise');
  await page.getByTestId('appeal-sent').waitFor();
  assert.equal(await page.getByTestId('mark-sent').isDisabled(), true);
  assert.equal((await readStore(sw, 'correspondence')).length, 1);
  await page.close();

  // A day and a half later the letter reads differently (the date asked for a reply moved with the day):
  // the editor still says that a letter of this kind was recorded as sent, and when.
  const later = await ext.context.newPage();
  await later.clock.setFixedTime(new Date(Date.now() + 36 * 3600_000));
  await later.goto(ext.url('appeal.html'));
  await later.getByTestId('pasted-notice').fill(NOTICE);
  await later.getByTestId('letter-language').selectOption('de');
  await later.getByTestId('letter-tone').selectOption('concise');
  await later.getByTestId('appeal-sent-earlier').waitFor();
  assert.match(await later.getByTestId('appeal-sent-earlier').textContent(), /recorded as sent on/);
  assert.equal(await later.getByTestId('appeal-sent').count(), 0);
  assert.equal((await readStore(sw, 'correspondence')).length, 1);
  await later.close();
});

test('a Japanese letter: formal register, the act named in full at first mention, the user’s words kept', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.url('appeal.html'));
  await page.getByTestId('pasted-notice').fill('ご利用のアカウントは凍結されています。慎重に審査したところ、Xルールに違反していると判断しました。');
  await page.getByTestId('user-name').fill('山田 花子');
  await page.getByTestId('country').selectOption('DE');
  await page.getByTestId('letter-language').selectOption('ja');
  await page.getByTestId('letter-tone').selectOption('formal');
  const facts = '自分で焼いたケーキの写真を週に三回ほど投稿していました。';
  await page.getByTestId('user-facts').fill(facts);
  await page.getByTestId('user-why').fill('写真はすべて自分で撮影したもので、リンクも広告も含みません。');
  await page.waitForFunction(() => /敬具/.test(document.querySelector('[data-testid=letter-text]')?.textContent ?? ''));
  const letter = await page.getByTestId('letter-text').textContent();
  assert.match(letter, /拝啓/);
  assert.ok(letter.includes(facts), 'the user’s words are in the Japanese letter');
  assert.match(letter, /デジタルサービス法（DSA）第20条第1項/);
  assert.equal(letter.split('デジタルサービス法（DSA）').length - 1, 1, 'the full name only at the first mention');
  assert.doesNotMatch(letter, /Art\.|\[[a-z.]+\]|undefined/);
  await a11y(page, 'appeal editor, Japanese letter');
  await page.screenshot({ path: artifactPath('appeal-editor-ja.png'), fullPage: true });
  await page.close();
});

// The editor in the browser's own language (German, Japanese), light and dark; the complaint to the
// Digital Services Coordinator names the coordinator of the country chosen (issue 17: it read "[dsc.name]").
for (const [lang, facts, why] of [
  ['de', 'Ich backe Kuchen und pinne Fotos davon, etwa drei pro Woche seit 2019.', 'Jeder Pin ist ein eigenes Foto ohne Links und ohne Werbung, also kein Spam.'],
  ['ja', '自分で焼いたケーキの写真を週に三回ほど投稿していました。', '写真はすべて自分で撮影したもので、リンクも広告も含みません。'],
]) {
  test(`the editor in ${lang}: light and dark, and the DSC complaint names the coordinator where the user lives`, async () => {
    const local = await launch({ lang });
    try {
      const page = await local.context.newPage();
      await page.goto(local.url('appeal.html'));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the page follows the browser language');
      await page.getByTestId('pasted-notice').fill(NOTICE);
      await page.getByTestId('user-name').fill(lang === 'ja' ? '山田 花子' : 'Maya Beispiel');
      await page.getByTestId('country').selectOption('DE');
      await page.getByTestId('letter-language').selectOption(lang);
      await page.getByTestId('user-facts').fill(facts);
      await page.getByTestId('user-why').fill(why);
      await page.waitForFunction(() => !document.querySelector('[data-testid=copy]').disabled);
      await page.getByTestId('letter-kind').selectOption('dsc-complaint');
      await page.waitForFunction(() => /Bundesnetzagentur/.test(document.querySelector('[data-testid=letter-text]')?.textContent ?? ''));
      const letter = await page.getByTestId('letter-text').textContent();
      assert.ok(letter.includes(facts), 'the user’s facts are in the DSC complaint');
      assert.doesNotMatch(letter, /\[[a-z][\w.]*\]|undefined|Coimisiún/, 'no placeholder, and not Ireland’s coordinator for a user in Germany');
      assert.match(letter, lang === 'de' ? /Art\. 53 DSA/ : /第53条/);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await a11y(page, `appeal editor, ${lang}, ${scheme}`);
        await page.screenshot({ path: artifactPath(`appeal-editor-ui-${lang}-${scheme}.png`), fullPage: true });
      }
      await page.close();
    } finally {
      await local.close();
    }
  });
}
