import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportToBytes, seededStore } from './helpers';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The browser in German, with the real German messages, so the report is checked in the words a German reader gets. */
function browserInGerman() {
  const messages = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')) as Record<string, Entry>;
  const getMessage = (key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) => (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? ''));
  };
  (fakeBrowser as unknown as { i18n: object }).i18n = { getMessage, getUILanguage: () => 'de' };
}

describe('report.html in the reader’s language', () => {
  it('names the channel in words and writes counts and sizes through Intl (German: 2.000, 1.080)', async () => {
    browserInGerman();
    const { store, caseId } = await seededStore();
    await store.addCorrespondence({ caseId, at: '2025-05-04T10:00:00.000Z', channel: 'web-form', direction: 'sent', summary: 'Beschwerde', text: 'Sehr geehrte Damen und Herren…', attachmentIds: [] });
    const state = { id: 'inv_big', username: 'maya_makes', status: 'done' as const, boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 1, pins: 1080, requests: 30 }, startedAt: '2025-06-10T10:00:00.000Z', updatedAt: '2025-06-10T10:30:00.000Z' };
    await store.startInventory(caseId, state);
    await store.saveInventoryBatch({
      state,
      boards: [{ id: 'b1', name: 'Küche', url: '/maya_makes/kueche/', privacy: 'public', pinCount: 1080, sectionCount: 0, archived: false }],
      pins: Array.from({ length: 1080 }, (_, i) => ({ id: `p${i}`, title: `Pin ${i}`, description: '', link: '', imageOriginal: '', imageSmall: '', boardId: 'b1', sectionId: '', createdAt: '', pinner: 'maya_makes', source: 'test' })),
    });
    const { bytes } = await exportToBytes(store);
    const html = new TextDecoder().decode(unzipSync(bytes)['report.html']);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const timeline = Array.from(doc.querySelectorAll('.timeline li')).map((li) => li.textContent!);
    expect(timeline.find((l) => l.includes('Beschwerde'))).toContain('(Webformular)');
    expect(timeline.join(' ')).not.toContain('web-form');
    expect(timeline.some((l) => l.includes('1.080'))).toBe(true);
    const inventoryCells = Array.from(doc.querySelectorAll('table td')).map((td) => td.textContent);
    expect(inventoryCells).toContain('1.080');
    // The screenshot in the seed is 2,000 bytes: its size in the file list reads as a German number.
    expect(inventoryCells).toContain('2.000');
    expect(inventoryCells).not.toContain('2000');
  }, 30_000);

  it('VERIFY.txt has no English placeholders to fill in (“<file>”, “<fingerprint>”): every command can be typed as it stands', async () => {
    browserInGerman();
    const { store } = await seededStore();
    for (const options of [{}, { unsigned: true }]) {
      const { bytes } = await exportToBytes(store, options);
      const text = new TextDecoder().decode(unzipSync(bytes)['VERIFY.txt']);
      expect(text).toContain('Get-FileHash -Algorithm SHA256 report.html');
      expect(text).toContain('certutil -hashfile report.html SHA256');
      expect(text).not.toMatch(/<[a-z]+>/);
    }
  }, 30_000);
});
