import { afterAll, describe, expect, it } from 'vitest';
import { draftAppeal, type DraftInput } from '@/utils/appeal/draft';

// Attack run (second): page-supplied words that look like the letter engine's own syntax.
const results: { attack: string; held: boolean }[] = [];
const record = (attack: string, held: boolean) => (results.push({ attack, held }), held);
afterAll(() => {
  const held = results.filter((r) => r.held).length;
  process.stdout.write(`\n# redteam letters: ${results.length} tried, ${held} held, ${results.length - held} failed\n`);
  for (const r of results) process.stdout.write(`#   ${r.held ? 'held  ' : 'FAILED'} ${r.attack}\n`);
});

const input = (noticeText: string, account: string, facts: string): DraftInput => ({
  kind: 'internal-complaint',
  language: 'en',
  tone: 'formal',
  notice: { text: noticeText, kind: 'account_suspended', seenAt: '2025-05-02T09:15:00Z', url: 'https://www.pinterest.com/login/' },
  context: { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2025-05-01', account, userName: 'Maya Example', timeZone: 'Europe/Berlin', country: 'DE' },
  user: { facts, why: 'The Pins are my own photos.', asks: { restore: true, reasons: true, human: true } },
  now: new Date('2025-05-03T10:00:00Z'),
});

describe('template-like words from a page stay words', () => {
  it.each([
    ['{{user.name}} and {{#each evidence}}x{{/each}}', 'mustache tags'],
    ['{{#if eu}}open', 'an unclosed block'],
    ['[[account]] [notice.text] ${process}', 'bracket placeholders and a template literal'],
  ])('%s (%s)', (hostile, label) => {
    const text = `Your account has been suspended for violating our community guidelines. ${hostile}`;
    let body = '';
    let error: unknown;
    try {
      body = draftAppeal(input(text, `maya ${hostile}`, `I pinned cakes. ${hostile}`)).body;
    } catch (e) {
      error = e;
    }
    const ok = error === undefined && body.includes(hostile) && !body.includes('Maya Example and');
    expect(record(`letter: ${label} in the notice, the account and the user's facts`, ok), String(error ?? body.slice(0, 400))).toBe(true);
  });
});
