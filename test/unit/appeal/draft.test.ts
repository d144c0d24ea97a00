import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOdsBody, dpaFor, dscFor, EU_COUNTRIES, odsBodiesForService, type Service } from '@/utils/appeal/addressees';
import { draftAppeal, mergeSamePoint, stringsFor, hasTemplates, letterKindsFor, LETTER_KINDS, odsBodiesFor, TEMPLATE_LANGUAGES, userSideProblems, type DraftInput, type UserSide } from '@/utils/appeal/draft';
import { parseTemplate, renderTemplate } from '@/utils/appeal/engine';
import { judgeWindow, readAppealWindow } from '@/utils/appeal/appeal-window';
import { cite } from '@/utils/appeal/cite';
import type { Platform } from '@/utils/db/schema';
import { loadCorpus } from '../../corpus';

const USER: UserSide = {
  facts: 'I pinned photos of cakes I baked myself, as I have done for six years.',
  why: 'The Pins are my own photos with no links, so they cannot be spam.',
  asks: { restore: true, reasons: true, human: true },
};
const base = (over: Partial<DraftInput> = {}): DraftInput => ({
  kind: 'internal-complaint',
  language: 'en',
  tone: 'formal',
  notice: { text: 'Your account has been suspended for violating our community guidelines.', kind: 'account_suspended', seenAt: '2025-05-02T09:15:00Z', url: 'https://www.pinterest.com/login/' },
  context: { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2025-05-01', account: 'maya_makes', userName: 'Maya Example', timeZone: 'Europe/Berlin', country: 'DE' },
  user: USER,
  evidence: [{ kind: 'screenshot', capturedAt: '2025-05-02T09:15:01.000Z', sha256: 'ab'.repeat(32) }],
  inventory: { boards: 42, pins: 3120 },
  now: new Date('2025-05-03T10:00:00Z'),
  ...over,
});
const withContext = (over: Partial<DraftInput['context']>, rest: Partial<DraftInput> = {}) => base({ ...rest, context: { ...base().context, ...over } });
const letter = (d: ReturnType<typeof draftAppeal>) => `${d.subject}\n\n${d.body}`;
const PLACEHOLDER = /\[[A-Za-z][\w.]*\]|undefined|\{\{|\}\}|NaN/;

describe('template engine', () => {
  it('fills variables, blocks and lists, and shows what is missing', () => {
    const { text, unfilled } = renderTemplate('{{a}} {{#if b}}yes{{else}}no{{/if}} {{#each list}}[{{@n}}:{{.x}}]{{/each}} {{missing.thing}}', { a: 'A', b: false, list: [{ x: 1 }, { x: 2 }] });
    expect(text).toBe('A no [1:1][2:2] [missing.thing]');
    expect(unfilled).toEqual(['missing.thing']);
  });
  it('never prints undefined, and refuses broken templates', () => {
    expect(renderTemplate('{{nope}}', {}).text).toBe('[nope]');
    expect(() => parseTemplate('{{#if a}}open')).toThrow(SyntaxError);
    expect(() => parseTemplate('{{/each}}')).toThrow(SyntaxError);
  });
});

describe('every letter for every platform, country, kind, language and tone', () => {
  const platforms: [Platform, Service | undefined][] = [['pinterest', undefined], ['x', undefined], ['meta', 'facebook'], ['meta', 'instagram'], ['meta', 'threads'], ['tiktok', undefined], ['youtube', undefined], ['reddit', undefined]];
  // One test per platform: the whole matrix is 17,280 letters, and a single test's time limit was hit on a loaded machine.
  it.each(platforms)('has every letter string in every language and no placeholder anywhere (%s %s)', (platform, service) => {
    let drafts = 0;
    for (const country of EU_COUNTRIES) for (const kind of LETTER_KINDS) for (const language of TEMPLATE_LANGUAGES) for (const tone of ['formal', 'concise'] as const) {
      const d = draftAppeal(base({ kind, language, tone, context: { ...base().context, platform, country, business: true, ...(service ? { service } : {}) } }));
      const text = letter(d);
      if (PLACEHOLDER.test(text) || d.unfilled.length) throw new Error(`${platform}/${service}/${country}/${kind}/${language}/${tone}: ${d.unfilled.join(', ')} ${text.match(PLACEHOLDER)?.[0]}`);
      // The addressee data the editor has goes in when confirmed, and only then.
      if (kind === 'dsc-complaint') {
        const dsc = dscFor(country)!;
        // A coordinator with its own name in the letter's language (Belgium in French or Dutch) is named so.
        const dscName = dsc.names?.[language] ?? dsc.name;
        if ((dsc.status === 'confirmed') !== text.includes(dscName || '\u0000')) throw new Error(`${country}/${language}: DSC ${dscName} (${dsc.status}) ${dsc.status === 'confirmed' ? 'missing' : 'named though not confirmed'}`);
      }
      if (kind === 'gdpr-access') {
        const dpa = dpaFor(country)!;
        if ((dpa.status === 'confirmed') !== text.includes(dpa.name)) throw new Error(`${country}/${language}: DPA ${dpa.name} (${dpa.status})`);
      }
      if (kind === 'ods-submission') {
        const chosen = defaultOdsBody(service ?? (platform as Service), language);
        if (chosen && !text.includes(chosen.name)) throw new Error(`${platform}/${country}/${language}: ODS body ${chosen.name} missing`);
        for (const b of odsBodiesForService(service ?? (platform as Service), language)) if (b.feeStatus !== 'confirmed' && b.fee && text.includes(b.fee)) throw new Error(`unconfirmed fee of ${b.name} in the letter`);
      }
      expect(d.fellBack).toBe(false);
      drafts++;
    }
    expect(drafts).toBe(EU_COUNTRIES.length * LETTER_KINDS.length * TEMPLATE_LANGUAGES.length * 2);
  }, 180_000);

  it('has an addressee entry with a source and a status for every EU/EEA country', () => {
    for (const country of [...EU_COUNTRIES, 'IS', 'LI', 'NO']) {
      const dsc = dscFor(country)!;
      const dpa = dpaFor(country)!;
      expect(dsc.source, country).toMatch(/\w{8,}/);
      expect(dpa.source, country).toMatch(/\w{8,}/);
      expect(['confirmed', 'reported', 'unconfirmed']).toContain(dsc.status);
      expect(['confirmed', 'reported', 'unconfirmed']).toContain(dpa.status);
      if (dsc.status === 'confirmed') expect(dsc.name, country).not.toBe('');
    }
  });

  it('outside the EU as well, and without a name, a date or the user’s side', () => {
    for (const [platform, service] of platforms) for (const region of ['uk', 'us', 'in', 'br', 'other'] as const) for (const language of TEMPLATE_LANGUAGES) for (const kind of letterKindsFor(region, false)) {
      const d = draftAppeal(base({ kind, language, user: undefined, context: { platform, region, business: false, timeZone: 'UTC', ...(service ? { service } : {}) } }));
      expect(letter(d), `${platform}/${region}/${language}/${kind}`).not.toMatch(PLACEHOLDER);
      expect(d.unfilled).toEqual([]);
    }
  });

  it('every letter says it is not legal advice', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) {
      expect(draftAppeal(base({ kind, language })).body).toMatch(/not legal advice|keine Rechtsberatung|pas un avis juridique|asesoramiento jurídico|consulenza legale|geen juridisch advies|aconselhamento jurídico|法的助言ではありません/);
    }
  });
});

