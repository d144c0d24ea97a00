/**
 * Reference numbers a platform prints in its notices ("Enforcement ID: 9c1f…",
 * "Reference number 123-456", "Aktenzeichen …"), to copy to the case so that
 * letters quote them. Only labelled IDs and bare UUIDs: a long number alone
 * (a date, a pin id in a URL) is not taken for one.
 */
const LABELLED = /(?:enforcement\s*id|reference\s*(?:number|id|code)|case\s*(?:number|id)|ticket\s*(?:number|id)|aktenzeichen|vorgangsnummer|référence|numéro de dossier|número de referencia|numero di riferimento|referentienummer|número de referência|参照番号|ケース番号)\s*[:#：]?\s*([A-Za-z0-9][A-Za-z0-9._/\-]{3,63})/giu;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

export function referenceIdsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const id = m[1].replace(/[.\-]+$/, '');
    if (/\d/.test(id)) found.push(id);
  }
  for (const m of text.matchAll(UUID)) found.push(m[0]);
  return [...new Set(found)];
}

/** The case's IDs with those of its notices added, in order, without duplicates (case-insensitive). */
export function mergeReferenceIds(existing: string[], found: string[]): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  const out = [...existing];
  for (const id of found) if (!seen.has(id.toLowerCase())) (seen.add(id.toLowerCase()), out.push(id));
  return out;
}

/** The case's reference IDs with those its notices print, or undefined when nothing is new. */
export function referenceIdsToAdd(existing: string[], noticeTexts: string[]): string[] | undefined {
  const merged = mergeReferenceIds(existing, noticeTexts.flatMap(referenceIdsIn));
  return merged.length === existing.length ? undefined : merged;
}
