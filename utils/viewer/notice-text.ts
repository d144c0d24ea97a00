/**
 * A notice's heading ("Account suspended") apart from its body ("Your account
 * has been…"). Saved notices keep the page's words with blocks joined by a
 * space, so the split is inferred: a short leading phrase without sentence
 * punctuation, followed by a capitalised word that starts a sentence.
 */
const TRAILING_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'by', 'for', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'from', 'with', 'your', 'our', 'my',
  'der', 'die', 'das', 'von', 'für', 'und', 'oder', 'ihr', 'ihre', 'de', 'la', 'le', 'les', 'du', 'des', 'et', 'ou', 'el', 'los', 'las', 'y', 'o', 'di', 'il', 'e', 'van', 'het', 'en', 'do', 'da', 'os', 'as',
]);

export function splitNoticeText(text: string): { heading?: string; body: string } {
  const trimmed = text.trim();
  const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 && lines[0].length <= 80 && !/[.!?。！？]$/.test(lines[0])) return { heading: lines[0], body: lines.slice(1).join('\n') };
  if (lines.length > 1) return { body: trimmed };
  const words = trimmed.split(/\s+/);
  for (let i = 2; i <= Math.min(6, words.length - 3); i++) {
    const last = words[i - 1];
    const next = words[i];
    const heading = words.slice(0, i).join(' ');
    if (/[.!?:;,。]$/.test(heading)) return { body: trimmed };
    if (!/^\p{Lu}/u.test(words[0])) return { body: trimmed };
    if (TRAILING_FUNCTION_WORDS.has(last.toLowerCase())) continue;
    // The next word opens a sentence (capitalised, not all caps like "ID" or "DSA"), and what follows reads as one.
    if (/^\p{Lu}\p{Ll}/u.test(next) && /\p{Ll}/u.test(last) && /[.!?。]/.test(words.slice(i).join(' '))) {
      const rest = words.slice(i).join(' ');
      // A heading is a label, not half a sentence: its words (after the first) are not all capitalised names.
      if (words.slice(1, i).every((w) => /^\p{Lu}/u.test(w))) continue;
      return { heading, body: rest };
    }
  }
  return { body: trimmed };
}
