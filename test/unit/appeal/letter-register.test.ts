// Issue 17 ("Dutch imperatives that read as blunt"; "Hallo,"/"Danke,"/"Dank je," in a formal letter):
// the letters of 0.1 asked in bare imperatives ("Herstel mijn account…", "Geef aan…", "Bewaar…").
// Requests are made in the polite form ("Ik verzoek u … te herstellen"), in every kind and tone.
import { describe, expect, it } from 'vitest';
import { draftAppeal, LETTER_KINDS, type DraftInput } from '@/utils/appeal/draft';

const input = (over: Partial<DraftInput>): DraftInput => ({
  kind: 'internal-complaint',
  language: 'nl',
  tone: 'formal',
  notice: { text: 'Your account was terminated for repeated violations of our spam policy. You can appeal within 30 days.', kind: 'account_deactivated', seenAt: '2025-05-02T09:15:00Z' },
  context: { platform: 'pinterest', region: 'eu', business: true, country: 'NL', decisionDate: '2025-05-01', userName: 'Sam Voorbeeld', timeZone: 'Europe/Amsterdam' },
  user: { facts: 'Ik plaats mijn eigen foto’s.', why: 'Ze zijn van mij.', asks: { restore: true, reasons: true, human: true }, complaint: { date: '2025-05-04', outcome: 'rejected' } },
  now: new Date('2025-05-03T10:00:00Z'),
  ...over,
});
/** Dutch imperatives a request would start with; the polite form puts the verb at the end ("… te herstellen"). */
const NL_IMPERATIVE = /(?:^|\n|[.;:]\s+|\n(?:-|\d+\.)\s+)(?:Geef|Herstel|Bewaar|Verstrek|Laat|Stuur|Zend|Behandel|Bevestig|Neem|Beantwoord|Deel|Controleer|Vermeld|Bezorg|Informeer|Stel)\b/;

describe('formal register', () => {
  it('Dutch letters ask politely, never in a bare imperative, in every kind and tone', () => {
    for (const kind of LETTER_KINDS) for (const tone of ['formal', 'concise'] as const) {
      const d = draftAppeal(input({ kind, tone }));
      const own = (s: string) => s.replace(input({}).notice.text, '').replace(input({}).user!.facts, '').replace(input({}).user!.why, '');
      expect(own(`${d.subject}\n${d.body}`), `${kind} ${tone}`).not.toMatch(NL_IMPERATIVE);
    }
  });
  it('the guard sees the 0.1 wording it replaced', () => {
    expect('Ik verzoek u daarom:\n- Herstel mijn account en mijn inhoud.').toMatch(NL_IMPERATIVE);
    expect('Geef aan om welke inhoud het gaat, met links of ID’s.').toMatch(NL_IMPERATIVE);
    expect('Ik verzoek u mijn account te herstellen.').not.toMatch(NL_IMPERATIVE);
  });
  it('a formal letter opens and closes formally in every language', () => {
    const opening: Record<string, RegExp> = { en: /^Dear Sir or Madam,$/m, de: /^Sehr geehrte Damen und Herren,$/m, fr: /^Madame, Monsieur,$/m, es: /^Estimad[oa]s? [^\n]*:$/m, it: /^Spettabile [^\n]*,$/m, nl: /^Geachte heer, mevrouw,$/m, pt: /^Exm[oa]s?\. [^\n]*,$/m, ja: /^拝啓/m };
    const closing: Record<string, RegExp> = { en: /^Yours faithfully,$/m, de: /^Mit freundlichen Grüßen$/m, fr: /salutations distinguées\.$/m, es: /^Atentamente,$/m, it: /^Distinti saluti,$/m, nl: /^Hoogachtend,$/m, pt: /^Com os melhores cumprimentos,$/m, ja: /^敬具$/m };
    for (const language of Object.keys(opening)) {
      const body = draftAppeal(input({ language, context: { ...input({}).context, business: false } })).body;
      expect(body, `${language} opening`).toMatch(opening[language]!);
      expect(body, `${language} closing`).toMatch(closing[language]!);
    }
  });
});

// Issue 17 audit: the French templates write " ;" and " :" with the space French typography requires, but the
// lists the code joins (merged items, several citations) read "identifiant; une explication" and "du DSA; article 4".
describe('French typography', () => {
  it('a space before every semicolon and colon, in the parts the code joins too', () => {
    for (const kind of LETTER_KINDS) {
      const d = draftAppeal(input({ kind, language: 'fr', notice: { text: 'Votre compte a été suspendu.', kind: 'account_suspended', seenAt: '2025-05-02T09:15:00Z' } }));
      const body = d.body.replace('Votre compte a été suspendu.', '').replace(/https?:\/\/\S+/g, '').replace(/\b\d{1,2}:\d{2}\b/g, ''); // times read 11:15
      expect(body, kind).not.toMatch(/\S[;:]/u);
    }
  });
});