describe('the user’s side', () => {
  it('is woven into every kind, with the legal hook of the region', () => {
    for (const kind of LETTER_KINDS) {
      const body = draftAppeal(base({ kind, context: { ...base().context, business: true } })).body;
      expect(body, kind).toContain(USER.facts);
      if (kind !== 'gdpr-access') expect(body, kind).toContain(USER.why);
    }
    const eu = draftAppeal(base()).body;
    expect(eu).toContain('Art. 20(4) DSA you must reverse');
    expect(eu).toContain('Art. 14(4) DSA');
    expect(draftAppeal(withContext({ business: true })).body).toContain('opportunity to clarify the facts and circumstances');
    expect(draftAppeal(withContext({ business: true })).body).toContain('Art. 4(3) P2B Regulation');
    const us = draftAppeal(withContext({ region: 'us', country: 'US' })).body;
    expect(us).toContain('review the decision against your own terms');
    expect(us).not.toMatch(/DSA|GDPR|P2B|Regulation \(EU\)/);
  });
  it('is required before copying: the draft says what is missing', () => {
    expect(draftAppeal(base({ user: undefined })).needsUserSide).toEqual(['facts', 'why', 'asks']);
    expect(draftAppeal(base()).needsUserSide).toEqual([]);
    expect(userSideProblems({ ...USER, why: '  ' })).toEqual(['why']);
    expect(userSideProblems({ ...USER, asks: { restore: false, reasons: false, human: false } })).toEqual(['asks']);
  });
  it('asks only for what the user asks for', () => {
    const d = draftAppeal(base({ user: { ...USER, asks: { restore: false, reasons: true, human: false } } }));
    expect(d.body).toContain('specific reasons');
    expect(d.body).not.toContain('to restore');
    expect(d.body).not.toContain('not involved in the original decision');
  });
});

/** Each error the legal review of issue #17 found in the letters, fixed at its source. */
describe('corrected errors of the letters', () => {
  it('no prior-warning claim on an ordinary ban, and no Santa Clara for it', () => {
    for (const language of TEMPLATE_LANGUAGES) expect(draftAppeal(base({ language })).body).not.toMatch(/prior warning|vorherige Warnung|avertissement préalable|advertencia previa|avvertimento preventivo|voorafgaande waarschuwing|aviso prévio|事前の警告/);
    expect(draftAppeal(withContext({ region: 'us', country: 'US' })).body).not.toMatch(/warning/);
  });
  it('unknown dates stay out of the letter, in every language', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) {
      const d = draftAppeal(base({ kind, language, context: { ...base().context, decisionDate: undefined } }));
      expect(d.body).not.toMatch(/unbekannt|ignore|una fecha|una data|a date I do not know|onbekend|desconheço|不明|知らない日/);
      expect(d.body).not.toMatch(/at the latest when the restriction|spätestens bei Verhängung/);
    }
  });
  it('“timely, non-discriminatory, diligent and non-arbitrary” is Art. 20(4), human supervision Art. 20(6)', () => {
    expect(draftAppeal(base()).body).toContain('timely, non-discriminatory, diligent and non-arbitrary manner (Art. 20(4) DSA), under the supervision of appropriately qualified staff and not solely on the basis of automated means (Art. 20(6) DSA)');
  });
  it('GDPR Art. 22(3) only on condition of a solely automated decision', () => {
    const body = draftAppeal(base()).body;
    const at = body.indexOf('Art. 22(1), (3) GDPR');
    expect(at).toBeGreaterThan(0);
    expect(body.slice(body.lastIndexOf('\n', at), at)).toMatch(/If the decision was based solely on automated processing/);
  });
  it('P2B: “prior to or at the time” for a suspension (4(1)), 30 days before a termination (4(2)), never both', () => {
    const body = draftAppeal(base({ kind: 'p2b-business', context: { ...base().context, business: true } })).body;
    expect(body).toContain('On 1 May 2025 you suspended my account. As a business user I am owed a statement of reasons on a durable medium prior to or at the time the measure takes effect (Art. 4(1) P2B Regulation)');
    expect(body).not.toMatch(/given in advance|Art\. 4\(2\) P2B|restricted my account/);
    const ended = draftAppeal(base({ kind: 'p2b-business', context: { ...base().context, business: true }, notice: { ...base().notice, kind: 'account_deactivated', text: 'Your account has been deactivated for violating our community guidelines.' } })).body;
    expect(ended).toContain('On 1 May 2025 you terminated my account, and with it the provision of your services to me. Unless one of the exceptions in Art. 4(4) P2B Regulation applies, you had to give me a statement of reasons on a durable medium at least 30 days before the termination took effect (Art. 4(2) P2B Regulation)');
    expect(ended).not.toMatch(/restricted my account|Art\. 4\(1\) P2B/);
    for (const language of TEMPLATE_LANGUAGES) {
      const t = draftAppeal(base({ language, kind: 'p2b-business', context: { ...base().context, business: true, notifiedAt: '2025-05-10' }, notice: { ...base().notice, kind: 'account_deactivated', text: 'Your account has been permanently deactivated.' } })).body;
      expect(t, language).toContain(cite('p2b4_2', language));
      expect(t, language).not.toContain(cite('p2b4_1', language));
      const r = draftAppeal(base({ language, kind: 'p2b-business', context: { ...base().context, business: true, notifiedAt: '2025-05-10' } })).body;
      expect(r, language).toContain(cite('p2b4_1', language));
      expect(r, language).not.toContain(cite('p2b4_2', language));
    }
  });
  it('a 30-day appeal window is answered with Art. 20(1) DSA’s six months', () => {
    const d = draftAppeal(base({ notice: { ...base().notice, text: 'Your account has been suspended. You can appeal within 30 days.' } }));
    expect(d.body).toContain('only within 30 days. Art. 20(1) DSA requires the internal complaint-handling system to be available for at least six months');
  });
  it('a spam ground meets the Art. 17(2) exception by asking for facts, not by assertion', () => {
    const d = draftAppeal(base({ notice: { ...base().notice, text: 'Your account was suspended for violating our policies against spam.' } }));
    expect(d.body).toContain('If you rely on the exception in Art. 17(2) DSA for deceptive high-volume commercial content, please state the facts');
  });
  it('P2B Art. 4(4)(c) is anticipated where the notice cites repeated violations', () => {
    const d = draftAppeal(base({ kind: 'p2b-business', context: { ...base().context, business: true }, notice: { ...base().notice, text: 'Your account was terminated for repeated violations of our guidelines.' } }));
    expect(d.body).toContain('If you rely on Art. 4(4)(c) P2B Regulation, please demonstrate each infringement');
  });
  it('vocabulary per platform: no boards or Pins outside Pinterest, Instagram by name', () => {
    for (const [platform, service] of [['x'], ['youtube'], ['meta', 'facebook'], ['tiktok'], ['reddit']] as [Platform, Service?][]) {
      for (const kind of LETTER_KINDS) {
        const d = draftAppeal(base({ kind, user: { ...USER, facts: 'I posted my own photos.', why: 'They are mine.' }, context: { ...base().context, platform, business: true, ...(service ? { service } : {}) } }));
        expect(letter(d), `${platform} ${kind}`).not.toMatch(/boards|\bPins?\b/);
      }
    }
    const insta = draftAppeal(base({ context: { ...base().context, platform: 'meta' }, notice: { ...base().notice, url: 'https://www.instagram.com/accounts/disabled/' } }));
    expect(insta.body).toContain('I use Instagram');
    expect(letter(insta)).not.toMatch(/\bMeta\b/);
  });
  it('a content-removal letter asks for the content back, not the account', () => {
    const d = draftAppeal(base({ notice: { ...base().notice, kind: 'content_removed', text: 'We removed your Pin because it goes against our spam policy.' } }));
    expect(d.subject).toBe('Complaint against the restriction of my content on Pinterest, user name maya_makes');
    expect(d.body).toContain('to restore the content concerned');
    expect(d.body).not.toMatch(/restore my account|whether my account is suspended/);
  });
  it('the six-month rule of one ODS body is neither everyone’s nor in letters to the platform', () => {
    const internal = draftAppeal(base());
    expect(internal.deadlines.map((d) => d.id)).not.toContain('ods-eligibility');
    expect(internal.body).not.toMatch(/six months/);
    const ace = draftAppeal(base({ kind: 'ods-submission', context: { ...base().context, platform: 'tiktok', odsBodyId: 'ace' } }));
    expect(ace.deadlines.map((d) => d.id)).toContain('ods-eligibility');
    const ur = draftAppeal(base({ kind: 'ods-submission', context: { ...base().context, platform: 'tiktok', odsBodyId: 'user-rights' } }));
    expect(ur.deadlines.map((d) => d.id)).not.toContain('ods-eligibility');
  });
});

