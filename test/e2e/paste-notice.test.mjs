// Issue 13 item 5: a user pastes the email they got into the popup; the case
// starts with the right kind, the words are stored as evidence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { artifactPath, eventually, launch, readStore } from './harness.mjs';

// A real YouTube enforcement email from the corpus, referenced by id.
const EMAIL_ID = 'youtube-en-0210';
const email = readFileSync(new URL('../fixtures/notices/video.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((row) => row.id === EMAIL_ID);

// axe-core from node_modules, run on the paste section (serious and critical violations fail).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axeViolations(page, selector) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (sel) => (await window.axe.run(document.querySelector(sel), { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')} :: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`) })), selector);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

let ext;
before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

test(`pasting an enforcement email (${EMAIL_ID}) in the popup starts a case of the right kind`, async () => {
  assert.ok(email, `${EMAIL_ID} is in the corpus`);
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup.html'));
  await popup.getByTestId('paste-open').locator('summary').click();
  await popup.getByTestId('paste-text').fill(email.text);
  await popup.getByTestId('paste-check').click();
  await popup.getByTestId('paste-verdict').getByText('Content removed or limited').waitFor();
  assert.ok((await popup.getByTestId('paste-why').locator('li').count()) > 0, 'says why');
  await popup.screenshot({ path: artifactPath('paste-notice-popup.png'), fullPage: true });
  assert.deepEqual(await axeViolations(popup, '[data-testid=paste-notice]'), []);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: artifactPath('paste-notice-popup-dark.png'), fullPage: true });
  assert.deepEqual(await axeViolations(popup, '[data-testid=paste-notice]'), []);
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByTestId('paste-start-case').click();
  await popup.getByTestId('paste-saved').waitFor();

  const sw = await ext.sw();
  const notices = await eventually(async () => {
    const rows = await readStore(sw, 'notices');
    return rows.length ? rows : null;
  });
  assert.equal(notices.length, 1);
  assert.equal(notices[0].kind, 'content_removed');
  assert.equal(notices[0].platform, 'youtube');
  assert.equal(notices[0].text, email.text);
  assert.ok(notices[0].signals.includes('source:pasted'));
  const cases = await readStore(sw, 'cases');
  const theCase = cases.find((c) => c.id === notices[0].caseId);
  assert.equal(theCase.decisionKind, 'content_removed');
  assert.equal(theCase.platform, 'youtube');
  // The popup now shows the new case as the current one.
  await popup.getByTestId('current-case').getByText(theCase.title).waitFor();

  // Binary junk gets a clear message, not a crash.
  await popup.getByTestId('paste-text').fill('\u0000\u0001\u0002\u0003'.repeat(500));
  await popup.getByTestId('paste-check').click();
  await popup.getByTestId('paste-problem').waitFor();
  await popup.close();
});
