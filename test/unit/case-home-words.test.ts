// Issue 16: the case home ticks "appeal written" once the user's side is in the editor; its log lines are words in the UI language.
import { describe, expect, it } from 'vitest';
import { caseSteps } from '@/utils/cases/progress';

const empty = { notices: [], evidence: [], inventories: [], letters: [], correspondence: [] };
const drafted = (facts: Parameters<typeof caseSteps>[0]) => caseSteps(facts).find((s) => s.id === 'appeal-drafted')!.done;

describe('appeal written', () => {
  it('ticks for a draft in the editor or a recorded letter, and not before', () => {
    expect(drafted(empty)).toBe(false);
    expect(drafted({ ...empty, appealDraft: true })).toBe(true);
    expect(drafted({ ...empty, letters: [{ id: 'l1' }] })).toBe(true);
  });
  it('the bundle step ticks from the setting the bundle page saves', () => {
    expect(caseSteps(empty).find((s) => s.id === 'bundle')!.done).toBe(false);
    expect(caseSteps({ ...empty, bundleExportedAt: '2026-11-26T06:46:57Z' }).find((s) => s.id === 'bundle')!.done).toBe(true);
  });
});

describe('the log speaks the interface language', () => {
  it('“case created” comes from the locale file with the user’s title kept', async () => {
    const { logLine } = await import('@/utils/cases/labels');
    expect(logLine({ action: 'case.created', summary: 'Case “私のケース” created.' })).toBe('Case “私のケース” created.');
    const { t } = await import('@/utils/i18n');
    expect(t('logCaseCreated', 'X')).toBe('Case “X” created.');
    expect(logLine({ action: 'case.created', summary: 'Something else' })).toBe('Something else');
  });
});

describe('every line the store writes in English is shown in words of the UI language', () => {
  it('deletions name the kind in words and keep the user’s reason; moves and held-back notices are locale lines', async () => {
    const { logLine } = await import('@/utils/cases/labels');
    expect(logLine({ action: 'evidence.deleted', summary: 'Deleted by the user.', subject: { kind: 'screenshot', evidenceId: 'e1' } })).toBe('Deleted: Screenshot');
    expect(logLine({ action: 'evidence.deleted', summary: 'taken by mistake', subject: { kind: 'mhtml', evidenceId: 'e1' } })).toMatch(/^Deleted: .+ \(reason: taken by mistake\)$/);
    expect(logLine({ action: 'evidence.deleted', summary: 'taken by mistake', subject: { kind: 'mhtml' } })).not.toContain('mhtml');
    expect(logLine({ action: 'evidence.moved', summary: 'notice moved to another case.' })).toBe('Moved here from another case');
    expect(logLine({ action: 'notice.limited', summary: 'More than 3 new notices from one tab within 60 s: further ones from it are not stored for now.' })).not.toMatch(/ s:|further ones/);
  });
});
