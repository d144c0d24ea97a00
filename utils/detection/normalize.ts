/** Zero-width and soft-hyphen characters: invisible, and enough to split a word ("sus\u200bpended"). */
export const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Lower-cased, NFKC (full-width letters become ASCII), invisible characters
 * removed, markdown links and URLs reduced to their words, whitespace folded.
 */
export function normalizeText(raw: string, maxChars = 20_000): string {
  return raw
    .slice(0, maxChars * 2)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/%\(\w+\)s/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .toLowerCase()
    .slice(0, maxChars)
    .trim();
}

/** Sentences, so that "if" in one sentence does not veto the fact stated in the next. */
export function sentences(text: string): string[] {
  return text
    // Not after a number: "am 31. Oktober", "1. Öffnen Sie…" do not end a sentence.
    .split(/(?<=[^\d][.!?]|[。！？])\s*|\n+|\s+[•·|]\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

// Letters of the alphabetic scripts the lexicons use (Latin with its extensions, Greek, Cyrillic).
// Spelled out rather than \\p{L}: V8 compiles each \\p{L} into thousands of ranges, and the
// lexicons hold hundreds of boundaries; the first classification on a page paid ~0.5 s for it.
const LETTER = '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF]';
const BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;

/**
 * JavaScript's `\b` knows only ASCII letters: "désactivé\b" never matches.
 * Rewrites `\b` as a Unicode-aware boundary.
 */
export function unicodeAware(re: RegExp): RegExp {
  const source = re.source.replace(/\\b/g, BOUNDARY);
  const flags = new Set([...re.flags, 'u']);
  return new RegExp(source, [...flags].join(''));
}
