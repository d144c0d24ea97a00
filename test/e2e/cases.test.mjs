// Issue 8: create a case, set its decision date, log a reply, see the
// timeline, export the deadlines as ICS and parse the file back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { artifactPath, launch, readStore, saveDownload } from './harness.mjs';

test('a case with a reply, a timeline and an ICS file of its deadlines', async () => {
  const ext = await launch();
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url('locker.html'));
    await page.getByTestId('new-case-title').fill('Pinterest ban, May 2025');
    await page.getByTestId('new-case').click();
    await page.waitForURL(/#\/case\//);
    await page.getByRole('heading', { name: 'Pinterest ban, May 2025' }).waitFor();

    // The case opens on its overview; the facts are under Settings.
    await page.getByTestId('checklist').waitFor();
    await page.getByTestId('tab-settings').click();
    // Bad input first: a decision in the future is refused and nothing changes.
    await page.getByTestId('case-decision-date').fill('2099-01-01');
    await page.getByTestId('case-save').click();
    await page.getByTestId('case-note').getByText('in the future').waitFor();

    const decision = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('case-decision-date').fill(decision);
    await page.getByTestId('case-status').selectOption('appealed');
    await page.getByTestId('case-region').selectOption('eu');
    await page.getByTestId('case-save').click();
    await page.getByTestId('case-note').getByText('Saved.').waitFor();
    await page.getByTestId('tab-deadlines').click();
    await page.getByTestId('deadlines').getByText('Last day for the internal complaint (at least six months)').waitFor();

    await page.getByTestId('tab-letters').click();
    await page.getByText('Log a message').click();
    await page.getByTestId('message-summary').fill('Template reply: decision upheld');
    await page.getByTestId('message-text').fill('Thanks for reaching out. We reviewed your account and our decision stands.');
    await page.getByTestId('message-add').click();
    await page.getByTestId('message').getByText('Template reply: decision upheld').waitFor();
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('timeline').locator('li[data-kind="received"]').waitFor();
    await page.getByTestId('timeline').locator('li[data-kind="status"]').waitFor();
    await page.getByTestId('tab-deadlines').click();

    const path = await saveDownload(page, 'export-ics', 'deadlines.ics');
    const ics = readFileSync(path, 'utf8');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    assert.ok(events.length >= 2, ics);
    // ICS escapes the comma in the title.
    // Long lines are folded at 75 octets (RFC 5545 §3.1): unfold before reading a property.
    const unfolded = ics.replace(/\r?\n[ \t]/g, '');
    assert.ok(unfolded.includes('SUMMARY:Last day for the internal complaint (at least six months) (Pinterest ban\\, May 2025)'), ics);
    const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
    assert.ok(starts.every((d) => d > decision.replace(/-/g, '')), `${starts} after ${decision}`);

    const sw = await ext.sw();
    const [message] = await readStore(sw, 'correspondence');
    assert.equal(message.direction, 'received');
    const alarms = await sw.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
    assert.ok(alarms.some((n) => n.includes(':dsa-internal-complaint:7')), `alarms: ${alarms}`);
    await page.screenshot({ path: artifactPath('locker-case.png'), fullPage: true });
  } finally {
    await ext.close();
  }
});
