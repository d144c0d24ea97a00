import { describe, expect, it } from 'vitest';
import { union } from '@/utils/appeal/regex-union';

describe('union of a word family in chunks', () => {
  const alternatives = Array.from({ length: 400 }, (_, i) => `word${i}(?![a-z0-9])`).concat(['removed', 'remov', 'suspended']);
  const single = new RegExp(`(?:${alternatives.join('|')})`, 'u');
  const chunked = union(alternatives);

  it('answers as the single alternation: the leftmost match, and the earlier alternative at one position', () => {
    for (const text of ['we removed your post and suspended you', 'suspended after word399 was removed', 'word12x word12 removal', 'nothing here', 'word3999']) {
      const a = single.exec(text);
      const b = chunked.exec(text);
      expect(b?.index, text).toBe(a?.index);
      expect(b?.[0], text).toBe(a?.[0]);
    }
  });

  it('keeps look-aheads at the end of the text as they are (no cut text)', () => {
    expect(chunked.test('word12x')).toBe(false);
    expect(chunked.test('word12')).toBe(true);
  });
});
