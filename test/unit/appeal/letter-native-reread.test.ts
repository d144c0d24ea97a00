import { describe, expect, it } from 'vitest';
import { draftAppeal, type DraftInput } from '@/utils/appeal/draft';
import { formatDateTime } from '@/utils/appeal/dates';
import { spellOutFirstMentions } from '@/utils/appeal/cite';
import { elideBeforeNames } from '@/utils/appeal/elision';
import { mendUnnamedService } from '@/utils/appeal/unnamed-service';
import type { Service } from '@/utils/appeal/addressees';

/**
 * The native-language reading (session 7, data19): 1,036 letters in fr, es, it, nl, pt and ja (Pinterest, Instagram,
 * X, TikTok, YouTube × suspension, content removal, restriction × every letter open to users in FR, BE, ES, IT, NL, PT,
 * BR, JP × formal and concise; rendered by bench/reread-native-letters.bench-run.ts) read line by line as a lawyer native
 * in each language would. Each test below failed on the wording before its fix.
 */
const SUSPENDED = 'Your account has been suspended for violating our Community Guidelines.';

const input = (over: { kind: DraftInput['kind']; language: string; service?: Service; country?: string; content?: boolean; account?: string | null }): DraftInput => ({
  kind: over.kind,
  language: over.language,
  tone: 'formal',
  notice: { text: SUSPENDED, kind: over.content ? 'content_removed' : 'account_suspended', seenAt: '2025-05-02T09:15:00Z' },
  context: {
    platform: over.service === 'instagram' ? 'meta' : ((over.service ?? 'pinterest') as never),
    service: over.service,
    region: 'eu',
    business: false,
    decisionDate: '2025-05-01',
    ...(over.account === null ? {} : { account: over.account ?? 'sam_example' }),
    userName: 'Sam Example',
    timeZone: 'Europe/Paris',
    country: over.country ?? 'FR',
  },
  user: { facts: 'Mes propres photos.', why: 'Rien d’interdit.', asks: { restore: true, reasons: true, human: true }, complaint: { date: '2025-05-02', outcome: 'rejected' } },
  now: new Date('2025-05-03T10:00:00Z'),
});
const body = (over: Parameters<typeof input>[0]) => draftAppeal(input(over)).body;

describe('native reading (fr): "d\'Instagram", not "de Instagram"', () => {
  it('elides de and que before a platform name that opens on a vowel, in every letter', () => {
    for (const kind of ['internal-complaint', 'ods-submission', 'dsc-complaint', 'gdpr-access'] as const) {
      const text = body({ kind, language: 'fr', service: 'instagram' });
      expect(text, kind).not.toMatch(/\b(?:de|que) Instagram/);
    }
    const ods = body({ kind: 'ods-submission', language: 'fr', service: 'instagram' });
    expect(ods).toContain("au regard des conditions générales d'Instagram et qu'Instagram devrait rétablir mon compte");
    expect(ods).toContain("J'ai introduit une réclamation interne auprès d'Instagram le 2 mai 2025.");
    expect(body({ kind: 'dsc-complaint', language: 'fr', service: 'instagram' })).toContain("contre le fournisseur d'Instagram");
  });
  it('keeps "de" before a consonant and before names read as in English (YouTube), and never touches other words', () => {
    expect(body({ kind: 'ods-submission', language: 'fr', service: 'youtube' })).toContain('conditions générales de YouTube');
    expect(body({ kind: 'ods-submission', language: 'fr', service: 'pinterest' })).toContain('conditions générales de Pinterest');
    expect(elideBeforeNames('le fournisseur de Instagram, de Instagrammers, que Appeals Centre Europe', ['Instagram', 'Appeals Centre Europe'])).toBe(
      "le fournisseur d'Instagram, de Instagrammers, qu'Appeals Centre Europe",
    );
    expect(elideBeforeNames('De Instagram à User Rights : de User Rights', ['Instagram', 'User Rights'])).toBe("D'Instagram à User Rights : de User Rights");
  });
});

describe('native reading: Art. 21(2) DSA binds the provider, and the participle agrees with it', () => {
  // "Pinterest est tenu", "Instagram está obligada", "Instagram è tenuta": the platform's name took a gender of its own
  // (and "la plateforme est tenu" for an unnamed service); the duty is the provider's (Art. 21(2) DSA).
  const expected: Record<string, string> = {
    fr: 'Le fournisseur de Pinterest est tenu de coopérer de bonne foi',
    es: 'El prestador de Pinterest está obligado a colaborar de buena fe',
    it: 'Il fornitore di Pinterest è tenuto a collaborare in buona fede',
    nl: 'De aanbieder van Pinterest is verplicht te goeder trouw',
    pt: 'O prestador do serviço Pinterest está obrigado a colaborar de boa-fé',
    ja: 'Pinterestの提供者は、貴機関との手続に誠実に対応しなければなりません',
  };
  for (const [language, sentence] of Object.entries(expected)) {
    it(language, () => {
      const text = body({ kind: 'ods-submission', language });
      expect(text).toContain(sentence);
      expect(text).not.toMatch(/(?:^|\n)(?:A plataforma )?Pinterest(?:は)?(?: est tenu| está obligada| è tenuta| is verplicht| está obrigada|、貴機関)/);
    });
  }
});