describe('addressees', () => {
  it('Pinterest Europe Ltd for the EEA, Switzerland and the UK; Pinterest, Inc. elsewhere', () => {
    // Pinterest's privacy policy of 30 April 2025 moved Pinterest Europe Ltd. to Waterloo Exchange (Palmerston House is out of date).
    expect(draftAppeal(base({ kind: 'gdpr-access' })).body).toContain('To: Pinterest Europe Ltd., Waterloo Exchange, 3rd Floor, Waterloo Road, Dublin 4, Ireland');
    expect(draftAppeal(base({ kind: 'gdpr-access' })).body).not.toContain('Palmerston');
    expect(draftAppeal(base({ kind: 'gdpr-access', context: { ...base().context, region: 'uk', country: 'GB' } })).body).toContain('Pinterest Europe Ltd.');
    expect(draftAppeal(base({ kind: 'gdpr-access', context: { ...base().context, region: 'us', country: 'US' } })).body).toContain('Pinterest, Inc.');
  });
  it('controllers of the other platforms; an unconfirmed one is addressed without a guessed name', () => {
    expect(draftAppeal(withContext({ platform: 'meta' }, { kind: 'gdpr-access' })).body).toContain('Meta Platforms Ireland Limited');
    // X's privacy policy of 15 January 2026 names X Internet Unlimited Company (earlier: Twitter International Unlimited Company).
    expect(draftAppeal(withContext({ platform: 'x' }, { kind: 'gdpr-access' })).body).toContain('To: X Internet Unlimited Company, One Cumberland Place');
    expect(draftAppeal(withContext({ platform: 'x' }, { kind: 'gdpr-access' })).warnings.map((w) => w.key)).not.toContain('appealWarn_controllerReported');
    expect(draftAppeal(withContext({ platform: 'tiktok' }, { kind: 'gdpr-access' })).body).toContain('TikTok Technology Limited');
    expect(draftAppeal(withContext({ platform: 'youtube' }, { kind: 'gdpr-access' })).body).toContain('Google Ireland Limited');
    // Reddit's privacy policy (1 July 2026): Reddit Netherlands B.V. for the EEA and Switzerland, Reddit, Inc. for the UK.
    expect(draftAppeal(withContext({ platform: 'reddit' }, { kind: 'gdpr-access' })).body).toContain('To: Reddit Netherlands B.V.');
    expect(draftAppeal(withContext({ platform: 'reddit', region: 'uk', country: 'GB' }, { kind: 'gdpr-access' })).body).toContain('To: Reddit, Inc.');
    expect(draftAppeal(withContext({ platform: 'reddit', region: 'uk', country: 'GB' }, { kind: 'gdpr-access' })).warnings.map((w) => w.key)).not.toContain('appealWarn_controllerReported');
  });
  it('the DSC complaint goes to the DSC where the user lives, asking it to transmit', () => {
    const de = draftAppeal(base({ kind: 'dsc-complaint' }));
    expect(de.body).toContain('To: Bundesnetzagentur, Digital Services Coordinator — Germany');
    expect(de.body).toContain('Member State where I live: Germany');
    expect(de.body).toContain('transmit the complaint to the Digital Services Coordinator of establishment');
    expect(de.body).not.toContain('Coimisiún na Meán');
    // Poland's interim coordinator is named, with a warning that it cannot take users' complaints yet.
    const pl = draftAppeal(withContext({ country: 'PL' }, { kind: 'dsc-complaint' }));
    expect(pl.body).toContain('To: Prezes Urzędu Komunikacji Elektronicznej');
    expect(pl.warnings.map((w) => w.key)).toContain('appealWarn_dscNoComplaints');
    // Slovakia's coordinator is only reported (news): left out of the letter, the user is warned.
    const sk = draftAppeal(withContext({ country: 'SK' }, { kind: 'dsc-complaint' }));
    expect(sk.body).toContain('To: Digital Services Coordinator — Slovakia');
    expect(sk.body).not.toContain('Rada pre mediálne služby');
    expect(sk.warnings.map((w) => w.key)).toContain('appealWarn_dscUnconfirmed');
    expect(draftAppeal(withContext({ country: 'MT' }, { kind: 'dsc-complaint' })).body).toContain('To: Malta Communications Authority (MCA), Digital Services Coordinator — Malta');
    expect(draftAppeal(withContext({ country: 'FR' }, { kind: 'dsc-complaint' })).body).toContain('To: Autorité de régulation de la communication audiovisuelle et numérique (Arcom), Digital Services Coordinator — France');
    expect(draftAppeal(withContext({ country: 'IE' }, { kind: 'dsc-complaint' })).body).toContain('Coimisiún na Meán');
    // Where the coordinator's own complaint route was read, the editor offers it.
    expect(dscFor('DE')?.complaintForm).toBe('https://www.dsc.bund.de/DSC/DE/8Formulare/Form06_Beschw/node.html');
    expect(dscFor('PL')?.complaintForm).toBeUndefined();
  });
  it('ODS bodies by service: User Rights for Instagram and TikTok, not Facebook; none confirmed for X', () => {
    expect(odsBodiesForService('instagram', 'de').map((b) => b.id)).toContain('user-rights');
    expect(odsBodiesForService('facebook', 'de').map((b) => b.id)).not.toContain('user-rights');
    // For X only RTR Medien (Austria), whose coverage of any platform is reported, not confirmed: offered in the editor, not named in the letter.
    expect(odsBodiesFor('x', 'en').map((b) => [b.id, b.coverage])).toEqual([['rtr', 'reported']]);
    const x = draftAppeal(withContext({ platform: 'x' }, { kind: 'ods-submission' }));
    expect(x.body).toContain('To: a certified out-of-court dispute settlement body');
    expect(x.warnings.map((w) => w.key)).toContain('appealWarn_noOds');
    expect(x.body).not.toContain('RTR');
    // Austria's DSC takes Art. 53 complaints through the RTR complaint portal.
    expect(dscFor('AT')?.complaintForm).toBe('https://beschwerde.rtr.at/');
  });
  it('Appeals Centre Europe’s Pinterest coverage is only reported (an undated homepage, not its rules): not chosen for a Pinterest letter, fee never in a letter', () => {
    const pinterest = odsBodiesForService('pinterest', 'en');
    expect(pinterest.find((b) => b.id === 'ace')?.coverage).toBe('reported');
    const d = draftAppeal(base({ kind: 'ods-submission' }));
    expect(d.body).toContain('To: a certified out-of-court dispute settlement body');
    for (const kind of LETTER_KINDS) expect(draftAppeal(base({ kind })).body).not.toMatch(/free of charge|€/);
  });
  it('the ODS letter states the internal complaint and its outcome', () => {
    const d = draftAppeal(base({ kind: 'ods-submission', user: { ...USER, complaint: { date: '2025-05-04', outcome: 'noReasons' } } }));
    expect(d.body).toContain('I lodged an internal complaint with Pinterest on 4 May 2025. Outcome: the complaint was rejected without specific reasons.');
    expect(draftAppeal(base({ kind: 'ods-submission' })).body).toContain('I may refer the dispute to you without having done so');
  });
});

