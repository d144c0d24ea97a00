import { describe, expect, it } from 'vitest';
import { draftAppeal, TEMPLATE_LANGUAGES, type DraftInput } from '@/utils/appeal/draft';
import { stringsFor } from '@/utils/appeal/draft';

/**
 * The fourth reading (data18): 330 letters (Pinterest, Instagram, X, TikTok, YouTube × suspension,
 * content removal, restriction × en, de × users in Ireland, Germany, the UK and the US; rendered by
 * bench/reread-letters.bench-run.ts) read line by line against the DSA, the GDPR and the list.
 * Each test below failed on the wording before its fix.
 */
const RESTRICTED = "Sorry! You've hit a block (logins) we have in place to combat spam. Please try again later!"; // pinterest-en-1678
const SUSPENDED = 'Your account has been suspended for violating our Community Guidelines.';
const SHORT_WINDOW = 'We removed your Pin because it goes against our Community Guidelines on adult content. If you think we’ve made a mistake, you can submit an appeal within 7 days.';

const input = (over: { kind: DraftInput['kind']; language?: string; text?: string; noticeKind?: DraftInput['notice']['kind']; country?: string }): DraftInput => ({
  kind: over.kind,
  language: over.language ?? 'en',
  tone: 'formal',
  notice: { text: over.text ?? SUSPENDED, kind: over.noticeKind ?? 'account_suspended', seenAt: '2025-05-02T09:15:00Z' },
  context: { platform: 'pinterest', region: over.country === 'GB' ? 'uk' : 'eu', business: false, decisionDate: '2025-05-01', account: 'sam_example', userName: 'Sam Example', timeZone: 'Europe/Dublin', country: over.country ?? 'IE' },
  user: { facts: 'I pinned photos of my own garden.', why: 'The Pins are my own photos and break no rule.', asks: { restore: true, reasons: true, human: true } },
  now: new Date('2025-05-03T10:00:00Z'),
});

describe('fourth reading (lawyer, data18): a restricted account is neither suspended nor taken away', () => {
  it('the missing measure is "what the restriction consists of", never "whether my account is suspended or terminated", in every language and region', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const strings = stringsFor(language);
      for (const country of ['IE', 'GB']) {
        const body = draftAppeal(input({ kind: 'internal-complaint', language, text: RESTRICTED, noticeKind: 'account_restricted', country })).body;
        expect(body, `${language} ${country}`).toContain(strings.items.N1_restricted);
        expect(body, `${language} ${country}`).not.toContain(strings.items.N1);
      }
    }
    // A suspension still asks whether it is temporary or final.
    expect(draftAppeal(input({ kind: 'internal-complaint', text: 'We took action on your account because it broke our rules.' })).body).toContain('whether my account is suspended or terminated');
  });
  it('the user asks for the restriction to be lifted, not for the account and its Pins to be restored (platform and ODS letters)', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const L = stringsFor(language).letter;
      const internal = draftAppeal(input({ kind: 'internal-complaint', language, text: RESTRICTED, noticeKind: 'account_restricted' }));
      const ask = internal.sections.find((s) => s.id === 'asks')!.text;
      expect(ask, language).toContain(L.ask_lift_restriction);
      expect(ask, language).not.toContain(L.ask_restore_account!.split('{{')[0]!.trim());
    }
    const ods = draftAppeal(input({ kind: 'ods-submission', text: RESTRICTED, noticeKind: 'account_restricted' })).body;
    expect(ods).toContain('Pinterest should lift the restriction on my account');
    expect(ods).not.toContain('restore my account, together with my Pins and boards');
    expect(draftAppeal(input({ kind: 'ods-submission', language: 'de', text: RESTRICTED, noticeKind: 'account_restricted' })).body).toContain('dass Pinterest die Beschränkung meines Kontos aufheben sollte');
    // A suspension still asks for the account and its content back.
    expect(draftAppeal(input({ kind: 'ods-submission' })).body).toContain('Pinterest should restore my account, together with my Pins and boards');
  });
});

