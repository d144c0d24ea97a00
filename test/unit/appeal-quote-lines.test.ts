// Issue 16: the notice's heading and its words do not run together, on screen or in the letter that quotes them.
import { describe, expect, it } from 'vitest';
import { draftAppeal, type DraftInput } from '@/utils/appeal/draft';

const input = (text: string): DraftInput => ({
  kind: 'internal-complaint',
  language: 'de',
  tone: 'formal',
  notice: { text, kind: 'account_suspended', seenAt: '2026-11-26T11:19:36Z', url: 'https://www.pinterest.com/login/' },
  context: { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2026-11-26', timeZone: 'Europe/Berlin', country: 'DE' },
  user: { facts: 'Ich habe eigene Zeichnungen gepinnt.', why: 'Alles ist meine eigene Arbeit.', asks: { restore: true, reasons: true, human: true } },
  evidence: [],
  now: new Date('2026-11-27T10:00:00Z'),
});

describe('the letter quotes the notice with its heading on its own line', () => {
  it('“Account suspended” then “Your account has…”, the words unchanged', () => {
    const text = 'Account suspended Your account has been suspended for violating our community guidelines.';
    const { body } = draftAppeal(input(text));
    expect(body).toContain('Account suspended\nYour account has been suspended for violating our community guidelines.');
    expect(body).not.toContain('Account suspended Your account');
  });

  it('a notice without a heading is quoted as it was', () => {
    const text = 'Your account has been suspended for violating our community guidelines.';
    expect(draftAppeal(input(text)).body).toContain(text);
  });
});