describe('closing mechanics', () => {
  it('a date for the reasoned decision, a reservation of rights, the evidence key when there is one', () => {
    const d = draftAppeal(withContext({ evidenceKey: 'SHA256:12:34:56' }));
    expect(d.body).toContain('Please send me your reasoned decision without undue delay (Art. 20(5) DSA); I would ask you to do so by 17 May 2025.');
    expect(d.body).toContain('I reserve all my rights');
    expect(d.body).toContain('Evidence key: SHA256:12:34:56');
    expect(draftAppeal(base()).body).not.toMatch(/Evidence key/);
    // In the other languages the key is named in the letter's language, with no English left in the sentence.
    for (const language of TEMPLATE_LANGUAGES.filter((l) => l !== 'en')) {
      const body = draftAppeal(withContext({ evidenceKey: 'SHA256:12:34:56' }, { language })).body;
      expect(body, language).toContain('SHA256:12:34:56');
      expect(body, language).not.toMatch(/evidence key/i);
    }
  });
  it('a letter to an ODS body or a DSC speaks of the provider, not of “your” initiative or terms', () => {
    for (const kind of ['ods-submission', 'dsc-complaint'] as const) {
      const body = draftAppeal(base({ kind })).body;
      expect(body, kind).toContain("the provider's own initiative");
      expect(body, kind).toContain("the specific clause of the provider's terms and conditions");
      expect(body, kind).not.toMatch(/your own initiative|clause of your terms/);
    }
    expect(draftAppeal(base()).body).toContain('your own initiative');
  });
  it('the GDPR letter asks for recipients (15(1)(c)) and the source (15(1)(g)) and gives notice of Art. 77', () => {
    const body = draftAppeal(base({ kind: 'gdpr-access' })).body;
    expect(body).toContain('(Art. 15(1)(c) GDPR)');
    expect(body).toContain('(Art. 15(1)(g) GDPR)');
    expect(body).toContain('lodge a complaint with a supervisory authority, in particular in the Member State of my habitual residence (Art. 77 GDPR)');
    expect(body).toContain('by 3 June 2025');
  });
});

describe('outside the EU', () => {
  it('the UK access request names the Information Commissioner, not a Member State', () => {
    const body = draftAppeal(withContext({ region: 'uk', country: 'GB' }, { kind: 'gdpr-access' })).body;
    expect(body).toContain('I may complain to the Information Commissioner (Art. 77 UK GDPR)');
    expect(body).not.toMatch(/Member State/);
  });
  it('Santa Clara is cited only for what it says; EU-only routes are not asked for', () => {
    const body = draftAppeal(withContext({ region: 'us', country: 'US' })).body;
    expect(body).toMatch(/where the restriction applies \(its territorial scope\)\n/);
    expect(body).toMatch(/how long it lasts, or that it is permanent\n/);
    expect(body).not.toMatch(/out-of-court|trusted flagger/);
    expect(body).toContain('how to appeal the decision and within what time');
  });
  it('the UK letter states the Online Safety Act duty only where content was treated as illegal', () => {
    const illegal = draftAppeal(withContext({ region: 'uk', country: 'GB' }, { notice: { ...base().notice, text: 'Your video was removed because we consider it illegal content under the law of the United Kingdom.', kind: 'content_removed' } })).body;
    expect(illegal).toContain('the Online Safety Act 2023 requires your complaints procedure to deal with this complaint (s. 21(4)(c)–(d) Online Safety Act 2023)');
    expect(draftAppeal(withContext({ region: 'uk', country: 'GB' })).body).not.toMatch(/Online Safety Act/);
  });
});