describe('native reading (fr): the DSC of establishment is "de l\'État membre d\'établissement"', () => {
  it('asks the coordinator to transmit the complaint in the words of the French DSA (Art. 53)', () => {
    const text = body({ kind: 'dsc-complaint', language: 'fr' });
    expect(text).toContain("au coordinateur pour les services numériques de l'État membre d'établissement");
    expect(text).not.toContain("du lieu d'établissement");
  });
});

describe('native reading (fr): the time of day is "11 h 15"', () => {
  it('writes hours the French way where the notice was seen, and leaves other languages alone', () => {
    expect(formatDateTime('2025-05-02T09:15:00Z', 'fr', 'Europe/Paris')).toBe('2 mai 2025 à 11 h 15');
    expect(body({ kind: 'internal-complaint', language: 'fr' })).toContain('telle que je l\'ai consultée le 2 mai 2025 à 11 h 15,');
    expect(formatDateTime('2025-05-02T09:15:00Z', 'es', 'Europe/Madrid')).toContain('11:15');
  });
});

describe('native reading: each act is named in full at its first mention, then by its abbreviation', () => {
  const first: Record<string, { dsa: string; gdpr: string }> = {
    fr: { dsa: "au titre de l'article 20, paragraphe 1, du règlement sur les services numériques (DSA)", gdpr: "l'article 22, paragraphes 1 et 3, du règlement général sur la protection des données (RGPD)" },
    es: { dsa: 'conforme al artículo 20, apartado 1, del Reglamento de Servicios Digitales (DSA)', gdpr: 'el artículo 22, apartados 1 y 3, del Reglamento General de Protección de Datos (RGPD)' },
    it: { dsa: "ai sensi dell'articolo 20, paragrafo 1, del regolamento sui servizi digitali (DSA)", gdpr: "l'articolo 22, paragrafi 1 e 3, del regolamento generale sulla protezione dei dati (GDPR)" },
    pt: { dsa: 'nos termos do artigo 20.º, n.º 1, do Regulamento dos Serviços Digitais (DSA)', gdpr: 'o artigo 22.º, n.os 1 e 3, do Regulamento Geral sobre a Proteção de Dados (RGPD)' },
    nl: { dsa: 'op grond van artikel 20, lid 1, van de digitaledienstenverordening (DSA)', gdpr: 'artikel 22, leden 1 en 3, van de Algemene verordening gegevensbescherming (AVG)' },
  };
  for (const [language, { dsa, gdpr }] of Object.entries(first)) {
    it(language, () => {
      const d = draftAppeal(input({ kind: 'internal-complaint', language }));
      expect(d.body).toContain(dsa);
      expect(d.body).toContain(gdpr);
      // Once: later mentions keep the abbreviation, and the subject line stays short.
      expect(d.body.split('(DSA)').length - 1).toBe(1);
      expect(d.subject).not.toContain('(DSA)');
    });
  }
  it('P2B by its number, and Dutch citations get "van de" only at the first mention', () => {
    expect(spellOutFirstMentions(["l'article 4, paragraphe 1, du règlement P2B ; l'article 4, paragraphe 5, du règlement P2B"], 'fr')).toEqual([
      "l'article 4, paragraphe 1, du règlement P2B (règlement (UE) 2019/1150) ; l'article 4, paragraphe 5, du règlement P2B",
    ]);
    expect(spellOutFirstMentions(['artikel 17, lid 3, onder a, DSA; artikel 53 DSA'], 'nl')).toEqual(['artikel 17, lid 3, onder a, van de digitaledienstenverordening (DSA); artikel 53 DSA']);
    // A quotation (null) is skipped, "UK GDPR" is another act, and English and German are unchanged.
    expect(spellOutFirstMentions([null, "l'article 22 A du UK GDPR"], 'it')).toEqual([null, "l'article 22 A du UK GDPR"]);
    expect(spellOutFirstMentions(['Art. 20(1) DSA'], 'en')).toEqual(['Art. 20(1) DSA']);
  });
});

describe('native reading (ja): coordination and word order', () => {
  it('joins the account and its content with ならびに, not a second および', () => {
    const text = body({ kind: 'ods-submission', language: 'ja' });
    expect(text).toContain('私のアカウントならびにピンおよびボードを回復すべきである');
    expect(text).not.toContain('私のアカウントおよびピンおよびボード');
    expect(body({ kind: 'gdpr-access', language: 'ja', service: 'instagram' })).toContain('投稿、写真および動画ならびにアカウント履歴を含め');
  });
  it('dates the decision, not the posting, in the DSC complaint about content', () => {
    const text = body({ kind: 'dsc-complaint', language: 'ja', content: true });
    expect(text).toContain('Pinterestの提供者がユーザー名「sam_example」で私が投稿したコンテンツについて2025年5月1日付けで行った決定');
    expect(text).not.toContain('2025年5月1日付けでユーザー名');
    expect(body({ kind: 'dsc-complaint', language: 'ja', content: true, account: null })).toContain('Pinterestの提供者が私のコンテンツについて2025年5月1日付けで行った決定');
  });
});

