import type { Section } from './draft';

/**
 * The user's edits to a generated letter, kept apart from what is generated.
 * An edit remembers the generated text it replaced (`base`): when options
 * change and the generated text moves on, the edit stays and is marked
 * stale, so the editor can ask before replacing it; unedited parts simply
 * follow the new draft.
 */
export interface Edit {
  text: string;
  base: string;
}
export type Edits = Record<string, Edit>;

export interface LetterPart {
  id: string;
  text: string;
  generated: string;
  edited: boolean;
  /** Edited, and the generated text has changed since: ask before replacing. */
  stale: boolean;
}

/** The letter as shown: each section the user's text where edited, the draft's elsewhere. */
export function mergeParts(sections: Section[], edits: Edits): LetterPart[] {
  return sections.map((s) => {
    const edit = edits[s.id];
    return edit ? { id: s.id, text: edit.text, generated: s.text, edited: true, stale: edit.base !== s.text } : { id: s.id, text: s.text, generated: s.text, edited: false, stale: false };
  });
}

/** The user typed in a part. Typing it back to the generated text removes the edit. */
export function editPart(edits: Edits, part: Pick<LetterPart, 'id' | 'generated'>, text: string): Edits {
  const next = { ...edits };
  if (text === part.generated) delete next[part.id];
  // An edit keeps the base it was made against, so a stale part stays stale until the user decides.
  else next[part.id] = { text, base: next[part.id]?.base ?? part.generated };
  return next;
}

/** Keep the user's text for a stale part, accepting the new generated text as its base. */
export function keepEdit(edits: Edits, part: Pick<LetterPart, 'id' | 'generated'>): Edits {
  const edit = edits[part.id];
  return edit ? { ...edits, [part.id]: { text: edit.text, base: part.generated } } : edits;
}

/** Replace the user's text with the generated one. */
export function dropEdit(edits: Edits, id: string): Edits {
  const next = { ...edits };
  delete next[id];
  return next;
}

/** The whole letter, as copied, printed and logged. */
export function letterText(subject: string, parts: Pick<LetterPart, 'text'>[]): string {
  return `${subject}\n\n${parts.map((p) => p.text.trim()).filter(Boolean).join('\n\n')}`;
}

/** Edits of parts the current draft no longer has (e.g. after changing the kind) are kept, not lost. */
export function orphanEdits(sections: Section[], edits: Edits): string[] {
  const ids = new Set(sections.map((s) => s.id));
  return Object.keys(edits).filter((id) => !ids.has(id));
}