describe('languages', () => {
  it('citations in each language’s style, and the regulation named as in the subject', () => {
    const expects: Record<string, [RegExp, RegExp]> = {
      de: [/Art\. 17 Abs\. 3 lit\. a DSA/, /DSGVO/],
      fr: [/article 17, paragraphe 3, point a\), du DSA/, /RGPD/],
      es: [/artículo 17, apartado 3, letra a\), del DSA/, /RGPD/],
      it: [/articolo 17, paragrafo 3, lettera a\), del DSA/, /GDPR/],
      nl: [/artikel 17, lid 3, onder a, DSA/, /AVG/],
      pt: [/artigo 17\.º, n\.º 3, alínea a\), do DSA/, /RGPD/],
    };
    for (const [language, [dsa, gdpr]] of Object.entries(expects)) {
      expect(draftAppeal(base({ language })).body, language).toMatch(dsa);
      const g = draftAppeal(base({ language, kind: 'gdpr-access' }));
      expect(g.subject, language).toMatch(gdpr);
      expect(g.body, language).toMatch(gdpr);
      if (language !== 'it') expect(`${g.subject}\n${g.body}`, language).not.toMatch(/\bGDPR\b/);
      expect(draftAppeal(base({ language })).body, language).not.toMatch(/DSA Art\./);
    }
  });
  it('the first of the month as French and Italian write it', () => {
    expect(draftAppeal(base({ language: 'fr' })).body).toContain('du 1er mai 2025');
    expect(draftAppeal(base({ language: 'it' })).body).toContain('del 1° maggio 2025');
  });
  it('formal register, no assumed gender, no “a Appeals”', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) for (const tone of ['formal', 'concise'] as const) {
      const text = letter(draftAppeal(base({ language, kind, tone, context: { ...base().context, business: true, platform: 'tiktok' } })));
      expect(text, `${language} ${kind} ${tone}`).not.toMatch(/^(Hallo|Hello|Hi|Danke|Dank je|Thank you|Thanks|Hola|Ciao|Olá),/m);
      expect(text).not.toMatch(/\b(als Nutzer|un utilisateur|en tant qu'utilisateur|como usuario|sono stato|fui notificado|o utilizador|reconnaissant\b|grato\b)/);
      expect(text).not.toMatch(/\ba Appeals\b/);
    }
  });
  it('falls back to English for a language without templates, and says so', () => {
    const d = draftAppeal(base({ language: 'pl' }));
    expect(d).toMatchObject({ language: 'en', fellBack: true });
    expect(d.warnings[0]!.key).toBe('appealWarn_fallback');
    expect(hasTemplates('pl')).toBe(false);
    expect(hasTemplates('ja')).toBe(true);
  });
  it('bad input still drafts and says what it could not fill', () => {
    const empty = draftAppeal(base({ notice: { text: '', kind: 'account_suspended' } }));
    expect(empty.warnings.map((w) => w.key)).toContain('appealWarn_noText');
    const long = draftAppeal(base({ notice: { ...base().notice, text: 'Your account has been suspended. '.repeat(500) } }));
    expect(long.body).toContain('[…]');
    expect(long.warnings.map((w) => w.key)).toContain('appealWarn_long');
    const backwards = draftAppeal(withContext({ decisionDate: '2025-06-01' }));
    expect(backwards.warnings.map((w) => w.key)).toContain('appealWarn_dateAfterSeen');
    const noName = draftAppeal(withContext({ userName: undefined }));
    expect(noName.body).not.toMatch(PLACEHOLDER);
    expect(noName.warnings.map((w) => w.key)).toContain('appealWarn_name');
  });
});

/** What a user might write, in the letter's language (the goldens read as whole letters). */
const USER_BY_LANGUAGE: Record<string, Pick<UserSide, 'facts' | 'why'>> = {
  en: { facts: 'I post photos of cakes I bake myself. I received the notice when I tried to log in.', why: 'My photos are my own work, contain no links and break no rule.' },
  de: { facts: 'Ich veröffentliche Fotos von Kuchen, die ich selbst backe. Die Mitteilung erschien beim Anmelden.', why: 'Die Fotos sind meine eigenen Werke, enthalten keine Links und verstoßen gegen keine Regel.' },
  fr: { facts: 'Je publie des photos de gâteaux que je fais moi-même. L’avis est apparu lors de la connexion.', why: 'Les photos sont mes propres œuvres, sans lien, et ne contreviennent à aucune règle.' },
  es: { facts: 'Publico fotos de pasteles que hago yo. El aviso apareció al iniciar sesión.', why: 'Las fotos son obra mía, no contienen enlaces y no infringen ninguna norma.' },
  it: { facts: 'Pubblico foto di torte che preparo io. L’avviso è comparso all’accesso.', why: 'Le foto sono opere mie, non contengono link e non violano alcuna regola.' },
  nl: { facts: 'Ik plaats foto’s van taarten die ik zelf bak. De kennisgeving verscheen bij het inloggen.', why: 'De foto’s zijn mijn eigen werk, bevatten geen links en overtreden geen enkele regel.' },
  pt: { facts: 'Publico fotografias de bolos feitos por mim. O aviso apareceu ao iniciar sessão.', why: 'As fotografias são obra minha, não contêm ligações e não violam qualquer regra.' },
  ja: { facts: '自分で焼いたケーキの写真を投稿しています。ログインしようとしたときに通知が表示されました。', why: '写真はすべて私自身が撮影したもので、リンクを含まず、どの規則にも違反していません。' },
};
/** Rows of every corpus file (the golden Japanese notice lives in x.jsonl). */
function corpusRow(id: string): { id: string; platform: string; kind: string; text: string } | undefined {
  for (const file of readdirSync(join(__dirname, '../../fixtures/notices')).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(__dirname, '../../fixtures/notices', file), 'utf8').split('\n')) {
      if (line.includes(`"${id}"`)) return JSON.parse(line);
    }
  }
  return undefined;
}

describe('golden drafts of real notices', () => {
  const corpus = loadCorpus();
  const pick = (id: string) => corpus.find((r) => r.id === id) ?? (corpusRow(id) as (typeof corpus)[number]);
  it.each([
    ['pinterest-en-001', 'en'],
    ['meta-de-020', 'de'],
    ['meta-fr-019', 'fr'],
    ['meta-es-017', 'es'],
    ['meta-it-023', 'it'],
    ['meta-nl-027', 'nl'],
    ['meta-pt-016', 'pt'],
    ['x-ja-0579', 'ja'],
  ])('%s (%s)', async (id, language) => {
    const row = pick(id);
    expect(row, id).toBeTruthy();
    const country = { en: 'IE', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pt: 'PT', ja: 'DE' }[language]!;
    const d = draftAppeal(base({ language, tone: 'formal', user: { ...USER, ...USER_BY_LANGUAGE[language]! }, notice: { text: row.text, kind: row.kind === 'none' ? 'account_suspended' : row.kind, seenAt: '2025-05-02T09:15:00Z' }, context: { ...base().context, country, platform: row.platform === 'meta' || row.platform === 'x' ? row.platform : 'pinterest', business: false } }));
    expect(d.unfilled).toEqual([]);
    await expect(`${d.subject}\n\n${d.body}\n`).toMatchFileSnapshot(`../../fixtures/appeal/golden/${id}.${language}.txt`);
  });
});

