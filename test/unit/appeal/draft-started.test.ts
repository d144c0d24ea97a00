import { describe, expect, it } from 'vitest';
import { appealDraftStarted, editorStateKey as lightKey } from '@/utils/appeal/draft-started';
import { editorStateKey, parseEditorState } from '@/utils/appeal/editor-state';

/** What the case home asked before, through the full parser. */
const viaParser = (raw: string | null) => {
  try {
    const { user } = parseEditorState(raw);
    return user.facts.trim().length > 0 && user.why.trim().length > 0;
  } catch {
    return false;
  }
};

describe('whether an appeal draft is started (the Locker reads this without the letter machinery)', () => {
  const raws: (string | null)[] = [
    null, '', 'not json', 'null', '5', '[]', '{}', '{"user":null}', '{"user":{}}',
    '{"user":{"facts":"I only pin recipes.","why":"Nothing I posted breaks a rule."}}',
    '{"user":{"facts":"I only pin recipes.","why":"   "}}',
    '{"user":{"facts":"  ","why":"reason"}}',
    '{"user":{"facts":42,"why":"reason"}}',
    '{"user":{"facts":"a","why":["b"]}}',
    '{"user":{"facts":"a","why":"b","asks":{"restore":false}},"edits":{"appeal":{"x":{"text":"t","base":"b"}}},"userName":"Maya"}',
  ];
  it.each(raws.map((r) => [r]))('agrees with parseEditorState for %s', (raw) => {
    expect(appealDraftStarted(raw)).toBe(viaParser(raw));
  });
  it('keys the same storage entry as the editor', () => {
    expect(lightKey('case_1')).toBe(editorStateKey('case_1'));
    expect(lightKey('case_1')).toBe('reinstate.appeal.case_1');
  });
  it('a started draft is seen, an empty one is not', () => {
    expect(appealDraftStarted('{"user":{"facts":"x","why":"y"}}')).toBe(true);
    expect(appealDraftStarted('{"user":{"facts":"","why":"y"}}')).toBe(false);
  });
});
