import { describe, expect, it } from 'vitest';
import { draftAppeal, type DraftInput } from '@/utils/appeal/draft';
import { countryForRegion, EMPTY_EDITOR_STATE, initialCountry, parseEditorState } from '@/utils/appeal/editor-state';
import { dropEdit, editPart, keepEdit, letterText, mergeParts, orphanEdits } from '@/utils/appeal/letter-state';

const input = (over: Partial<DraftInput> = {}): DraftInput => ({
  kind: 'internal-complaint',
  language: 'en',
  tone: 'formal',
  notice: { text: 'Your account has been suspended.', kind: 'account_suspended', seenAt: '2025-05-02T09:15:00Z' },
  context: { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2025-05-01', userName: 'Maya', timeZone: 'UTC', country: 'DE' },
  user: { facts: 'I posted cakes.', why: 'They are mine.', asks: { restore: true, reasons: true, human: true } },
  now: new Date('2025-05-03T10:00:00Z'),
  ...over,
});

describe('the user’s edits survive a change of options', () => {
  it('a paragraph typed into the letter stays when the language and tone change; untouched parts follow', () => {
    const en = draftAppeal(input());
    const part = mergeParts(en.sections, {}).find((p) => p.id === 'asks')!;
    const edits = editPart({}, part, `${part.text}\n- to call me back on Monday.`);
    const de = draftAppeal(input({ language: 'de', tone: 'concise' }));
    const merged = mergeParts(de.sections, edits);
    const asks = merged.find((p) => p.id === 'asks')!;
    expect(asks.text).toContain('to call me back on Monday.');
    expect(asks).toMatchObject({ edited: true, stale: true });
    // Everything the user did not touch is German now.
    expect(merged.find((p) => p.id === 'opening_internal')!.text).toMatch(/^ich nutze Pinterest/);
    expect(merged.find((p) => p.id === 'greeting_platform')!.text).toBe('Guten Tag,');
  });

  it('a stale part asks before replacing: keep mine, or use the new text', () => {
    const en = draftAppeal(input());
    const part = mergeParts(en.sections, {}).find((p) => p.id === 'facts')!;
    const edits = editPart({}, part, 'My own paragraph.');
    const de = draftAppeal(input({ language: 'de' }));
    const stale = mergeParts(de.sections, edits).find((p) => p.id === 'facts')!;
    expect(stale.stale).toBe(true);
    const kept = mergeParts(de.sections, keepEdit(edits, stale)).find((p) => p.id === 'facts')!;
    expect(kept).toMatchObject({ text: 'My own paragraph.', stale: false, edited: true });
    const replaced = mergeParts(de.sections, dropEdit(edits, 'facts')).find((p) => p.id === 'facts')!;
    expect(replaced).toMatchObject({ edited: false, text: de.sections.find((s) => s.id === 'facts')!.text });
  });

  it('typing a part back to the generated text removes the edit', () => {
    const part = mergeParts(draftAppeal(input()).sections, {})[0]!;
    expect(editPart(editPart({}, part, 'x'), part, part.generated)).toEqual({});
  });

  it('edits of parts another kind does not have are kept, and the letter text joins every part', () => {
    const en = draftAppeal(input());
    const edits = editPart({}, mergeParts(en.sections, {}).find((p) => p.id === 'hook_eu')!, 'Mine');
    const gdpr = draftAppeal(input({ kind: 'gdpr-access' }));
    expect(orphanEdits(gdpr.sections, edits)).toEqual(['hook_eu']);
    const text = letterText(en.subject, mergeParts(en.sections, edits));
    expect(text.startsWith(`${en.subject}\n\n`)).toBe(true);
    expect(text).toContain('\n\nMine\n\n');
  });
});

describe('saved editor state', () => {
  it('round-trips and survives damage field by field', () => {
    const state = { ...EMPTY_EDITOR_STATE, userName: 'Maya', country: 'DE', user: { facts: 'a', why: 'b', asks: { restore: false, reasons: true, human: true }, complaint: { date: '2025-05-04', outcome: 'rejected' as const } }, edits: { 'internal-complaint': { facts: { text: 'x', base: 'y' } } } };
    expect(parseEditorState(JSON.stringify(state))).toMatchObject(state);
    expect(parseEditorState('{not json')).toEqual(EMPTY_EDITOR_STATE);
    const damaged = parseEditorState(JSON.stringify({ userName: 7, country: 'Germany', user: { facts: 'kept', why: null }, edits: { 'internal-complaint': { a: { text: 1 }, b: { text: 'ok', base: '' } } } }));
    expect(damaged).toMatchObject({ userName: '', user: { facts: 'kept', why: '' }, edits: { 'internal-complaint': { b: { text: 'ok', base: '' } } } });
    expect(damaged.country).toBeUndefined();
  });
});

describe('the country the editor preselects', () => {
  it('never disagrees with the case region: an en-US browser on an EU case leaves the country to the user', () => {
    expect(initialCountry(undefined, 'eu', 'US')).toBeUndefined();
    expect(initialCountry(undefined, 'eu', 'DE')).toBe('DE');
    expect(initialCountry(undefined, 'us', 'US')).toBe('US');
    expect(initialCountry(undefined, undefined, 'FR')).toBe('FR');
    expect(initialCountry('IT', 'eu', 'US')).toBe('IT');
    expect(initialCountry(undefined, 'eu', undefined)).toBeUndefined();
  });
  it('drops a country that no longer fits the region chosen', () => {
    expect(countryForRegion('DE', 'us')).toBeUndefined();
    expect(countryForRegion('DE', 'eu')).toBe('DE');
    expect(countryForRegion('GB', 'uk')).toBe('GB');
    expect(countryForRegion(undefined, 'eu')).toBeUndefined();
  });
});