describe('second reading (lawyer): sentences a caseworker or opposing counsel would reject', () => {
  it('outside the EU the letter cites no Santa Clara Principle as if it were law, and does not ask twice for the time limit', () => {
    for (const region of ['uk', 'us'] as const) {
      const body = draftAppeal(withContext({ region, country: region === 'uk' ? 'GB' : 'US' })).body;
      expect(body).not.toMatch(/Santa Clara/);
      expect(body).toContain('how to appeal the decision and within what time');
      expect(body).not.toContain('how to complain and within what time');
    }
    // In the EU both stay, as one item under Art. 17(3)(f) DSA (see "one provision, one item").
    expect(draftAppeal(base()).body).toContain('the ways to seek redress, including how and within what time to complain: the internal complaint, out-of-court dispute settlement and the courts (Art. 17(3)(f) DSA; Art. 21(1) DSA)');
  });
  it('the ODS letter asks the body to note a defective statement of reasons only when the checklist found one', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const source = stringsFor(language).letter.ask_ods!;
      const data = { platform: 'X', content: 'my posts', isContent: false, illegalGround: false, cite: { dsa17_1: 'DSA17-1' } };
      expect(renderTemplate(source, { ...data, missingRequired: false }).text, language).not.toContain('DSA17-1');
      expect(renderTemplate(source, { ...data, missingRequired: true }).text, language).toContain('DSA17-1');
    }
    expect(draftAppeal(base({ kind: 'ods-submission' })).body).toContain('; and to note that the notice quoted above, the only statement of reasons I received, did not meet Art. 17(1) DSA.');
  });
  it('the P2B complaint asks in the words of Art. 11(2)(b)-(c) P2B (swiftly and effectively; outcome individually), not only "a reasonable time"', () => {
    const body = draftAppeal(withContext({ business: true }, { kind: 'p2b-business' })).body;
    expect(body).toContain('Please process this complaint swiftly and effectively and communicate its outcome to me individually');
    expect(body).not.toMatch(/reasonable time/);
    const de = draftAppeal(withContext({ business: true }, { kind: 'p2b-business', language: 'de' })).body;
    expect(de).toContain('zügig und wirksam');
  });
  it('Art. 22(3) GDPR is claimed only for a solely automated decision that rests on the contract, not for every permitted one', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const d = draftAppeal(base({ language }));
      const text = d.sections.find((s) => s.id === 'review_art22')!.text;
      expect(text, language).not.toMatch(/permitted at all|überhaupt zulässig|est permise|esté permitida|sia consentita|al is toegestaan|seja permitida|許容される場合であっても/);
    }
    expect(draftAppeal(base()).body).toContain('where such a decision is necessary for the performance of our contract, Art. 22(1), (3) GDPR gives me these rights.');
  });
  it('a YouTube account letter does not read "my account and my videos and channel"', () => {
    const body = draftAppeal(withContext({ platform: 'youtube' })).body;
    expect(body).toContain('to restore my account, together with my videos and channel,');
    expect(draftAppeal(withContext({ platform: 'youtube' }, { language: 'de' })).body).toContain('mein Konto sowie meine Videos und meinen Kanal');
  });
});

describe('second reading (lawyer): findings from real notices', () => {
  it('Instagram’s "there are 30 days remaining to disagree" is time left, not the window’s length', () => {
    const text = 'Your account was suspended on 31 October 2022 – there are 30 days remaining to disagree with this decision.';
    const insta = (over: Partial<DraftInput['context']>, kind: DraftInput['kind'] = 'internal-complaint', t = text) => draftAppeal(withContext({ platform: 'meta', service: 'instagram', ...over }, { kind, notice: { ...base().notice, text: t } })).body;
    // Decision 1 May, seen 2 May with 30 days left: the route closes on 1 June, well inside six months.
    const dated = insta({});
    expect(dated).not.toContain('only within 30 days');
    expect(dated).toContain('When I saw your notice on 2 May 2025 at 11:15, it said that 30 days remained to appeal, so the period would end on 1 June 2025, less than six months after the decision of 1 May 2025. Art. 20(1) DSA requires');
    // Without a decision date the length is unknown: the letter asks, and asserts nothing.
    const undated = insta({ decisionDate: undefined });
    expect(undated).not.toMatch(/only within 30 days|less than six months/);
    expect(undated).toContain('Your notice says that 30 days remain to appeal. Please confirm that your internal complaint-handling system will remain available to me for at least six months after the decision (Art. 20(1) DSA).');
    expect(draftAppeal(withContext({ platform: 'meta', service: 'instagram', decisionDate: undefined }, { kind: 'ods-submission', notice: { ...base().notice, text } })).sections.map((s) => s.id).filter((id) => id.startsWith('finding_window'))).toEqual([]);
    // Time left that reaches past six months is no finding at all.
    expect(draftAppeal(withContext({ platform: 'meta', service: 'instagram' }, { notice: { ...base().notice, text: 'There are 200 days remaining to appeal this decision.' } })).findings).toEqual([]);
    // A length and a cut-off are what they say.
    expect(insta({}, 'internal-complaint', 'You have 30 days to disagree with this decision.')).toContain('only within 30 days');
    const cutoff = insta({}, 'internal-complaint', 'This decision cannot be appealed after 30 days.');
    expect(cutoff).toContain('Your notice says that the decision can no longer be appealed after 30 days. Art. 20(1) DSA requires the internal complaint-handling system to be available for at least six months after the decision.');
    for (const language of TEMPLATE_LANGUAGES) {
      const d = draftAppeal(withContext({ platform: 'meta', service: 'instagram', decisionDate: undefined }, { language, notice: { ...base().notice, text } }));
      expect(d.sections.map((s) => s.id), language).toContain('finding_window_confirm');
      expect(d.sections.map((s) => s.id), language).not.toContain('finding_window');
    }
  });
  it('reads the window in the sense the notice gives it', () => {
    expect(readAppealWindow('There are 30 days remaining to disagree with this decision.')).toEqual({ days: 30, sense: 'remaining' });
    expect(readAppealWindow('You have 12 days left to appeal.')).toEqual({ days: 12, sense: 'remaining' });
    expect(readAppealWindow('Il vous reste 9 jours pour contester la décision.')).toEqual({ days: 9, sense: 'remaining' });
    expect(readAppealWindow('This decision can no longer be appealed after thirty days.')).toEqual({ days: 30, sense: 'cutoff' });
    expect(readAppealWindow('You can appeal within 14 days.')).toEqual({ days: 14, sense: 'length' });
    expect(readAppealWindow('Your account has been suspended.')).toBeUndefined();
    expect(judgeWindow({ days: 30, sense: 'remaining' }, { seenAt: '2025-05-02T09:00:00Z' })).toEqual({ reading: { days: 30, sense: 'remaining', endsOn: '2025-06-01' }, short: 'unknown' });
    expect(judgeWindow({ days: 170, sense: 'remaining' }, { start: '2025-05-01', seenAt: '2025-05-20T09:00:00Z' })!.short).toBe(false);
    expect(judgeWindow({ days: 30, sense: 'cutoff' }, {})!.short).toBe(true);
  });
});

describe('second reading (lawyer): German grammar', () => {
  it('the access request does not put the content in the wrong case after "einschließlich"', () => {
    const body = draftAppeal(withContext({ platform: 'tiktok' }, { kind: 'gdpr-access', language: 'de' })).body;
    expect(body).not.toContain('einschließlich meine');
    expect(body).toContain('sie umfassen auch meine Videos sowie meinen Kontoverlauf (Art. 15 Abs. 3 DSGVO)');
  });
});

describe('second reading (lawyer): the UK Online Safety Act', () => {
  it('a copyright or trademark removal does not invoke the OSA complaints duty (conservative: the s. 59(10)(a) IP exclusion is unconfirmed, so s. 59 is never cited)', () => {
    for (const text of ['Your video was removed due to a copyright claim.', 'We removed one of your Pins as a result of a trademark complaint.']) {
      const d = draftAppeal(withContext({ region: 'uk', country: 'GB' }, { notice: { ...base().notice, text, kind: 'content_removed' } }));
      expect(d.body, text).not.toMatch(/Online Safety Act/);
      expect(d.body).toContain('I ask you to review the decision against your own terms and the facts above.');
    }
    // No letter in any language cites s. 59: its IP exclusion was not confirmed in a primary source.
    for (const language of TEMPLATE_LANGUAGES) for (const kind of ['internal-complaint', 'gdpr-access'] as const) {
      expect(draftAppeal(withContext({ region: 'uk', country: 'GB' }, { kind, language, notice: { ...base().notice, text: 'Your post was removed because it is illegal content.', kind: 'content_removed' } })).body).not.toMatch(/s\. ?59|第59条|59\(10\)/);
    }
  });
});

