import { describe, expect, it } from 'vitest';
import { actName, cite, formatRef, spellOutFirstMentions } from '@/utils/appeal/cite';
import { formatDate } from '@/utils/appeal/dates';

describe('citations in each language’s legal style', () => {
  const ref = { act: 'DSA', art: '17', par: ['3'], pt: 'a' };
  it.each([
    ['en', 'Art. 17(3)(a) DSA'],
    ['de', 'Art. 17 Abs. 3 lit. a DSA'],
    ['fr', 'article 17, paragraphe 3, point a), du DSA'],
    ['es', 'artículo 17, apartado 3, letra a), del DSA'],
    ['it', 'articolo 17, paragrafo 3, lettera a), del DSA'],
    ['nl', 'artikel 17, lid 3, onder a, DSA'],
    ['pt', 'artigo 17.º, n.º 3, alínea a), do DSA'],
    ['ja', 'DSA第17条第3項(a)'],
  ])('%s: %s', (language, expected) => {
    expect(formatRef(ref, language)).toBe(expected);
  });
  it('several paragraphs, no paragraph, and the regulation’s local name', () => {
    expect(cite('gdpr15', 'de')).toBe('Art. 15 Abs. 1 und 3 DSGVO');
    expect(cite('gdpr15', 'fr')).toBe('article 15, paragraphes 1 et 3, du RGPD');
    expect(cite('dsa53', 'fr')).toBe('article 53 du DSA');
    expect(cite('gdpr77', 'nl')).toBe('artikel 77 AVG');
    expect(cite('gdpr22_3', 'nl')).toBe('artikel 22, leden 1 en 3, AVG');
    expect(cite('p2b4_1', 'pt')).toBe('artigo 4.º, n.º 1, do Regulamento P2B');
    expect(actName('GDPR', 'en', true)).toBe('UK GDPR');
    expect(cite('scp_notice', 'de')).toBe('Santa Clara Principles (Notice)');
  });
  it('Japanese: the act in full at its first mention, several paragraphs with 及び, quotations untouched', () => {
    expect(spellOutFirstMentions([formatRef({ act: 'DSA', art: '17', par: ['3'], pt: 'a' }, 'ja')], 'ja')).toEqual(['デジタルサービス法（DSA）第17条第3項(a)']);
    expect(cite('gdpr22_3', 'ja')).toBe('GDPR第22条第1項及び第3項');
    expect(cite('dsa53', 'ja')).toBe('DSA第53条');
    const [a, quote, b] = spellOutFirstMentions(['GDPR第15条第1項及び第3項に基づき', null, 'DSA第20条第4項、GDPR第77条、P2B規則第4条第1項'], 'ja');
    expect(a).toBe('一般データ保護規則（GDPR）第15条第1項及び第3項に基づき');
    expect(quote).toBeNull();
    expect(b).toBe('デジタルサービス法（DSA）第20条第4項、GDPR第77条、P2B規則（規則(EU) 2019/1150）第4条第1項');
    expect(spellOutFirstMentions(['UK GDPR第15条'], 'ja')).toEqual(['英国一般データ保護規則（UK GDPR）第15条']);
    expect(spellOutFirstMentions(['Art. 17 DSA'], 'de')).toEqual(['Art. 17 DSA']);
    // A first mention that opens a parenthesised citation is spelled out there, not at the second mention.
    expect(spellOutFirstMentions(['判断（UK GDPR第22A条第1項）です。UK GDPR第22C条第2項により'], 'ja')).toEqual(['判断（英国一般データ保護規則（UK GDPR）第22A条第1項）です。UK GDPR第22C条第2項により']);
    expect(spellOutFirstMentions(['説明（DSA第17条第4項）'], 'ja')).toEqual(['説明（デジタルサービス法（DSA）第17条第4項）']);
    // The abbreviation in its own parentheses after the full name is not expanded again.
    expect(spellOutFirstMentions(['デジタルサービス法（DSA）'], 'ja')).toEqual(['デジタルサービス法（DSA）']);
    expect(cite('ukgdpr22c', 'de', { uk: true })).toBe('Art. 22C Abs. 2 UK GDPR');
    expect(cite('ukgdpr22c', 'pt', { uk: true })).toBe('artigo 22.º-C, n.º 2, do UK GDPR');
    expect(cite('ukgdpr22c', 'en', { uk: true })).toBe('Art. 22C(2) UK GDPR');
    expect(cite('gdpr15', 'fr', { uk: true })).toMatch(/UK GDPR$/);
    expect(formatDate('2026-11-26', 'ja', 'Asia/Tokyo')).toBe('2026年11月26日');
  });
  it('the first of the month as French and Italian write it; an unknown date stays unknown', () => {
    expect(formatDate('2025-05-01', 'fr', 'Europe/Paris')).toBe('1er mai 2025');
    expect(formatDate('2025-06-01', 'it', 'Europe/Rome')).toBe('1° giugno 2025');
    expect(formatDate('2025-05-11', 'fr', 'Europe/Paris')).toBe('11 mai 2025');
    expect(formatDate(undefined, 'de', 'UTC')).toBeUndefined();
    expect(formatDate('not a date', 'de', 'UTC')).toBeUndefined();
  });
});
