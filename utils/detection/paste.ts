import PostalMime from 'postal-mime';
import type { Platform } from '../db/schema';
import { classifyNotice } from './classify';
import { platformFromText } from './platform';
import type { Classification } from './types';

/** A pasted text is read up to here; a notice is a few hundred words, an email with quoted history a few thousand. */
export const MAX_PASTE_CHARS = 100_000;
/** An .eml larger than this is refused before it is read (attachments make emails big; the notice is text). */
export const MAX_EML_BYTES = 10 * 1024 * 1024;

export type PasteProblem = 'empty' | 'binary' | 'too-large' | 'unreadable-eml';

export interface EmailFacts {
  from?: string;
  date?: string;
  subject?: string;
  /** The .eml file as it came, for the evidence record, with its own hash. */
  raw: ArrayBuffer;
  fileName: string;
}

export interface PasteAnalysis {
  text: string;
  /** The input was longer than MAX_PASTE_CHARS and was cut. */
  truncated: boolean;
  classification: Classification;
  platform: Platform;
  /** Reasons in plain words, as message keys (see `reasonKeys`). */
  reasons: string[];
  email?: EmailFacts;
}

/** Many C0 control characters or U+FFFD: the bytes were not text in any encoding we read. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (!sample) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.02;
}

/** A pasted text → what it is and why, or the reason it cannot be read. */
export function analysePastedText(input: string, email?: EmailFacts): PasteAnalysis | PasteProblem {
  if (looksBinary(input)) return 'binary';
  const truncated = input.length > MAX_PASTE_CHARS;
  const text = (truncated ? input.slice(0, MAX_PASTE_CHARS) : input).trim();
  if (!text) return 'empty';
  // The subject line often carries the verdict ("Your account has been suspended").
  const classified = classifyNotice({ text: email?.subject ? `${email.subject}\n${text}` : text });
  const platform = classified.platform ?? platformFromText(`${email?.from ?? ''} ${text.slice(0, 5000)}`.toLowerCase()) ?? 'other';
  return { text, truncated, classification: classified, platform, reasons: reasonKeys(classified), ...(email ? { email } : {}) };
}

/**
 * An .eml file → its readable text and the headers worth keeping. postal-mime
 * decodes quoted-printable, base64 and legacy charsets (ISO-8859-1,
 * Windows-1252, Shift_JIS…); an HTML-only email is read as its text.
 */
export async function analyseEml(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }, parseHtml: (html: string) => string): Promise<PasteAnalysis | PasteProblem> {
  if (file.size > MAX_EML_BYTES) return 'too-large';
  const raw = await file.arrayBuffer();
  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    parsed = await PostalMime.parse(raw);
  } catch {
    return 'unreadable-eml';
  }
  const body = parsed.text?.trim() || (parsed.html ? parseHtml(parsed.html) : '');
  const from = parsed.from ? [parsed.from.name, parsed.from.address ? `<${parsed.from.address}>` : ''].filter(Boolean).join(' ') : undefined;
  if (!body && !parsed.subject) return looksBinary(new TextDecoder().decode(raw.slice(0, 20_000))) ? 'binary' : 'unreadable-eml';
  return analysePastedText(body || parsed.subject || '', {
    ...(from ? { from } : {}),
    ...(parsed.date ? { date: parsed.date } : {}),
    ...(parsed.subject ? { subject: parsed.subject } : {}),
    raw,
    fileName: file.name,
  });
}

/**
 * Why the classifier decided as it did, as message keys a person can read
 * ("It says the platform acted on your account"), not rule ids.
 */
export function reasonKeys(result: Classification): string[] {
  const has = (re: RegExp) => result.matched.some((m) => re.test(m));
  const keys: string[] = [];
  if (has(/:we-acted/)) keys.push('pasteWhyWeActed');
  if (has(/:own-account|:you-are|:this-account|:heading/)) keys.push('pasteWhyYourAccount');
  if (has(/:own-content|:this-content/)) keys.push('pasteWhyYourContent');
  if (has(/explicit-restriction|community-ban/)) keys.push('pasteWhyRestriction');
  if (has(/violation|explicit-finding/)) keys.push('pasteWhyRule');
  if (has(/:hypothetical$/)) keys.push('pasteWhyHypothetical');
  if (has(/:reporting$/)) keys.push('pasteWhyReporting');
  if (has(/:voluntary$/)) keys.push('pasteWhyVoluntary');
  if (has(/:restored$/)) keys.push('pasteWhyRestored');
  if (has(/:security$/)) keys.push('pasteWhySecurity');
  if (has(/:rate-limit$/)) keys.push('pasteWhyRateLimit');
  if (has(/:other-account$/)) keys.push('pasteWhyOtherAccount');
  if (has(/^model:p=/)) keys.push(result.kind === 'none' ? 'pasteWhyModelNone' : 'pasteWhyModelNotice');
  return keys;
}