describe('second reading (lawyer): French register', () => {
  it('the platform’s message is "la notification", not "votre avis" (which reads as "your opinion")', () => {
    for (const kind of LETTER_KINDS) {
      const body = draftAppeal(withContext({ business: true }, { kind, language: 'fr' })).body.replace(/Ceci n'est pas un avis juridique\./, '');
      expect(body, kind).not.toMatch(/\bavis\b/);
    }
    const own = draftAppeal(base({ language: 'fr' })).body;
    expect(own).toContain('Votre notification, telle que je l\'ai consultée le 2 mai 2025');
    expect(own).toContain('Votre notification ne m\'indique pas');
  });
});

describe('second reading (lawyer): P2B letter for a content removal', () => {
  it('says the content was restricted, not the account', () => {
    const notice = { ...base().notice, text: 'We removed one of your Pins because it violates our spam policy.', kind: 'content_removed' as const };
    const en = draftAppeal(withContext({ business: true }, { kind: 'p2b-business', notice })).body;
    expect(en).toContain('On 1 May 2025 you restricted my content.');
    expect(en).not.toContain('restricted my account');
    const wording: Record<string, string> = { de: 'meine Inhalte eingeschränkt', fr: 'restreint mes contenus', es: 'mis contenidos', it: 'limitato i miei contenuti', nl: 'mijn inhoud beperkt', pt: 'os meus conteúdos', ja: '私のコンテンツを制限しました' };
    for (const [language, words] of Object.entries(wording)) expect(draftAppeal(withContext({ business: true }, { kind: 'p2b-business', language, notice })).body, language).toContain(words);
    expect(draftAppeal(withContext({ business: true }, { kind: 'p2b-business' })).body).toContain('you suspended my account.');
  });
});

describe('second reading (lawyer): English dates', () => {
  it('a letter from the EU or the UK writes "2 May 2025", a letter from the US keeps the US form', () => {
    for (const region of ['eu', 'uk'] as const) {
      const body = draftAppeal(withContext({ region, country: region === 'uk' ? 'GB' : 'IE' })).body;
      expect(body, region).toContain('as I saw it on 2 May 2025 at 11:15');
      expect(body, region).not.toMatch(/May \d+, 2025/);
    }
    expect(draftAppeal(withContext({ region: 'us', country: 'US' })).body).toContain('May 2, 2025');
  });
});

describe('second reading (lawyer): no "my account and my Pins and boards"', () => {
  it('the account and its content are joined without a double "and"', () => {
    const wording: Record<string, string> = { it: 'il mio account nonché i miei', es: 'mi cuenta, así como mis ', nl: 'mijn account evenals mijn' };
    for (const [language, words] of Object.entries(wording)) {
      const body = draftAppeal(base({ language })).body;
      expect(body, language).toContain(words);
    }
    expect(draftAppeal(base({ kind: 'ods-submission' })).body).toContain('should restore my account, together with my Pins and boards');
  });
});

describe('second reading (lawyer): Spanish access request', () => {
  it('"incluidos mis vídeos y mi canal, así como el historial", not a chain of "y"', () => {
    const body = draftAppeal(withContext({ platform: 'youtube' }, { kind: 'gdpr-access', language: 'es' })).body;
    expect(body).toContain(', así como el historial de mi cuenta (artículo 15, apartado 3, del RGPD)');
  });
});

describe('third reading (lawyer): one provision, one item', () => {
  const items = (body: string) => [...body.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1]!);
  it('no two items of a letter cite the same provision for the same point (e.g. Art. 17(3)(f) DSA twice)', () => {
    const bare = 'Your account has been suspended.';
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) for (const business of [false, true]) {
      const body = draftAppeal(base({ kind, language, notice: { ...base().notice, text: bare }, context: { ...base().context, business, notifiedAt: '2025-05-09' } })).body;
      // The citations close each item: "(Art. 17(3)(f) DSA; Art. 21(1) DSA)"; the first one names the point.
      const firsts = items(body).map((line) => /[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]\s*$/.exec(line)?.[1]?.split(/; |、/)[0]).filter((c): c is string => Boolean(c && /\d/.test(c)));
      expect(new Set(firsts).size, `${language}/${kind}/${business}: ${firsts.join(' | ')}`).toBe(firsts.length);
    }
    const en = draftAppeal(base({ notice: { ...base().notice, text: bare } })).body;
    expect(en.match(/Art\. 17\(3\)\(f\) DSA/g)).toHaveLength(1);
    expect(en.match(/Art\. 17\(3\)\(a\) DSA/g)).toHaveLength(1);
    expect(en).toContain('where the restriction applies (its territorial scope); how long it lasts, or that it is permanent (Art. 17(3)(a) DSA)');
  });
  it('merges by the point, not by a shared secondary citation', () => {
    expect(mergeSamePoint([{ id: 'N5', cites: ['dsa17_3b', 'p2b4_5'] }, { id: 'N9', cites: ['dsa17_3e', 'p2b4_5'] }, { id: 'N6', cites: ['dsa17_3b'] }, { id: 'N15', cites: [] }, { id: 'N16', cites: [] }])).toEqual([
      { ids: ['N5', 'N6'], cites: ['dsa17_3b', 'p2b4_5'] },
      { ids: ['N9'], cites: ['dsa17_3e', 'p2b4_5'] },
      { ids: ['N15'], cites: [] },
      { ids: ['N16'], cites: [] },
    ]);
  });
});

describe('third reading (lawyer): "my content" or "my account", never "my content (account)"', () => {
  const ACCOUNT_WORD = /account|Konto|compte|cuenta|conta|アカウント/;
  it('content decisions speak of the content, account decisions of the account, and the user name is never a bare parenthesis', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) for (const content of [true, false]) {
      const notice = content ? { ...base().notice, kind: 'content_removed' as const, text: 'We removed your Pin.' } : base().notice;
      const d = draftAppeal(base({ kind, language, notice, context: { ...base().context, business: true } }));
      const text = `${d.subject}\n${d.body}`;
      expect(text, `${language}/${kind}`).not.toMatch(/[(（]\s*maya_makes\s*[)）]/);
      if (content && kind !== 'gdpr-access' && kind !== 'p2b-business') expect(d.subject, `${language}/${kind}`).not.toMatch(ACCOUNT_WORD);
    }
  });
  it('reads naturally in each case', () => {
    const content = { ...base().notice, kind: 'content_removed' as const, text: 'We removed your Pin.' };
    expect(draftAppeal(base({ kind: 'ods-submission', notice: content })).body).toContain('took a decision on 1 May 2025 concerning my content, which I published under the user name maya_makes.');
    expect(draftAppeal(base({ kind: 'ods-submission' })).body).toContain('took a decision on 1 May 2025 concerning my account maya_makes.');
    expect(draftAppeal(base({ kind: 'dsc-complaint', notice: content, language: 'de' })).body).toContain('über meine Inhalte, die ich unter dem Nutzernamen maya_makes veröffentlicht habe.');
    const gdpr = draftAppeal(base({ kind: 'gdpr-access', notice: content })).body;
    expect(gdpr).toContain('in connection with my Pinterest account maya_makes and with your decision of 1 May 2025 concerning my content.');
    expect(gdpr).toContain('the records of the enforcement decision on my content:');
    expect(gdpr).not.toMatch(/which was restricted/);
    expect(draftAppeal(base({ kind: 'gdpr-access' })).body).toContain('in connection with my Pinterest account maya_makes, which was suspended on 1 May 2025.');
    // An account decision does not ask why "my content" is incompatible.
    expect(draftAppeal(base()).body).toContain('the specific clause of your terms and conditions, and why my account is considered incompatible with it');
    expect(draftAppeal(base({ notice: content })).body).toContain('the specific clause of your terms and conditions, and why my content is incompatible with it');
  });
});

