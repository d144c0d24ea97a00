import { describe, expect, it } from 'vitest';
import { draftAppeal, letterKindsFor, LETTER_KINDS, odsBodiesFor, templateSource, TEMPLATE_LANGUAGES, type DraftInput } from '@/utils/appeal/draft';
import { parseTemplate, renderTemplate } from '@/utils/appeal/engine';
import { loadCorpus } from '../../corpus';

const base = (over: Partial<DraftInput> = {}): DraftInput => ({
  kind: 'internal-complaint',
  language: 'en',
  tone: 'formal',
  notice: { text: 'Your account has been suspended for violating our community guidelines.', kind: 'account_suspended', seenAt: '2025-05-02T09:15:00Z', url: 'https://www.pinterest.com/login/' },
  context: { platform: 'pinterest', region: 'eu', business: true, decisionDate: '2025-05-01', account: 'maya_makes', userName: 'Maya Example', timeZone: 'Europe/Berlin', dscName: 'Coimisiún na Meán' },
  evidence: [{ kind: 'screenshot', capturedAt: '2025-05-02T09:15:01.000Z', sha256: 'ab'.repeat(32) }],
  inventory: { boards: 42, pins: 3120 },
  now: new Date('2025-05-03T10:00:00Z'),
  ...over,
});

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

describe('templates', () => {
  it('exist for every letter kind in every language, and parse', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) {
      const source = templateSource(kind, language);
      expect(source, `${kind}/${language}`).toBeTruthy();
      expect(() => parseTemplate(source!)).not.toThrow();
    }
  });

  it.each(TEMPLATE_LANGUAGES)('%s: with all data there, no placeholder is left, in either tone', (language) => {
    for (const kind of LETTER_KINDS) for (const tone of ['formal', 'concise'] as const) {
      const draft = draftAppeal(base({ kind, language, tone }));
      expect(draft.unfilled, `${kind}/${language}/${tone}`).toEqual([]);
      expect(draft.body).not.toMatch(/\[[a-z.]+\]|undefined|\{\{/);
      expect(draft.subject.length).toBeGreaterThan(10);
      expect(draft.body).toContain('Your account has been suspended for violating our community guidelines.');
      expect(draft.fellBack).toBe(false);
    }
  });

  it('every citation a draft lists resolves to the data file, with a source address', () => {
    for (const language of TEMPLATE_LANGUAGES) for (const kind of LETTER_KINDS) {
      for (const citation of draftAppeal(base({ kind, language })).citations) expect(citation.url).toMatch(/^https:\/\//);
    }
  });
});

describe('draftAppeal', () => {
  it('quotes the notice, lists each missing item with its rule, asks for review and states deadlines', () => {
    const d = draftAppeal(base({ context: { ...base().context, business: false } }));
    expect(d.subject).toBe('Complaint against the suspension of my Pinterest account (maya_makes)');
    expect(d.body).toContain('"Your account has been suspended for violating our community guidelines."');
    expect(d.body).toMatch(/1\. where the restriction applies \(its territorial scope\) \(DSA Art\. 17\(3\)\(a\)\)/);
    expect(d.body).toContain('DSA Art. 20(6)');
    expect(d.body).toContain('Last day to file the internal complaint (at least six months): November 2, 2025');
    expect(d.body).toContain('42 boards and 3120 Pins');
    expect(d.body).toContain('This is not legal advice.');
    expect(d.body).not.toMatch(/P2B/);
    expect(d.warnings.join(' ')).toMatch(/one appeal per decision/);
  });

  it('outside the EU cites no EU article', () => {
    for (const region of ['us', 'in', 'br', 'other'] as const) {
      const d = draftAppeal(base({ context: { ...base().context, region } }));
      expect(d.body).not.toMatch(/DSA|GDPR|P2B|Regulation \(EU\)/);
      expect(d.body).toContain('Santa Clara Principles');
      expect(letterKindsFor(region, true)).toEqual(['internal-complaint']);
    }
    expect(letterKindsFor('uk', false)).toEqual(['internal-complaint', 'gdpr-access']);
  });

  it('falls back to English for a language without templates, and says so', () => {
    const d = draftAppeal(base({ language: 'pl' }));
    expect(d).toMatchObject({ language: 'en', fellBack: true });
    expect(d.warnings[0]).toMatch(/drafted in English/);
  });

  it('bad input still drafts and says what it could not fill', () => {
    const empty = draftAppeal(base({ notice: { text: '', kind: 'account_suspended' } }));
    expect(empty.unfilled).toContain('notice.text');
    expect(empty.body).toContain('[notice.text]');
    expect(empty.warnings.join(' ')).toMatch(/no text/);
    const long = draftAppeal(base({ notice: { ...base().notice, text: 'Your account has been suspended. '.repeat(500) } }));
    expect(long.body).toContain('[…]');
    expect(long.warnings.join(' ')).toMatch(/very long/);
    const backwards = draftAppeal(base({ context: { ...base().context, decisionDate: '2025-06-01' } }));
    expect(backwards.warnings.join(' ')).toMatch(/after the day you saw the notice/);
    const unknownDate = draftAppeal(base({ context: { ...base().context, decisionDate: undefined, userName: undefined } }));
    expect(unknownDate.body).toContain('a date I do not know');
    expect(unknownDate.unfilled).toContain('user.name');
  });

  it('the GDPR request goes to the platform’s controller for the region', () => {
    expect(draftAppeal(base({ kind: 'gdpr-access' })).body).toContain('Pinterest Europe Ltd.');
    expect(draftAppeal(base({ kind: 'gdpr-access', context: { ...base().context, region: 'uk' } })).body).toContain('Pinterest, Inc.');
  });

  it('offers the ODS bodies that take the platform, in the user’s language first', () => {
    expect(odsBodiesFor('pinterest', 'it').map((b) => b.id)).toEqual(['ace', 'adr-center']);
    expect(odsBodiesFor('tiktok', 'de').map((b) => b.id)).toEqual(['ace', 'user-rights']);
    expect(odsBodiesFor('x', 'en')).toEqual([]);
  });
});

describe('golden drafts of real notices', () => {
  const corpus = loadCorpus();
  const pick = (id: string) => corpus.find((r) => r.id === id)!;
  it.each([
    ['pinterest-en-001', 'en'],
    ['meta-de-020', 'de'],
    ['meta-fr-019', 'fr'],
    ['meta-es-017', 'es'],
    ['meta-it-023', 'it'],
    ['meta-nl-027', 'nl'],
    ['meta-pt-016', 'pt'],
  ])('%s (%s)', async (id, language) => {
    const row = pick(id);
    expect(row, id).toBeTruthy();
    const d = draftAppeal(base({ language, tone: 'formal', notice: { text: row.text, kind: row.kind === 'none' ? 'account_suspended' : row.kind, seenAt: '2025-05-02T09:15:00Z' }, context: { ...base().context, platform: row.platform === 'meta' ? 'meta' : 'pinterest', business: false } }));
    await expect(`${d.subject}\n\n${d.body}\n`).toMatchFileSnapshot(`../../fixtures/appeal/golden/${id}.${language}.txt`);
  });
});
