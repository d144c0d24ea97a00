// Issue 14 item 8: corrupt records of every kind, written into the extension's
// own database through its service worker, must not break any page. Each page
// renders its main heading with no page error, and no record is lost.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { artifactPath, eventually, launch, readStore, saveDownload } from './harness.mjs';

const STORES = ['cases', 'evidence', 'evidenceBytes', 'notices', 'letters', 'correspondence', 'inventories', 'boards', 'pins', 'log', 'settings'];

/** Runs in the service worker: raw writes that bypass the store, as a damaged disk or an old bug would leave them. */
async function seedCorrupt(caseId) {
  const db = await new Promise((res, rej) => {
    const r = indexedDB.open('reinstate');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const put = (store, value) =>
    new Promise((res, rej) => {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
  const at = '2025-05-02T09:00:00.000Z';
  const state = { id: 'inv_e2e_ok', username: 'maya', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: 2, requests: 2 }, startedAt: at, updatedAt: at };
  const pin = { inventoryId: 'inv_e2e_ok', title: 'Pin', description: '', link: '', imageOriginal: '', imageSmall: '', boardId: 'b1', sectionId: '', createdAt: '', pinner: 'maya', source: 'e2e' };
  const notice = { caseId, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 'Your account has been suspended.', textHash: 'h', url: 'https://www.pinterest.com/', title: 'Pinterest', timeZone: 'UTC', confidence: 0.9, evidenceIds: [] };
  const rows = [
    // valid neighbours, so the pages have something real to show
    ['inventories', { id: 'inv_e2e_ok', caseId, state }],
    ['boards', { inventoryId: 'inv_e2e_ok', id: 'b1', name: 'Kitchen', url: '/maya/kitchen/', privacy: 'public', pinCount: 2, sectionCount: 0, archived: false }],
    ['pins', { ...pin, id: 'p_ok' }],
    ['notices', { ...notice, id: 'notice_e2e_ok', dedupeKey: 'ok', seenAt: at, signals: [] }],
    // the corrupt ones of the attack run, one per store and field
    ['cases', { id: 'case_no_date', title: 'No date', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false }],
    ['cases', { id: 'case_number_date', title: 'Number date', platform: 'pinterest', status: 'open', referenceIds: [], region: 'eu', business: false, createdAt: 1714000000000 }],
    ['cases', { id: 'case_status_number', title: 'Status', platform: 'pinterest', status: 7, referenceIds: [], region: 'eu', business: false, createdAt: at }],
    ['notices', { ...notice, id: 'notice_no_signals', dedupeKey: 'a', seenAt: at }],
    ['notices', { ...notice, id: 'notice_no_seen', dedupeKey: 'b', signals: [] }],
    ['letters', { id: 'letter_no_date', caseId, kind: 'internal-complaint', language: 'en', tone: 'formal', subject: 'S', body: 'B' }],
    ['correspondence', { id: 'msg_no_channel', caseId, at, loggedAt: at, direction: 'received', summary: 'Reply', attachmentIds: [] }],
    ['inventories', { id: 'inv_no_counts', caseId, state: { ...state, id: 'inv_no_counts', counts: undefined } }],
    ['pins', { ...pin, id: 'p_numeric_description', description: 42 }],
    ['log', { id: 'log_no_at', action: 'case.created', summary: 'no time', caseId }],
    ['evidence', { id: 'ev_bad_hash', caseId, kind: 'screenshot', mime: 'image/png', size: 1, sha256: 'nope', capturedAt: at, timeZone: 'UTC', url: '', title: '', provenance: {} }],
    ['evidence', { id: 'ev_no_time', caseId, kind: 'screenshot' }],
    ['evidenceBytes', { id: 'ev_no_time', bytes: 'not bytes' }],
    ['boards', { inventoryId: 'inv_e2e_ok', id: 'b_bad', name: 7, url: '/maya/x/', privacy: 'public', pinCount: 'many', sectionCount: 0, archived: false }],
    // settings of the wrong type, as an older build or a damaged disk could leave them
    ['settings', { key: 'currentCaseId', value: 42 }],
    ['settings', { key: 'reminders', value: 'garbage' }],
    ['settings', { key: 'inventoryPaceMs', value: 'fast' }],
    ['settings', { key: 'inventoryThumbnails', value: 'yes' }],
    ['settings', { key: 'captureStamp', value: { on: 1 } }],
  ];
  for (const [store, value] of rows) await put(store, value);
  db.close();
  // the stores of the corrupt rows (the first four are their valid neighbours)
  return rows.slice(4).map(([store]) => store);
}

async function countRows(sw, stores) {
  const counts = {};
  for (const s of stores) counts[s] = (await readStore(sw, s)).length;
  return counts;
}

test('corrupt records in every store: every page renders, nothing is lost', async () => {
  const ext = await launch();
  try {
    // The extension makes its database (and the default case) first.
    const first = await ext.context.newPage();
    await first.goto(ext.url('popup.html'));
    const sw = await ext.sw();
    const [theCase] = await eventually(async () => {
      const cases = await readStore(sw, 'cases');
      return cases.length ? cases : null;
    });
    await first.close();
    const corrupt = await sw.evaluate(seedCorrupt, theCase.id);
    const before = await countRows(sw, STORES);

    // [label, path, whether the valid case's title must show (the page lists cases or shows the current one)]
    const pages = [
      ['popup', 'popup.html', true],
      ['locker', 'locker.html', true],
      // every tab of the valid case: each reads one kind of record (letters, messages, the inventory and its pins …)
      ...['home', 'evidence', 'letters', 'deadlines', 'inventory', 'timeline', 'settings'].map((tab) => [`locker case, ${tab}`, `locker.html#/case/${theCase.id}/${tab}`, true]),
      ['locker, damaged case', 'locker.html#/case/case_no_date', false],
      ['locker, damaged notice', 'locker.html#notice=notice_no_signals', false],
      ['appeal', `appeal.html?case=${theCase.id}`, false],
      ['appeal, damaged notice', 'appeal.html?notice=notice_no_seen', false],
      ['bundle', 'bundle.html', false],
    ];
    const rendered = [];
    const failures = [];
    for (const [label, path, showsCase] of pages) {
      const page = await ext.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      await page.goto(ext.url(path));
      try {
        await page.locator('main').first().waitFor({ timeout: 10_000 });
        await page.locator('h1').first().waitFor({ timeout: 10_000 });
        // Give async loads (lists of records) time to finish and fail if they would.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const heading = (await page.locator('h1').first().textContent())?.trim();
        const text = await page.locator('body').innerText();
        if (!heading) failures.push(`${label}: empty heading`);
        else if (showsCase && !text.includes(theCase.title)) failures.push(`${label}: the valid case "${theCase.title}" is not shown`);
        else if (errors.length) failures.push(`${label}: ${errors.join(' | ')}`);
        else rendered.push(label);
      } catch (error) {
        failures.push(`${label}: ${errors.join(' | ') || error.message}`);
      }
      await page.screenshot({ path: artifactPath(`corrupt-${label.replace(/\W+/g, '-')}.png`), fullPage: true });
      await page.close();
    }

    // The export still works in the browser, and the bundle verifies.
    const bundle = await ext.context.newPage();
    await bundle.goto(ext.url('bundle.html'));
    const zipPath = await saveDownload(bundle, 'export', 'corrupt-records-bundle.zip');
    const cli = spawnSync(process.execPath, ['bin/reinstate-verify.mjs', zipPath], { encoding: 'utf8' });
    await bundle.close();
    const exported = cli.status === 0 ? 'INTACT' : `exit ${cli.status}: ${cli.stdout.split('\n').at(-2)}`;

    const after = await countRows(sw, STORES);
    const lost = STORES.reduce((n, s) => n + Math.max(0, before[s] - after[s]), 0);
    console.log(`corrupt records (E2E, Chromium): ${corrupt.length} corrupt records written raw in ${new Set(corrupt).size} stores; pages rendered ${rendered.length}/${pages.length}; export ${exported}; records lost: ${lost}`);
    assert.deepEqual(failures, []);
    assert.equal(cli.status, 0, cli.stdout);
    assert.equal(lost, 0);
  } finally {
    await ext.close();
  }
});
