import { sentences } from '../normalize';
import { SECOND_PERSON } from '../persons';
import { ANY_ENFORCEMENT } from '../verbs';

/**
 * Where in a text the enforcement words sit, as named features the model
 * learns from (no hand-set threshold): a notice is mostly its measure, said
 * to the reader near the top; an article, a help page or a forum post puts
 * one enforcement sentence among explanatory, third-person or instructional
 * ones, under question headings, in numbered steps, after a byline or a date.
 * Read on the model text (lower-cased, NFKC, newlines kept) so the same
 * features hold for e-mails, page strings and pasted text.
 */

// Headings that ask what a help page or an article will answer ("What happens if…", "Warum wurde…", 「…とは」).
const QUESTION_HEADING = /[?？]$|とは$|ですか$|ますか$|吗$|嗎$|吗[?？]?$/;
// A numbered step or a bullet at the start of a line ("1.", "2)", "Step 3", "ステップ", "手順").
const STEP_LINE = /^(?:\d{1,2}[.)]\s|[-*•·]\s|(?:step|schritt|paso|étape|passo|stap|krok|langkah|adım|шаг|bước)\s*\d|ステップ|手順|步骤|步驟|단계)/;
// An article's byline or date line ("By Jane Doe", "Published", "Updated", "公開日").
const BYLINE = /(?:^|\n)\s*(?:by|von|par|door|przez|oleh|автор:?)\s+[^\s,.:;!?]{2,30}(?:\s+[^\s,.:;!?]{2,30}){0,2}\s*(?:\n|$|[|·])|(?:published|updated|posted)(?: on)?:?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|veröffentlicht am|aktualisiert am|publicado (?:el|em)|actualizado el|atualizado em|publié le|mis à jour le|pubblicato il|aggiornato il|gepubliceerd op|bijgewerkt op|opublikowano|diterbitkan|yayınlanma tarihi|опубликовано|公開日|更新日|投稿日|发布于|發布於|发表于|發表於|작성일/;
// A calendar date with its year (four digits, or 0000 once the model text made numbers generic): news and blogs are dated.
const DATED = /(?:19|20)\d\d年|\d{4}年\d{1,2}月|\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)[a-z]*\.?\s+(?:de\s+)?(?:19|20)\d\d\b/;

export const STRUCTURE_FEATURES = [
  'shape:sentences:1', 'shape:sentences:2-3', 'shape:sentences:4-8', 'shape:sentences:9+',
  'shape:enforcement-share:none', 'shape:enforcement-share:low', 'shape:enforcement-share:mid', 'shape:enforcement-share:high',
  'shape:first-enforcement:first', 'shape:first-enforcement:early', 'shape:first-enforcement:middle', 'shape:first-enforcement:late',
  'shape:you-share:none', 'shape:you-share:some', 'shape:you-share:most',
  'shape:enforcement-without-you',
  'shape:question-headings:1', 'shape:question-headings:2+',
  'shape:list-lines:2+',
  'shape:byline', 'shape:dated',
  'shape:long+enforcement-low', 'shape:long+you-none',
] as const;

const bucket = (share: number) => (share === 0 ? 'none' : share < 0.2 ? 'low' : share < 0.5 ? 'mid' : 'high');

/** The structure features of a normalised text (lower-cased, NFKC, newlines kept; numbers as written, for dates). */
export function structureFeatures(text: string): string[] {
  const out: string[] = [];
  const parts = sentences(text.slice(0, 8_000)).slice(0, 200);
  const n = parts.length;
  if (!n) return out;
  out.push(n === 1 ? 'shape:sentences:1' : n <= 3 ? 'shape:sentences:2-3' : n <= 8 ? 'shape:sentences:4-8' : 'shape:sentences:9+');
  const enforcing = parts.map((s) => ANY_ENFORCEMENT.test(s));
  const you = parts.map((s) => SECOND_PERSON.test(s));
  const enforcingCount = enforcing.filter(Boolean).length;
  const youCount = you.filter(Boolean).length;
  if (n >= 2) {
    const share = enforcingCount / n;
    out.push(`shape:enforcement-share:${bucket(share)}`);
    const first = enforcing.indexOf(true);
    if (first >= 0) out.push(first === 0 ? 'shape:first-enforcement:first' : first <= 2 ? 'shape:first-enforcement:early' : first < n / 2 ? 'shape:first-enforcement:middle' : 'shape:first-enforcement:late');
    const youShare = youCount / n;
    out.push(youShare === 0 ? 'shape:you-share:none' : youShare < 0.34 ? 'shape:you-share:some' : 'shape:you-share:most');
    if (enforcingCount && !enforcing.some((e, i) => e && you[i])) out.push('shape:enforcement-without-you');
    if (n >= 5 && share < 0.2) out.push('shape:long+enforcement-low');
    if (n >= 5 && youCount === 0) out.push('shape:long+you-none');
  }
  const questions = text.split('\n').filter((line) => QUESTION_HEADING.test(line.trim()) && line.trim().length < 120).length;
  if (questions) out.push(questions === 1 ? 'shape:question-headings:1' : 'shape:question-headings:2+');
  if (text.split('\n').filter((line) => STEP_LINE.test(line.trim())).length >= 2) out.push('shape:list-lines:2+');
  if (BYLINE.test(text)) out.push('shape:byline');
  if (DATED.test(text)) out.push('shape:dated');
  return out;
}
