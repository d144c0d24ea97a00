// Issue 17 audit: the placeholder matrix in draft.test.ts drafts every letter from one
// account-suspension notice for a business user. This one varies what the matrix held fixed:
// the kind of notice (content removed, restricted, deactivated), a private user, no decision
// date, the user's side not yet written, an EEA EFTA country and one whose coordinator is only reported.
import { describe, expect, it } from 'vitest';
import type { Service } from '@/utils/appeal/addressees';
import { draftAppeal, letterKindsFor, TEMPLATE_LANGUAGES, type UserSide } from '@/utils/appeal/draft';
import type { NoticeKind } from '@/utils/detection/types';
import type { Platform } from '@/utils/db/schema';

const PLACEHOLDER = /\[[A-Za-z][\w.]*\]|undefined|\{\{|\}\}|NaN|\bnull\b/;
const USER: UserSide = { facts: 'I posted photos I took myself.', why: 'They are my own and break no rule.', asks: { restore: true, reasons: true, human: true } };
const NOTICES: [NoticeKind, string][] = [
  ['content_removed', 'We removed your post because it goes against our Community Guidelines on hate speech.'],
  ['account_restricted', 'Your account is restricted: you cannot post or comment for 7 days.'],
  ['account_deactivated', 'Your account has been permanently disabled for repeated violations of our terms.'],
  ['account_suspended', 'Your account was suspended for sharing illegal content.'],
];
const PLATFORMS: [Platform, Service | undefined][] = [['pinterest', undefined], ['x', undefined], ['meta', 'facebook'], ['meta', 'instagram'], ['meta', 'threads'], ['tiktok', undefined], ['youtube', undefined], ['reddit', undefined]];

describe('letters for every kind of notice, private users, and what is not known yet', () => {
  it.each(PLATFORMS)('no placeholder, nothing unfilled, nothing in English left in another language (%s %s)', (platform, service) => {
    let n = 0;
    for (const [noticeKind, text] of NOTICES) for (const country of ['DE', 'SK', 'NO', undefined]) for (const dated of [true, false]) for (const user of [USER, undefined]) {
      for (const kind of letterKindsFor('eu', false, country)) for (const language of TEMPLATE_LANGUAGES) for (const tone of ['formal', 'concise'] as const) {
        const d = draftAppeal({
          kind, language, tone,
          // Undated also means a pasted notice: no decision date and no time it was seen.
          notice: { text, kind: noticeKind, ...(dated ? { seenAt: '2025-05-02T09:15:00Z' } : {}) },
          context: { platform, region: 'eu', business: false, ...(service ? { service } : {}), ...(country ? { country } : {}), ...(dated ? { decisionDate: '2025-05-01' } : {}), timeZone: 'Europe/Berlin' },
          user,
          now: new Date('2025-05-03T10:00:00Z'),
        });
        const letter = `${d.subject}\n\n${d.body}`;
        const where = `${platform}/${service}/${noticeKind}/${country}/${dated}/${Boolean(user)}/${kind}/${language}/${tone}`;
        if (PLACEHOLDER.test(letter) || d.unfilled.length) throw new Error(`${where}: ${d.unfilled.join(', ')} ${letter.match(PLACEHOLDER)?.[0]}`);
        // A part left out must take its punctuation with it ("Your notice, reads in full" when the notice had no date).
        const own = letter.replace(text, '').replace(USER.facts, '').replace(USER.why, '');
        if (/ ,|,,|,\s*[.:;]|\(\s*\)/.test(own)) throw new Error(`${where}: stray punctuation: ${own.match(/.{0,40}(?: ,|,,|,\s*[.:;]|\(\s*\))/)?.[0]}`);
        // Outside the user's own words and the quoted notice, no English sentence is left in a translated letter.
        if (language !== 'en' && /\b(?:the|your|my|with|which)\b/.test(letter.replace(text, '').replace(USER.facts, '').replace(USER.why, ''))) throw new Error(`${where}: English words in the letter`);
        // A content decision asks for the content back, never for the account.
        if (noticeKind === 'content_removed' && language === 'en' && /restore my account|whether my account is suspended/.test(letter)) throw new Error(`${where}: asks for the account back`);
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  }, 240_000);

  // Issue 17 audit: a notice pasted into the editor has no time it was seen, and the letter read
  // "Your notice, reads in full:" / "Ihre Mitteilung, lautet vollständig:" in every language.
  it('a pasted notice (no time seen) is introduced without a stray comma, in every language', () => {
    const opening: Record<string, [string, string]> = {
      en: ['Your notice reads in full:', 'The notice from Pinterest reads in full:'],
      de: ['Ihre Mitteilung lautet vollständig:', 'Die Mitteilung von Pinterest lautet vollständig:'],
      fr: ['Votre notification est rédigée comme suit :', 'La notification de Pinterest est rédigée comme suit :'],
      es: ['Su aviso dice literalmente:', 'El aviso de Pinterest dice literalmente:'],
      it: ['Il vostro avviso recita integralmente:', "L'avviso di Pinterest recita integralmente:"],
      nl: ['Uw kennisgeving luidt volledig:', 'De kennisgeving van Pinterest luidt volledig:'],
      pt: ['O vosso aviso tem o seguinte teor integral:', 'O aviso da plataforma Pinterest tem o seguinte teor integral:'],
      ja: ['貴社の通知の全文は次のとおりです。', 'Pinterestからの通知の全文は次のとおりです。'],
    };
    for (const [language, [own, third]] of Object.entries(opening)) for (const kind of ['internal-complaint', 'dsc-complaint'] as const) {
      const d = draftAppeal({
        kind, language, tone: 'formal',
        notice: { text: 'Your account has been suspended.', kind: 'account_suspended' },
        context: { platform: 'pinterest', region: 'eu', business: false, country: 'DE', timeZone: 'Europe/Berlin' },
        user: USER,
      });
      expect(d.body, `${language} ${kind}`).toContain(kind === 'internal-complaint' ? own : third);
    }
  });
});

// Issue 17 audit: a notice only pasted into the editor, with nothing saved, drew "I have kept a record of
// the notice:" followed by the evidence key alone, a statement the user could not stand behind.
describe('the evidence paragraph states only what was kept', () => {
  const draft = (language: string, evidence: { kind: 'screenshot'; capturedAt: string; sha256: string }[]) =>
    draftAppeal({
      kind: 'internal-complaint', language, tone: 'formal',
      notice: { text: 'Your account has been suspended.', kind: 'account_suspended' },
      context: { platform: 'pinterest', region: 'eu', business: false, country: 'DE', timeZone: 'Europe/Berlin', evidenceKey: 'SHA256:12:34:56' },
      user: USER,
      evidence,
    });
  it('no record claimed and no key printed when nothing was saved; both when something was', () => {
    const kept = /I have kept a record|Ich habe die Mitteilung gesichert|J'ai conservé|He conservado|Ho conservato|Ik heb de kennisgeving vastgelegd|Conservei registo|記録を保存/;
    for (const language of TEMPLATE_LANGUAGES) {
      const none = draft(language, []).body;
      expect(none, language).not.toContain('SHA256:12:34:56');
      expect(none, language).not.toMatch(kept);
      const some = draft(language, [{ kind: 'screenshot', capturedAt: '2025-05-02T09:15:01.000Z', sha256: 'ab'.repeat(32) }]).body;
      expect(some, language).toContain('SHA256:12:34:56');
    }
    expect(draft('en', [{ kind: 'screenshot', capturedAt: '2025-05-02T09:15:01.000Z', sha256: 'ab'.repeat(32) }]).body).toMatch(kept);
  });
});
