// Issue 9: export a case as a ZIP download, verify the file with the CLI,
// look at report.html, check it on the Verify page, import it into a fresh
// profile.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { artifactPath, launch, readEvidence, readStore, saveDownload } from './harness.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** Serious and critical axe-core findings on the page, in light and dark (evaluated over CDP, so page CSPs do not block it). */
async function axeProblems(page) {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(AXE);
    const { violations } = await page.evaluate(() => globalThis.axe.run());
    for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) found.push(`${colorScheme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

let server;
let origin;
before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Notice</title><body style="background:#fde;font:24px sans-serif;padding:40px"><h1>Your account has been suspended</h1></body>');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('export → download → CLI verify → report → Verify page → import in a fresh profile', async () => {
  const ext = await launch();
  let bundlePath;
  try {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/notice`);
    const tabId = await (await ext.sw()).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, `${origin}/notice`);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await page.bringToFront();
    await popup.getByTestId('capture').click();
    await popup.getByTestId('status').getByText('Saved as evidence.').waitFor({ timeout: 15_000 });

    const bundlePage = await ext.context.newPage();
    await bundlePage.goto(ext.url('bundle.html'));
    bundlePath = await saveDownload(bundlePage, 'export', 'bundle.zip');
    const shown = (await bundlePage.getByTestId('manifest-sha256').textContent()).trim();

    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', bundlePath, '--json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    const verdict = JSON.parse(cli.stdout);
    assert.equal(verdict.intact, true);
    assert.equal(verdict.signature, 'valid');
    assert.equal(verdict.manifestSha256, shown, 'the page shows the manifest fingerprint the CLI computes');

    const files = unzipSync(readFileSync(bundlePath));
    const evidenceFile = Object.keys(files).find((n) => n.startsWith('evidence/') && n.endsWith('.png'));
    const [stored] = await readEvidence(await ext.sw());
    assert.ok(evidenceFile, Object.keys(files).join(', '));
    assert.equal(files[evidenceFile].length, stored.size);
    writeFileSync(artifactPath('report.html'), files['report.html']);
    const report = await ext.context.newPage();
    await report.goto(`file://${artifactPath('report.html')}`);
    await report.getByRole('heading', { name: 'How to check that nothing was changed' }).waitFor();
    assert.ok((await report.content()).includes(stored.sha256));
    await report.screenshot({ path: artifactPath('report.png'), fullPage: true });
    assert.deepEqual(await axeProblems(report), [], 'report.html has no serious or critical axe findings');

    await bundlePage.getByTestId('verify-file').setInputFiles(bundlePath);
    await bundlePage.getByTestId('verify-result').getByText('Intact: every file matches its SHA-256.').waitFor();
    // The key the page shows is the key the bundle is signed with; another expected key fails it.
    const shownKey = (await bundlePage.getByTestId('evidence-key').textContent()).match(/([0-9a-f]{4} ){15}[0-9a-f]{4}/)?.[0];
    assert.equal(shownKey, verdict.fingerprintFormatted);
    assert.ok((await bundlePage.getByTestId('verify-key').textContent()).includes(verdict.fingerprintFormatted));
    await bundlePage.getByTestId('expected-key').fill('ab'.repeat(32));
    await bundlePage.getByTestId('verify-file').setInputFiles([]);
    await bundlePage.getByTestId('verify-file').setInputFiles(bundlePath);
    await bundlePage.getByTestId('verify-result').getByText('This is NOT the key you expected.').waitFor();
    await bundlePage.getByTestId('expected-key').fill(verdict.fingerprintFormatted);
    await bundlePage.getByTestId('verify-file').setInputFiles([]);
    await bundlePage.getByTestId('verify-file').setInputFiles(bundlePath);
    await bundlePage.getByTestId('verify-result').getByText('This is the key you expected.').waitFor();
    await bundlePage.screenshot({ path: artifactPath('bundle-page.png'), fullPage: true });
    const bundleAxe = await axeProblems(bundlePage);
    writeFileSync(artifactPath('bundle-page-axe.txt'), bundleAxe.join('\n'));
    assert.deepEqual(bundleAxe, [], 'the bundle page has no serious or critical axe findings, contrast included, in light and dark');
    await bundlePage.emulateMedia({ colorScheme: 'dark' });
    await bundlePage.screenshot({ path: artifactPath('bundle-page-dark.png'), fullPage: true });
    await bundlePage.emulateMedia({ colorScheme: 'light' });
    // A file that is no bundle at all still gets a verdict in words.
    const junkPath = artifactPath('not-a-bundle.zip');
    writeFileSync(junkPath, 'hello');
    await bundlePage.getByTestId('verify-file').setInputFiles(junkPath);
    await bundlePage.getByTestId('verify-result').getByText(/UNREADABLE/).waitFor();
    await bundlePage.getByTestId('expected-key').fill('');

    // A tampered copy is named on the page too.
    const tampered = { ...files };
    tampered[evidenceFile] = files[evidenceFile].slice();
    tampered[evidenceFile][200] ^= 1;
    const { zipSync } = await import('fflate');
    const tamperedPath = artifactPath('bundle-tampered.zip');
    writeFileSync(tamperedPath, zipSync(Object.fromEntries(Object.entries(tampered).map(([k, v]) => [k, [v, { level: 0 }]]))));
    await bundlePage.getByTestId('verify-file').setInputFiles(tamperedPath);
    await bundlePage.getByTestId('verify-result').getByText(`Changed: ${evidenceFile}`).waitFor();
    assert.equal(spawnSync(process.execPath, ['bin/reinstate-verify.mjs', tamperedPath]).status, 1);
  } finally {
    await ext.close();
  }

  const fresh = await launch();
  try {
    const page = await fresh.context.newPage();
    await page.goto(fresh.url('bundle.html'));
    await page.getByTestId('import-file').setInputFiles(bundlePath);
    await page.getByTestId('import-result').getByText(/Imported: \d+ records added/).waitFor({ timeout: 20_000 });
    const [item] = await readEvidence(await fresh.sw());
    assert.equal(item.rehash, item.sha256);
    // The imported case is named from the bundle, not a second unexplained “My case”, and a link leads to it.
    const cases = await readStore(await fresh.sw(), 'cases');
    const importedCase = cases.find((c) => c.id === item.caseId);
    assert.match(importedCase.title, /\(imported\)$/, `imported case title: ${importedCase.title}`);
    assert.equal(new Set(cases.map((c) => c.title)).size, cases.length, `case names are all different: ${cases.map((c) => c.title)}`);
    const link = page.getByTestId('open-imported');
    assert.ok((await link.textContent()).includes(importedCase.title));
    await page.screenshot({ path: artifactPath('bundle-page-imported.png'), fullPage: true });
    await link.click();
    await page.waitForURL(new RegExp(`locker\\.html#/case/${item.caseId}`));
    await page.getByRole('heading', { level: 1, name: importedCase.title }).waitFor();
    await page.goto(fresh.url('bundle.html'));
    await page.getByTestId('import-file').setInputFiles([]);
    await page.getByTestId('import-file').setInputFiles(bundlePath);
    await page.getByTestId('import-result').getByText(/Imported: 0 records added/).waitFor({ timeout: 20_000 });
    assert.equal((await readEvidence(await fresh.sw())).length, 1);
    assert.equal((await readStore(await fresh.sw(), 'cases')).length >= 1, true);
  } finally {
    await fresh.close();
  }
});
