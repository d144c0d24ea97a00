// Issue 16: words on screen instead of codes; a checklist that ticks itself; notices read as heading and body.
import { describe, expect, it } from 'vitest';
import { caseSteps, nextStep } from '@/utils/cases/progress';
import { caseStatusLabel, deadlineLabel, DEADLINE_LABELS, inventoryStatusLabel, logLine, noticeHeadline, noticeKindLabel } from '@/utils/cases/labels';
import { mergeReferenceIds, referenceIdsIn, referenceIdsToAdd } from '@/utils/cases/reference-ids';
import { daysLeft, elapsedShare, formatDay } from '@/utils/format';
import { splitNoticeText } from '@/utils/viewer/notice-text';
import { newInventoryState } from '@/utils/inventory/runner';

describe('labels are words from the locale files, never codes', () => {
  it('deadlines, statuses, kinds', () => {
    expect(deadlineLabel('dsa-internal-complaint')).toBe(DEADLINE_LABELS['dsa-internal-complaint']);
    expect(caseStatusLabel('awaiting-reply')).not.toContain('-');
    expect(noticeKindLabel('account_suspended')).not.toContain('_');
    for (const s of ['running', 'done', 'stopped', 'cancelled'] as const) expect(inventoryStatusLabel(s)).toBeTruthy();
    // The log's field names become the form's labels.
    expect(logLine({ action: 'case.updated', summary: 'decisionDate changed', subject: { field: 'decisionDate', before: 'null', after: '"2026-11-16"' } })).toBe('Date of the decision changed');
    expect(logLine({ action: 'case.status', summary: 'Status: awaiting-reply → appealed', subject: { field: 'status', before: '"awaiting-reply"', after: '"appealed"' } })).not.toMatch(/awaiting-reply/);
    expect(logLine({ action: 'evidence.deleted', summary: 'Deleted a screenshot: taken by mistake' })).toBe('Deleted a screenshot: taken by mistake');
    expect(noticeHeadline({ kind: 'account_suspended', platform: 'pinterest', account: 'maya_makes', seenAt: '2026-11-26T10:00:00Z' }, '26 Nov')).toMatch(/Pinterest.*@maya_makes.*26 Nov/);
  });
});

describe('days left and the bar', () => {
  it('counts whole days to the end of the last day', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(daysLeft('2027-04-27T23:59:59.999Z', now)).toBe(152);
    expect(daysLeft('2026-11-26T23:59:59.999Z', now)).toBe(0);
    expect(daysLeft('2026-11-25T23:59:59.999Z', now)).toBeLessThan(0);
    expect(elapsedShare('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', Date.parse('2026-11-16T00:00:00Z'))).toBeCloseTo(0.5, 2);
  });
  it('a calendar date stays that date in every zone and language', () => {
    expect(formatDay('2027-05-27', 'en-GB', true)).toBe('27 May 2027');
    expect(formatDay('2027-05-27', 'de', true)).toBe('27. Mai 2027');
    expect(formatDay('2027-05-27', 'ja', true)).toBe('2027年5月27日');
  });
});

describe('the case checklist ticks itself from what is stored', () => {
  const run = (status: 'running' | 'done', pins: number) => ({ state: { ...newInventoryState('inv1', 'maya', undefined, new Date()), status, counts: { boards: 1, pins, requests: 1, sections: 0 } } });
  it('an empty case: nothing done, the notice is next', () => {
    const steps = caseSteps({ notices: [], evidence: [], inventories: [], letters: [], correspondence: [] });
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(nextStep(steps)?.id).toBe('notice');
  });
  it('a notice with a screenshot and a finished inventory: the appeal is next', () => {
    const steps = caseSteps({ notices: [{ id: 'n1' }], evidence: [{ kind: 'screenshot', mime: 'image/png' }], inventories: [run('done', 1080) as never], letters: [], correspondence: [] });
    expect(steps.filter((s) => s.done).map((s) => s.id)).toEqual(['notice', 'screenshot', 'inventory']);
    expect(nextStep(steps)?.id).toBe('appeal-drafted');
  });
  it('a page copy is not a screenshot; a running inventory with no pins yet is not done', () => {
    const steps = caseSteps({ notices: [{ id: 'n1' }], evidence: [{ kind: 'mhtml', mime: 'multipart/related' }], inventories: [run('running', 0) as never], letters: [], correspondence: [] });
    expect(steps.find((s) => s.id === 'screenshot')?.done).toBe(false);
    expect(steps.find((s) => s.id === 'inventory')?.done).toBe(false);
  });
  it('sent, reply and export', () => {
    const steps = caseSteps({ notices: [{ id: 'n1' }], evidence: [], inventories: [], letters: [{ id: 'l1' }], correspondence: [{ direction: 'sent' }, { direction: 'received' }], bundleExportedAt: '2026-11-26T10:00:00Z' });
    expect(steps.filter((s) => s.done).map((s) => s.id)).toEqual(['notice', 'appeal-drafted', 'appeal-sent', 'reply', 'bundle']);
  });
});

describe('reference IDs printed in notices', () => {
  it('finds labelled IDs and UUIDs, not dates or bare numbers', () => {
    expect(referenceIdsIn('Your account was suspended. Enforcement ID: 4471-AB-902. Read our guidelines.')).toEqual(['4471-AB-902']);
    expect(referenceIdsIn('Aktenzeichen 2025/XY-77 — Ihr Konto wurde gesperrt')).toEqual(['2025/XY-77']);
    expect(referenceIdsIn('Reference number 123456789 on 2025-05-02')).toEqual(['123456789']);
    expect(referenceIdsIn('Case 9c1f2a3b-1111-4222-8333-444455556666 closed')).toEqual(['9c1f2a3b-1111-4222-8333-444455556666']);
    expect(referenceIdsIn('Suspended on 2025-05-02 for spam, 3 pins removed')).toEqual([]);
  });
  it('merges without duplicates, keeping what the person typed', () => {
    expect(mergeReferenceIds(['ABC-1'], ['abc-1', 'X-22'])).toEqual(['ABC-1', 'X-22']);
    expect(referenceIdsToAdd(['4471-AB-902'], ['Enforcement ID: 4471-AB-902'])).toBeUndefined();
    expect(referenceIdsToAdd([], ['Enforcement ID: 4471-AB-902', 'nothing here'])).toEqual(['4471-AB-902']);
  });
});

describe('notice heading and body', () => {
  it('splits a heading run together with the body', () => {
    expect(splitNoticeText('Account suspended Your account has been suspended for violating our community guidelines.')).toEqual({ heading: 'Account suspended', body: 'Your account has been suspended for violating our community guidelines.' });
    expect(splitNoticeText('Konto gesperrt Ihr Konto wurde wegen eines Verstoßes gesperrt.')).toEqual({ heading: 'Konto gesperrt', body: 'Ihr Konto wurde wegen eines Verstoßes gesperrt.' });
    expect(splitNoticeText('Account suspended\nYour account has been suspended.')).toEqual({ heading: 'Account suspended', body: 'Your account has been suspended.' });
  });
  it('leaves ordinary sentences whole', () => {
    for (const text of ['Your account was suspended by Pinterest for spam.', 'We suspended your account. Learn more.', 'アカウントが停止されました。', 'Your Pinterest account has been suspended.']) {
      expect(splitNoticeText(text)).toEqual({ body: text });
    }
  });
});
