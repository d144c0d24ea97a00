import data from './data/citations.json';

export interface Citation {
  id: string;
  instrument: string;
  short: string;
  article: string;
  text: string;
  url: string;
  certainty: 'verbatim' | 'summary';
  jurisdictions: string[];
}

export const CITATIONS: readonly Citation[] = data.citations as Citation[];
const BY_ID = new Map(CITATIONS.map((c) => [c.id, c]));

export function citation(id: string): Citation {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown citation ${id}`);
  return found;
}

/** "DSA Art. 17(3)(b)", "Santa Clara Principles (Notice)". */
export function citeLabel(id: string): string {
  const c = citation(id);
  return c.short === 'Santa Clara Principles' ? `${c.short} (${c.article})` : `${c.short} ${c.article}`;
}