describe('fourth reading (lawyer, data18): Art. 22 GDPR only for a decision with legal or similarly significant effects', () => {
  // Art. 22(1) GDPR covers only solely automated decisions that produce legal effects or similarly significantly affect
  // the person; Art. 22(3) applies where the decision is necessary for a contract (Art. 22(2)(a)). The UK letter already said "significant".
  const condition: Record<string, string> = {
    en: 'produces legal effects concerning me or similarly significantly affects me',
    de: 'mir gegenüber rechtliche Wirkung entfalten oder mich in ähnlicher Weise erheblich beeinträchtigen',
    fr: "produit des effets juridiques me concernant ou m'affecte de manière significative de façon similaire",
    es: 'produce efectos jurídicos en mí o me afecta significativamente de modo similar',
    it: 'produce effetti giuridici che mi riguardano o incide in modo analogo significativamente sulla mia persona',
    nl: 'zijn daaraan voor mij rechtsgevolgen verbonden of treft het mij anderszins in aanmerkelijke mate',
    pt: 'produza efeitos na minha esfera jurídica ou me afete significativamente de forma similar',
    ja: '私に関する法的効果を発生させ、又は私に対して同様の重大な影響を及ぼす',
  };
  it('the platform letter and the access request state the condition in every language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of ['internal-complaint', 'gdpr-access'] as const) {
        const text = draftAppeal(input({ kind, language })).sections.find((s) => s.id === 'review_art22')!.text;
        expect(text, `${language} ${kind}`).toContain(condition[language]);
      }
    }
    expect(draftAppeal(input({ kind: 'internal-complaint' })).body).toContain('where such a decision is necessary for the performance of our contract, Art. 22(1), (3) GDPR gives me these rights.');
  });
});

describe('fourth reading (lawyer, data18): the DSC is asked about Art. 20(1) DSA only where the notice gives a reason to', () => {
  it('no appeal window in the notice: the coordinator is asked about Art. 17(1) DSA only', () => {
    const en = draftAppeal(input({ kind: 'dsc-complaint' })).body;
    expect(en).toContain('I ask you to examine whether Pinterest complied with Art. 17(1) DSA in my case');
    expect(en).not.toContain('Art. 20(1) DSA');
    expect(draftAppeal(input({ kind: 'dsc-complaint', language: 'de', country: 'DE' })).body).toContain('ob Pinterest in meinem Fall Art. 17 Abs. 1 DSA eingehalten hat');
  });
  it('a notice that allows only 7 days to appeal: Art. 20(1) DSA is cited, with the finding that says why', () => {
    const body = draftAppeal(input({ kind: 'dsc-complaint', text: SHORT_WINDOW, noticeKind: 'content_removed' })).body;
    expect(body).toContain('complied with Art. 17(1) DSA and Art. 20(1) DSA in my case');
    expect(body).toContain('can be appealed only within 7 days, although Art. 20(1) DSA requires');
    for (const language of TEMPLATE_LANGUAGES) {
      const d = draftAppeal(input({ kind: 'dsc-complaint', language }));
      expect(d.unfilled, language).toEqual([]);
      expect(d.citations.map((c) => c.id), language).not.toContain('dsa20_1');
    }
  });
});

describe('fourth reading (lawyer, data18): the subject does not say "removal" when the notice may not', () => {
  // tiktok-en-0887: the content is "not recommended" (demoted), not removed. Art. 17(1) DSA calls removal, disabling and
  // demotion alike "restrictions", so the subject uses that word for every content decision.
  const DEMOTED = 'Reason for the violation\nNon-original content, low-quality content and QR code content To maintain the positive experience our users expect from the TikTok platform, non-original or low-quality content is not recommended.';
  it('a content decision is a "restriction" of the content in every language, and the letter still asks for the content back', () => {
    const words: Record<string, RegExp> = { en: /removal/, de: /Entfernung/, fr: /suppression/, es: /retirada/, it: /rimozione/, nl: /verwijdering/, pt: /remoção/, ja: /削除/ };
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of ['internal-complaint', 'ods-submission'] as const) {
        const d = draftAppeal({ ...input({ kind, language, text: DEMOTED, noticeKind: 'content_removed' }), context: { ...input({ kind }).context, platform: 'tiktok' } });
        expect(d.subject, `${language} ${kind}`).not.toMatch(words[language]!);
        expect(d.subject, `${language} ${kind}`).toContain(stringsFor(language).decisionNames.account_restricted);
      }
    }
    const d = draftAppeal({ ...input({ kind: 'internal-complaint', text: DEMOTED, noticeKind: 'content_removed' }), context: { ...input({ kind: 'internal-complaint' }).context, platform: 'tiktok' } });
    expect(d.subject).toBe('Complaint against the restriction of my content on TikTok, user name sam_example');
    expect(d.body).toContain('to restore the content concerned');
  });
});

