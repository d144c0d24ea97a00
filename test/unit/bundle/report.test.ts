import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatWhen } from '@/utils/bundle/report';
import { exportToBytes, seededStore, verify } from './helpers';

const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0;

async function exported() {
  const { store, caseId } = await seededStore();
  // A second inventory run, so the report shows what changed between the two.
  await store.startInventory(caseId, { id: 'inv_2', username: 'maya_makes', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 0, pins: 1, requests: 1 }, startedAt: '2025-06-10T10:00:00.000Z', updatedAt: '2025-06-10T10:05:00.000Z' });
  await store.saveInventoryBatch({
    state: { id: 'inv_2', username: 'maya_makes', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 0, pins: 1, requests: 1 }, startedAt: '2025-06-10T10:00:00.000Z', updatedAt: '2025-06-10T10:05:00.000Z' },
    boards: [],
    pins: [{ id: 'p1', title: 'Pin p1', description: '', link: '', imageOriginal: '', imageSmall: '', boardId: 'b1', sectionId: '', createdAt: '', pinner: 'maya_makes', source: 'test' }],
  });
  const { bytes } = await exportToBytes(store);
  return { bytes, files: unzipSync(bytes) };
}

describe('report.html tells the story first', () => {
  it('summary, timeline, notice, inventory, then files and the ways to check; landmarks and one h1', async () => {
    const { bytes, files } = await exported();
    const html = new TextDecoder().decode(files['report.html']);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    for (const landmark of ['header', 'main', 'nav']) expect(doc.querySelectorAll(landmark)).toHaveLength(1);
    const headings = Array.from(doc.querySelectorAll('main h3, main h2')).map((h) => h.textContent);
    const order = ['What happened', 'Timeline', 'The notice, word for word', 'Boards and pins saved', 'All files and their SHA-256', 'How to check that nothing was changed'];
    const positions = order.map((h) => headings.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const summary = doc.querySelector('.summary')!.textContent!;
    expect(summary).toContain('Pinterest showed the account maya_makes a notice: account suspended');
    expect(summary).toContain(formatWhen('2025-05-02T09:15:00.000Z', 'en', 'Europe/Berlin'));
    expect(summary).not.toMatch(/\d{4}-\d\d-\d\dT/);
    const timeline = Array.from(doc.querySelectorAll('.timeline li')).map((li) => li.textContent);
    expect(timeline[0]).toMatch(/boards and pins saved: 1 boards, 2 pins/i);
    expect(timeline.some((t) => /Notice seen: account suspended/.test(t!))).toBe(true);
    expect(doc.querySelectorAll('.timeline img[alt]').length).toBeGreaterThan(0);
    expect(html).toMatch(/2 pins gone|1 boards gone/);
    expect(html).not.toContain('npx');
    expect(doc.querySelector('.fingerprint')!.textContent!.replace(/ /g, '')).toBe((await verify(bytes)).fingerprint);
    expect(html).toContain('certutil -hashfile');
    expect(html).toContain('node verify.mjs');
  });

  it('one inventory run: the report counts its pins (the exporter lets the pin records go before the report)', async () => {
    const { store } = await seededStore();
    const { bytes } = await exportToBytes(store);
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(unzipSync(bytes)['report.html']), 'text/html');
    const timeline = Array.from(doc.querySelectorAll('.timeline li')).map((li) => li.textContent);
    expect(timeline.some((t) => /boards and pins saved: 1 boards, 2 pins/i.test(t!))).toBe(true);
    const row = Array.from(doc.querySelectorAll('td')).map((td) => td.textContent);
    expect(row).toEqual(expect.arrayContaining(['maya_makes', '1', '2']));
    expect((await verify(bytes)).status).toBe('intact');
  });

  it('pin images are one line of the timeline with their count, and each is still in the file list', async () => {
    const { store, caseId } = await seededStore();
    for (let n = 0; n < 3; n++) {
      await store.addEvidence({ caseId, kind: 'thumbnail', mime: 'image/png', bytes: new Uint8Array([n, 1, 2]).buffer, url: `https://i.pinimg.com/236x/${n}.png`, title: `Pin ${n}`, provenance: { browser: 'Chrome 156', extensionVersion: '0.1.0' }, capturedAt: new Date(Date.UTC(2025, 4, 5, 0, n)) });
    }
    const { bytes } = await exportToBytes(store);
    const files = unzipSync(bytes);
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(files['report.html']), 'text/html');
    const timeline = Array.from(doc.querySelectorAll('.timeline li')).map((li) => li.textContent!);
    expect(timeline.filter((t) => /pin image/i.test(t))).toEqual([expect.stringMatching(/3 pin images saved with the inventory/)]);
    expect(timeline.some((t) => /Pin 1/.test(t))).toBe(false);
    const listed = Array.from(doc.querySelectorAll('#files code:not(.hash)')).map((c) => c.textContent!);
    expect(listed.filter((p) => p.startsWith('evidence/') && p.includes('thumbnail'))).toHaveLength(3);
    expect((await verify(bytes)).status).toBe('intact');
  });

  it('times read the same as a fresh formatter gives them, for every second of a minute, in several zones and languages', () => {
    for (const [lang, zone] of [['en', 'Europe/Berlin'], ['ja', 'Asia/Tokyo'], ['de', 'America/St_Johns'], ['pt-BR', 'Asia/Kathmandu']] as const) {
      const fresh = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: zone });
      for (let s = 0; s < 60; s += 7) {
        for (const iso of [`2025-05-02T09:15:${String(s).padStart(2, '0')}.123Z`, `2025-10-26T00:59:${String(s).padStart(2, '0')}.000Z`, `2025-10-26T01:00:${String(s).padStart(2, '0')}.000Z`]) {
          expect(formatWhen(iso, lang, zone)).toBe(fresh.format(new Date(iso)));
        }
      }
    }
    expect(formatWhen('not a date', 'en')).toBe('not a date');
  });

  it('VERIFY.txt names the OS tools and the bundled verifier, not npx', async () => {
    const { files } = await exported();
    const text = new TextDecoder().decode(files['VERIFY.txt']);
    for (const s of ['sha256sum -c SHA256SUMS', 'shasum -a 256 -c SHA256SUMS', 'Get-FileHash -Algorithm SHA256', 'certutil -hashfile', 'node verify.mjs']) expect(text).toContain(s);
    expect(text).not.toContain('npx');
  });

  it.skipIf(!hasSha256sum)('sha256sum -c SHA256SUMS passes on the unzipped bundle and names a changed file', async () => {
    const { files } = await exported();
    const dir = mkdtempSync(join(tmpdir(), 'reinstate-sums-'));
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const ok = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const listed = ok.stdout.trim().split('\n');
    expect(listed.length).toBe(Object.keys(files).length - 3);
    writeFileSync(join(dir, 'report.html'), 'changed');
    const bad = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('report.html: FAILED');
  });
});
