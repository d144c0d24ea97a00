import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlinesToIcs } from '@/utils/cases/ics';
import { seededStore, exportToBytes } from '../bundle/helpers';

// Attack run (second): page-supplied strings of the right shape but hostile
// content, through every export a recipient opens (report.html, the JSON and
// CSV files, the calendar file).
const PAYLOAD = `"><img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a>{{user.name}}[[x]]`;
const JS_URL = 'javascript:alert(4)//https://www.pinterest.com/';
const results: { attack: string; held: boolean }[] = [];
const record = (attack: string, held: boolean) => (results.push({ attack, held }), held);
afterAll(() => {
  const held = results.filter((r) => r.held).length;
  process.stdout.write(`\n# redteam records: ${results.length} tried, ${held} held, ${results.length - held} failed\n`);
  for (const r of results) process.stdout.write(`#   ${r.held ? 'held  ' : 'FAILED'} ${r.attack}\n`);
});

/** Everything a page or a user can put into the records, set to the payload. */
async function hostileStore() {
  const { store, caseId } = await seededStore();
  await store.updateCase(caseId, { title: PAYLOAD, account: PAYLOAD, referenceIds: [PAYLOAD] } as never);
  await store.addNotice({ id: 'notice_2', caseId, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: PAYLOAD, textHash: 'h2', dedupeKey: 'k2', url: JS_URL, title: PAYLOAD, seenAt: '2025-05-04T09:15:00.000Z', timeZone: 'Europe/Berlin', confidence: 0.9, signals: [PAYLOAD], evidenceIds: [] });
  await store.addEvidence({ caseId, kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).buffer, url: JS_URL, title: PAYLOAD, provenance: { browser: PAYLOAD, extensionVersion: PAYLOAD }, capturedAt: new Date('2025-05-04T09:15:01Z') });
  await store.addCorrespondence({ caseId, at: '2025-05-05T10:00:00.000Z', channel: 'email', direction: 'received', summary: PAYLOAD, text: PAYLOAD, attachmentIds: [] });
  await store.addLetter({ caseId, kind: 'internal-complaint', language: 'en', tone: 'formal', subject: PAYLOAD, body: PAYLOAD });
  const state = { id: 'inv_3', username: PAYLOAD, status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: 1, requests: 1 }, startedAt: '2025-05-06T10:00:00.000Z', updatedAt: '2025-05-06T10:05:00.000Z' } as const;
  await store.startInventory(caseId, state as never);
  await store.saveInventoryBatch({
    state: state as never,
    boards: [{ id: 'b9', name: PAYLOAD, url: JS_URL, privacy: 'public', pinCount: 1, sectionCount: 0, archived: false }],
    pins: [{ id: 'p9', title: PAYLOAD, description: PAYLOAD, link: JS_URL, imageOriginal: JS_URL, imageSmall: JS_URL, boardId: 'b9', sectionId: '', createdAt: '', pinner: PAYLOAD, source: 'test' }],
  });
  return store;
}

describe('report.html built from hostile records carries no live markup', () => {
  it('no script, no event handler, no javascript: URL; the payload shows as text', async () => {
    const store = await hostileStore();
    const { bytes } = await exportToBytes(store);
    const files = unzipSync(bytes);
    const html = new TextDecoder().decode(files['report.html']);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    const jsUrls = [...doc.querySelectorAll('[href],[src],[action],[formaction]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '').filter((u) => /^\s*(javascript|vbscript|data):/i.test(u) && !/^data:image\/(png|jpeg|webp|gif);base64,/.test(u));
    expect(record('report.html: no <script> from record strings', doc.querySelectorAll('script').length === 0)).toBe(true);
    expect(record('report.html: no event-handler attribute', handlers.length === 0), handlers.join()).toBe(true);
    expect(record('report.html: no javascript:/data: link or source', jsUrls.length === 0), jsUrls.join()).toBe(true);
    expect(record('report.html: no <img>/<a> injected by a record', !html.includes('<img src=x') && !html.includes('<a href="javascript'))).toBe(true);
    expect(doc.body.textContent).toContain('<script>alert(2)</script>');
    // The JSON records keep the words verbatim (they are data, not markup) and still parse.
    const jsonFiles = Object.keys(files).filter((n) => n.endsWith('.json'));
    for (const name of jsonFiles) JSON.parse(new TextDecoder().decode(files[name]));
    expect(record('exports: every JSON file parses with hostile strings inside', jsonFiles.length > 0)).toBe(true);
    const badPaths = Object.keys(files).filter((name) => /[<>"{}[\]]|javascript/i.test(name));
    expect(record(`export paths (${Object.keys(files).length} files) carry no payload characters`, badPaths.length === 0), badPaths.join()).toBe(true);
    const formulas = Object.keys(files).filter((n) => n.endsWith('.csv'))
      .flatMap((name) => new TextDecoder().decode(files[name]).split(/\r?\n/).flatMap((line) => line.split(',')))
      .filter((c) => /^"?\s*[=+\-@]/.test(c));
    expect(record('inventory CSV: no cell starts a formula', formulas.length === 0), formulas.join('|')).toBe(true);
  });
});

describe('the calendar file cannot be given extra events or properties', () => {
  it.each([
    ['CRLF in the case title', 'X\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil'],
    ['bare CR in the case title', 'X\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:evil'],
    ['bare LF and a property in the label', 'X\nATTACH:https://evil.example/'],
    ['Unicode line and paragraph separators', 'X\u2028END:VEVENT\u2029BEGIN:VEVENT'],
    ['a NUL and a vertical tab', 'X\u0000\u000bEND:VEVENT'],
  ])('%s', (label, hostile) => {
    const ics = deadlinesToIcs([{ caseTitle: hostile, caseId: 'case_1', label: hostile, deadline: { id: 'd1', dueDate: '2025-07-01', sources: [hostile], from: { event: hostile, at: '2025-06-01' } } as never }]);
    const lines = ics.split('\r\n').filter(Boolean);
    const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
    const ok = unfolded.filter((l) => l === 'BEGIN:VEVENT').length === 1
      && !unfolded.some((l) => /^(ATTACH|SUMMARY:evil)/.test(l))
      // eslint-disable-next-line no-control-regex
      && lines.every((l) => !/[\r\n\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(l));
    expect(record(`ics: ${label}`, ok), JSON.stringify(ics)).toBe(true);
  });
});