describe('third reading (lawyer): UK GDPR Arts 22A–22C', () => {
  it('a UK letter cites Arts 22A and 22C UK GDPR, not Art. 22(3), in every language', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of ['internal-complaint', 'gdpr-access'] as const) {
      const d = draftAppeal(withContext({ region: 'uk', country: 'GB' }, { kind, language }));
      const text = d.sections.find((s) => s.id === 'review_art22_uk')?.text ?? '';
      expect(text, `${language}/${kind}`).toContain(cite('ukgdpr22c', language, { uk: true }).replace('UK GDPR', ''));
      expect(d.body, `${language}/${kind}`).not.toContain(cite('gdpr22_3', language, { uk: true }));
      expect(d.body, `${language}/${kind}`).not.toMatch(/DSGVO|RGPD|AVG/);
    }
    const en = draftAppeal(withContext({ region: 'uk', country: 'GB' })).body;
    expect(en).toContain('If the decision was a significant decision based solely on automated processing, that is without meaningful human involvement (Art. 22A(1) UK GDPR), I hereby make representations about it, ask for human intervention and contest it; Art. 22C(2) UK GDPR requires you to enable me to do so.');
    expect(en).not.toMatch(/Art\. 22\(1\), \(3\)/);
    // The EU letter keeps Art. 22(3) GDPR, conditional as before.
    expect(draftAppeal(base()).body).toContain('Art. 22(1), (3) GDPR gives me these rights');
    expect(draftAppeal(base()).body).not.toMatch(/22A|22C/);
  });
});

describe('third reading: addressee data', () => {
  it('a confirmed supervisory authority is named with its postal address when that was read on its own site, and only then', () => {
    expect(draftAppeal(withContext({ country: 'NL' }, { kind: 'gdpr-access' })).body).toContain('(Art. 77 GDPR): Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag.');
    expect(draftAppeal(withContext({ country: 'AT' }, { kind: 'gdpr-access', language: 'de' })).body).toContain('Österreichische Datenschutzbehörde, Barichgasse 40-42, 1030 Wien');
    const fr = draftAppeal(withContext({ country: 'FR' }, { kind: 'gdpr-access', language: 'fr' })).body;
    expect(fr).toContain('Commission nationale de l');
    expect(fr).not.toMatch(/Vivienne|Fontenoy/);
    // A reported address never reaches a letter: Lithuania's coordinator is itself only reported.
    const lt = draftAppeal(withContext({ country: 'LT' }, { kind: 'dsc-complaint' })).body;
    expect(lt).toContain('To: Digital Services Coordinator — Lithuania');
    expect(lt).not.toMatch(/Mortos|Ryšių/);
  });
  it('every EU/EEA entry keeps a source and a status, addresses included', () => {
    for (const country of [...EU_COUNTRIES, 'IS', 'LI', 'NO']) {
      const dsc = dscFor(country)!;
      expect(['confirmed', 'reported', 'unconfirmed', 'not stored']).toContain(dsc.addressStatus);
      if (dsc.address) expect(dsc.addressStatus, country).not.toBe('not stored');
    }
  });
});

describe('third reading: Japanese vocabulary', () => {
  it('the account and its content are joined without a double および', () => {
    const body = draftAppeal(base({ language: 'ja' })).body;
    expect(body).toContain('私のアカウントをピンおよびボードとともに回復していただくこと');
    expect(body).not.toMatch(/アカウントおよびピンおよび/);
  });
});

describe('third reading: ODS bodies', () => {
  it('a body only reported for a service is offered, marked, but never chosen for the letter by default', () => {
    const bodies = odsBodiesForService('youtube', 'en');
    const adroit = bodies.find((b) => b.id === 'adroit')!;
    expect(adroit.coverage).toBe('reported');
    expect(adroit.source).toMatch(/Google.*ADROIT/);
    expect(defaultOdsBody('youtube', 'en')!.id).toBe('ace');
    const d = draftAppeal(withContext({ platform: 'youtube' }, { kind: 'ods-submission' }));
    expect(d.body).toContain('To: Appeals Centre Europe');
    expect(d.body).not.toContain('ADROIT');
    // Chosen by the user, it is addressed, with a warning that its coverage is unconfirmed.
    const chosen = draftAppeal(withContext({ platform: 'youtube', odsBodyId: 'adroit' }, { kind: 'ods-submission' }));
    expect(chosen.body).toContain('To: ADROIT');
    expect(chosen.warnings.map((w) => w.key)).toContain('appealWarn_odsUnconfirmed');
  });
});

describe('third reading: Dutch sentences', () => {
  it('no sentence starts with a lower-case "artikel"', () => {
    for (const text of ['You can appeal within 30 days.', 'This decision cannot be appealed after 30 days.', 'There are 30 days remaining to disagree with this decision.']) {
      const body = draftAppeal(base({ language: 'nl', notice: { ...base().notice, text } })).body;
      expect(body, text).toContain('Op grond van artikel 20, lid 1, DSA moet het interne klachtenafhandelingssysteem');
      expect(body.replace(/"[^"]*"/g, ''), text).not.toMatch(/(^|[.!?]\s+)artikel/m);
    }
  });
});

describe('third reading: German access request', () => {
  it('says whose data once, before the account and the decision ("über mich im Zusammenhang mit …")', () => {
    const content = { ...base().notice, kind: 'content_removed' as const, text: 'Wir haben deinen Pin entfernt.' };
    const body = draftAppeal(base({ kind: 'gdpr-access', language: 'de', notice: content })).body;
    expect(body).toContain('die Sie über mich im Zusammenhang mit meinem Pinterest-Konto maya_makes und mit Ihrer Entscheidung vom 1. Mai 2025 über meine Inhalte verarbeiten.');
    expect(draftAppeal(base({ kind: 'gdpr-access', language: 'de' })).body).toContain('verarbeiten; das Konto wurde am 1. Mai 2025 gesperrt.');
  });
});