describe('fourth reading (lawyer, data18): German case agreement in the access request and the ODS letter', () => {
  const youtube = (kind: DraftInput['kind']) => draftAppeal({ ...input({ kind, language: 'de', country: 'DE' }), context: { ...input({ kind, country: 'DE' }).context, platform: 'youtube' } }).body;
  it('"meine Videos und meinen Kanal" is accusative throughout: no "darunter … meinen Kanal und mein Kontoverlauf"', () => {
    const gdpr = youtube('gdpr-access');
    expect(gdpr).toContain('sie umfassen auch meine Videos und meinen Kanal sowie meinen Kontoverlauf (Art. 15 Abs. 3 DSGVO);');
    expect(gdpr).not.toMatch(/darunter meine Videos und meinen Kanal und mein Kontoverlauf/);
  });
  it('the ODS letter reads "mein Konto sowie meine Videos und meinen Kanal", not "und … und"', () => {
    const ods = youtube('ods-submission');
    expect(ods).toContain('dass YouTube mein Konto sowie meine Videos und meinen Kanal wiederherstellen sollte');
    expect(ods).not.toContain('mein Konto und meine Videos und meinen Kanal');
  });
});

describe('fourth reading (lawyer, data18): a missing reference number alone is no breach of Art. 17 DSA', () => {
  // A notice that gives everything the checklist asks for but a reference number (N15, which no law requires).
  const COMPLETE_BUT_ID = 'We have permanently suspended your Pinterest account in all countries. We took this action because you posted the same affiliate link 400 times between 1 and 30 April 2025; our own automated systems detected it in your Pin https://www.pinterest.com/pin/123456/. This decision follows our own investigation, not a report by another user, and a reviewer confirmed it: this breaks section 3 (Spam) of our Community Guidelines, which prohibits repetitive commercial posting. This decision is specific to your account. You can appeal within 6 months through the Reports and Violations Center; you can also go to a certified out-of-court dispute settlement body or to court.';
  it('the letters list it but neither claim that redress is impossible without it nor that the statement of reasons breached Art. 17(1) DSA', () => {
    const internal = draftAppeal(input({ kind: 'internal-complaint', text: COMPLETE_BUT_ID }));
    expect(internal.checklist.filter((c) => c.status === 'missing').map((c) => c.id)).toEqual(['N15']);
    expect(internal.body).toContain('1. a reference number for the decision');
    expect(internal.body).not.toContain('Without this I cannot effectively exercise my right of redress');
    const ods = draftAppeal(input({ kind: 'ods-submission', text: COMPLETE_BUT_ID })).body;
    expect(ods).not.toContain('did not meet Art. 17(1) DSA');
    for (const language of TEMPLATE_LANGUAGES) {
      expect(draftAppeal(input({ kind: 'internal-complaint', language, text: COMPLETE_BUT_ID })).citations.map((c) => c.id), language).not.toContain('dsa17_4');
    }
    // With a legally required item missing, both sentences stay.
    expect(draftAppeal(input({ kind: 'internal-complaint' })).body).toContain('Without this I cannot effectively exercise my right of redress (Art. 17(4) DSA).');
    expect(draftAppeal(input({ kind: 'ods-submission' })).body).toContain('and to note that the notice quoted above, the only statement of reasons I received, did not meet Art. 17(1) DSA.');
  });
});

/** Every language's letter of `kind` contains that language's phrase. */
function inEveryLanguage(kind: DraftInput['kind'], phrases: Record<string, string>): void {
  for (const language of TEMPLATE_LANGUAGES) expect(draftAppeal(input({ kind, language })).body, language).toContain(phrases[language]!);
}

describe('fifth reading (coordinator): the ODS letter does not assume the notice was the statement of reasons', () => {
  // The ODS body cannot know whether the platform sent a fuller statement elsewhere; the user can say only what they received.
  it('says the quoted notice is the only statement of reasons the user received, in every language', () => {
    inEveryLanguage('ods-submission', { en: 'the only statement of reasons I received', de: 'die einzige Begründung, die ich erhalten habe', es: 'la única exposición de motivos que recibí', fr: "seul exposé des motifs que j'ai reçu", it: "l'unica motivazione che ho ricevuto", ja: '私が受け取った唯一の理由の説明', nl: 'de enige motivering die ik heb ontvangen', pt: 'a única exposição de motivos que recebi' });
  });
});

describe('fifth reading (coordinator): the access request\'s date is one month from receipt, not from drafting', () => {
  // Art. 12(3) GDPR counts the month from receipt; the letter only knows the day it is drafted, so the date it names is conditional.
  it('names the date as the one that follows if the request arrives today, in every language', () => {
    inEveryLanguage('gdpr-access', { en: 'if this request reaches you today', de: 'wenn Sie diese Anfrage heute erhalten', es: 'si reciben esta solicitud hoy', fr: "si cette demande vous parvient aujourd'hui", it: 'se ricevete questa richiesta oggi', ja: '本請求が本日届いた場合は', nl: 'als dit verzoek u vandaag bereikt', pt: 'se receberem este pedido hoje' });
  });
});
