/**
 * Whether the appeal editor's saved state for a case has the user's side
 * written (facts and why), read without the letter machinery: the Locker's
 * case home needs only this yes or no, and importing `editor-state.ts` for it
 * pulled the addressees, the drafter and the checklist (about 350 kB) into
 * the Locker's first load (issue 18: first case content). It reads the same
 * field `parseEditorState` does (a test holds the two to the same answer).
 */
export const editorStateKey = (caseId: string) => `reinstate.appeal.${caseId}`;

export function appealDraftStarted(raw: string | null | undefined): boolean {
  if (!raw) return false;
  try {
    const user = (JSON.parse(raw) as { user?: { facts?: unknown; why?: unknown } } | null)?.user;
    const text = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
    return text(user?.facts).length > 0 && text(user?.why).length > 0;
  } catch {
    return false;
  }
}