describe('native reading: a Belgian coordinator by its own name in the letter\'s language (data19)', () => {
  // The French and Dutch DSC letters to Belgium named "Belgian Institute for Postal Services and Telecommunications (BIPT)":
  // English in a French or Dutch letter to a bilingual authority that names itself IBPT / BIPT on its own pages.
  it('uses the French name in French and the Dutch name in Dutch, the English one otherwise', () => {
    const fr = draftAppeal(input({ kind: 'dsc-complaint', language: 'fr', country: 'BE' })).body;
    expect(fr).toContain('À : Institut belge des services postaux et des télécommunications (IBPT), coordinateur pour les services numériques — Belgique');
    expect(fr).not.toContain('Belgian Institute');
    const nl = draftAppeal(input({ kind: 'dsc-complaint', language: 'nl', country: 'BE' })).body;
    expect(nl).toContain('Aan: Belgisch Instituut voor postdiensten en telecommunicatie (BIPT), digitaledienstencoördinator — België');
    expect(draftAppeal(input({ kind: 'dsc-complaint', language: 'es', country: 'BE' })).body).toContain('Belgian Institute for Postal Services and Telecommunications (BIPT)');
  });
});

describe('native reading: a notice pasted from a service Reinstate has no name for (platform "other")', () => {
  // The common noun took the proper noun's place: "my the platform account", "von die Plattform", "di la piattaforma",
  // "plataforma plataforma", "mijn het platform-account", "Beste het platform-team", "la plateforme a pris" after a full stop.
  const BROKEN: Record<string, RegExp> = {
    en: /my the platform|Dear the platform|: the platform account|\. the platform/,
    de: /(?:von|mit|bei|auf) die Plattform\b(?! herangezogen)|die Plattform-Kont|\. die Plattform/,
    fr: /compte la plateforme|\. la plateforme/,
    es: /\. la plataforma/,
    it: /\b(?:di|da|su|a) la piattaforma|account la piattaforma|\. la piattaforma/,
    nl: /het platform-|\. het platform/,
    pt: /plataforma plataforma|serviço plataforma|conta plataforma/,
    ja: /私の当該プラットフォームアカウント|当該プラットフォーム ご担当者様|当該プラットフォーム データ/,
  };
  const other = (kind: DraftInput['kind'], language: string, tone: 'formal' | 'concise', content: boolean, account?: string) =>
    draftAppeal({
      kind, language, tone,
      notice: { text: 'Your account has been suspended.', kind: content ? 'content_removed' : 'account_suspended' },
      context: { platform: 'other', region: 'eu', business: true, country: 'FR', timeZone: 'Europe/Paris', decisionDate: '2025-05-01', ...(account ? { account } : {}) },
      user: { facts: 'F', why: 'W', asks: { restore: true, reasons: true, human: true }, complaint: { date: '2025-05-02', outcome: 'rejected' } },
      now: new Date('2025-05-03T10:00:00Z'),
    });
  it('reads as the language says it in every letter, language and tone, with and without an account name', () => {
    for (const [language, broken] of Object.entries(BROKEN)) for (const kind of ['internal-complaint', 'ods-submission', 'gdpr-access', 'dsc-complaint', 'p2b-business'] as const)
      for (const tone of ['formal', 'concise'] as const) for (const content of [false, true]) for (const account of ['sam_example', undefined]) {
        const d = other(kind, language, tone, content, account);
        expect(`${d.subject}\n${d.body}`, `${language} ${kind} ${tone} ${content} ${account}`).not.toMatch(broken);
      }
  });
  it('puts the account name after "account" and mends the prepositions', () => {
    expect(other('internal-complaint', 'en', 'formal', false, 'sam_example').subject).toBe('Complaint against the suspension of my account sam_example on the platform');
    expect(other('internal-complaint', 'fr', 'formal', false, 'sam_example').subject).toBe('Réclamation contre la suspension de mon compte sam_example sur la plateforme');
    expect(other('internal-complaint', 'nl', 'concise', false).body).toMatch(/^Geachte heer, mevrouw,/);
    expect(other('ods-submission', 'de', 'formal', false).body).toContain('Die Mitteilung der Plattform lautet vollständig:');
    expect(other('ods-submission', 'it', 'formal', false).body).toContain("L'avviso della piattaforma recita integralmente:");
    expect(other('ods-submission', 'es', 'formal', false).body).toContain('. La plataforma adoptó una decisión');
    expect(other('gdpr-access', 'ja', 'formal', false, 'sam_example').body).toContain('当該プラットフォームにおける私のアカウント「sam_example」');
    // A named service is untouched: "di Pinterest" stays, and so does a name that opens a sentence.
    expect(mendUnnamedService('Il fornitore di Pinterest. la piattaforma', 'it', 'la piattaforma')).toBe('Il fornitore di Pinterest. La piattaforma');
  });
});
