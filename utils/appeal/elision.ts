/**
 * French elides "de" and "que" before a vowel: "d'Instagram", "qu'Instagram".
 * The templates are written correctly; the faults come from a name put into
 * "de {{platform}}", so only the names the letter inserts are elided, and only
 * those that open on a vowel sound when read in French. A name opening on "U"
 * or "Y" is read as in English ("de YouTube", "de User Rights") and keeps "de".
 */
const VOWEL_START = /^[AEIOÉÈÊÀÂÎÔ]/u;
const ELIDING = ['de', 'que', 'lorsque', 'puisque', 'jusque'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with "de X" → "d'X" and "que X" → "qu'X" for each inserted name X that opens on a vowel. */
export function elideBeforeNames(text: string, names: readonly string[]): string {
  const vowelNames = [...new Set(names)].filter((n) => VOWEL_START.test(n));
  if (!vowelNames.length) return text;
  const words = ELIDING.map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}'’])(${words}) (?=(?:${vowelNames.map(escape).join('|')})(?![\\p{L}]))`, 'gu');
  return text.replace(pattern, (_, word: string) => `${word.slice(0, -1)}'`);
}
