import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminderAlarm, syncReminders } from '@/utils/background/reminders';
import { computeDeadlines } from '@/utils/cases/deadlines';
import { deadlinesToIcs } from '@/utils/cases/ics';
import { parseReminderName, planReminders, planReplyReminder } from '@/utils/cases/reminders';
import { buildTimeline } from '@/utils/cases/timeline';
import { validateCaseChanges, validateCorrespondence } from '@/utils/cases/validate';
import { openReinstateDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';

const sent = { caseId: 'c', at: '2025-05-03T10:00:00.000Z', channel: 'email' as const, direction: 'sent' as const, summary: 'Appeal sent', attachmentIds: [] };

describe('bad input for cases', () => {
  it('refuses unknown statuses, future and malformed dates, and megabytes of pasted text, storing nothing', async () => {
    const now = new Date('2025-06-01T00:00:00Z');
    expect(() => validateCaseChanges({ status: 'frozen' as never }, now)).toThrow(/Unknown status “frozen”/);
    expect(() => validateCaseChanges({ decisionDate: '2030-01-01' }, now)).toThrow(/future/);
    expect(() => validateCaseChanges({ decisionDate: 'yesterday' }, now)).toThrow(/not a date/);
    expect(() => validateCorrespondence({ ...sent, text: 'x'.repeat(1_000_001) }, now)).toThrow(/longer than 1,000,000/);
    expect(() => validateCorrespondence({ ...sent, at: '2026-01-01T00:00:00Z' }, now)).toThrow(/future/);
    expect(() => validateCorrespondence({ ...sent, channel: 'fax' as never }, now)).toThrow(/Unknown channel/);
    expect(validateCorrespondence(sent, now)).toBe(sent);
  });

  it('an older record with an unknown status still lists, and a status change is logged', async () => {
    const store = new Store();
    const c = await store.addCase({ title: 'Case', region: 'eu' });
    await (await store.db()).put('cases', { ...c, status: 'legacy-status' as never });
    expect((await store.listCases())[0]!.ok).toBe(true);
    await store.updateCase(c.id, { status: 'appealed' });
    const log = await store.listLog();
    expect(log.find((l) => l.action === 'case.status')?.summary).toBe('Status: legacy-status → appealed');
  });
});

describe('correspondence, letters and moving evidence', () => {
  it('stores them per case and moves evidence without touching its hash', async () => {
    const store = new Store();
    const a = await store.addCase({ title: 'A' });
    const b = await store.addCase({ title: 'B' });
    await store.addCorrespondence({ ...sent, caseId: a.id });
    await store.addLetter({ caseId: a.id, kind: 'internal-complaint', language: 'en', tone: 'formal', subject: 'S', body: 'B' });
    expect(await store.listCorrespondence(a.id)).toHaveLength(1);
    expect(await store.listLetters(a.id)).toHaveLength(1);
    const ev = await store.addEvidence({ caseId: a.id, kind: 'screenshot', mime: 'image/png', bytes: new Uint8Array([1]).buffer, url: 'u', title: '', provenance: { browser: 'x', extensionVersion: '1' } });
    const moved = await store.moveEvidence(ev.id, b.id);
    expect(moved).toMatchObject({ caseId: b.id, sha256: ev.sha256 });
    expect(await store.verifyEvidence(ev.id)).toBe(true);
    expect((await store.listLog()).some((l) => l.action === 'evidence.moved' && l.subject?.from === a.id)).toBe(true);
    await expect(store.moveEvidence(ev.id, 'nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moves a notice with its evidence, and letters, messages and inventories, logging each move', async () => {
    const store = new Store();
    const a = await store.addCase({ title: 'A' });
    const b = await store.addCase({ title: 'B' });
    const ev = await store.addEvidence({ caseId: a.id, kind: 'text', mime: 'text/plain', bytes: new Uint8Array([1]).buffer, url: 'u', title: '', provenance: { browser: 'x', extensionVersion: '1' } });
    await store.addNotice({ id: 'n1', caseId: a.id, platform: 'pinterest', kind: 'account_suspended', language: 'en', text: 't', textHash: 'h', dedupeKey: 'k', url: 'u', title: '', seenAt: '2025-05-01T00:00:00Z', timeZone: 'UTC', confidence: 1, signals: [], evidenceIds: [ev.id] });
    const letter = await store.addLetter({ caseId: a.id, kind: 'internal-complaint', language: 'en', tone: 'formal', subject: 's', body: 'b' });
    await store.moveToCase('notice', 'n1', b.id);
    await store.moveToCase('letter', letter.id, b.id);
    expect((await store.getNotice('n1'))?.caseId).toBe(b.id);
    expect((await store.getEvidence(ev.id))?.caseId).toBe(b.id);
    expect(await store.listLetters(b.id)).toHaveLength(1);
    expect((await store.listLog()).filter((l) => l.action === 'evidence.moved')).toHaveLength(2);
    await expect(store.moveToCase('inventory', 'none', b.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('migration 003 adds letters and correspondence to a version-2 database', async () => {
    const v2 = await openReinstateDb(DB_NAME, 2);
    await v2.put('settings', { key: 'k', value: 1 });
    v2.close();
    const v3 = await openReinstateDb(DB_NAME, 3);
    expect([...v3.objectStoreNames]).toEqual(expect.arrayContaining(['letters', 'correspondence', 'notices']));
    expect((await v3.get('settings', 'k'))?.value).toBe(1);
    v3.close();
  });
});

describe('timeline', () => {
  it('orders notices, captures, letters, messages and status changes in time', () => {
    const events = buildTimeline({
      notices: [{ id: 'n', seenAt: '2025-05-02T09:00:00Z', kind: 'account_suspended', text: 'Your account…' } as never],
      evidence: [{ id: 'e', capturedAt: '2025-05-02T09:00:01Z', kind: 'screenshot', url: 'u', sha256: 'h' } as never],
      letters: [{ id: 'l', createdAt: '2025-05-03T08:00:00Z', subject: 'Complaint', kind: 'internal-complaint', language: 'en' } as never],
      correspondence: [{ ...sent, id: 'm' }, { ...sent, id: 'r', at: '2025-05-10T00:00:00Z', direction: 'received', summary: 'Template reply' }] as never,
      log: [{ id: 'g', at: '2025-05-03T11:00:00Z', action: 'case.status', summary: 'Status: open → appealed' }, { id: 'bad', at: 'garbage', action: 'case.updated', summary: 'x' }] as never,
    });
    expect(events.map((e) => e.kind)).toEqual(['notice', 'capture', 'letter', 'sent', 'status', 'received']);
  });
});

describe('reminders', () => {
  const deadlines = computeDeadlines({ region: 'eu', business: false, decisionDate: '2025-05-01' }, 'UTC');

  it('plans reminders 7 days and 1 day before each future deadline, and none when switched off', () => {
    const plan = planReminders('c1', deadlines, Date.parse('2025-05-02T00:00:00Z'));
    expect(plan.map((r) => r.name).sort()).toEqual(['reminder:c1:dsa-internal-complaint:1', 'reminder:c1:dsa-internal-complaint:7', 'reminder:c1:ods-eligibility:1', 'reminder:c1:ods-eligibility:7']);
    expect(plan.map((r) => r.daysLeft)).toEqual([7, 7, 1, 1]);
    expect(plan[0]!.when).toBe(Date.parse(deadlines.find((d) => d.id === 'ods-eligibility')!.due) - 7 * 86_400_000);
    expect(planReminders('c1', deadlines, Date.parse('2030-01-01'))).toEqual([]);
    expect(planReminders('c1', deadlines, 0, { enabled: false, daysBefore: [7] })).toEqual([]);
    expect(parseReminderName('reminder:c1:ods-eligibility:7')).toEqual({ caseId: 'c1', deadlineId: 'ods-eligibility', daysLeft: 7 });
    expect(parseReminderName('other')).toBeNull();
  });

  it('says when the reply to the last message sent is overdue, and not once an answer is logged', () => {
    const sentAt = '2025-05-01T10:00:00.000Z';
    const reminder = planReplyReminder('c1', [{ at: sentAt, direction: 'sent' }], Date.parse('2025-05-02'));
    expect(reminder).toMatchObject({ name: 'reminder:c1:reply-overdue:0', when: Date.parse(sentAt) + 30 * 86_400_000 });
    expect(planReplyReminder('c1', [{ at: sentAt, direction: 'sent' }, { at: '2025-05-05T00:00:00Z', direction: 'received' }], Date.parse('2025-05-06'))).toBeNull();
    expect(planReplyReminder('c1', [{ at: sentAt, direction: 'sent' }], Date.parse('2025-07-01'))).toBeNull();
    expect(planReplyReminder('c1', [{ at: sentAt, direction: 'sent' }], 0, { enabled: false, daysBefore: [] })).toBeNull();
  });

  it('sets alarms with the browser and turns one into a notification', async () => {
    const store = new Store();
    const c = await store.addCase({ title: 'Pinterest ban', region: 'eu', decisionDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) });
    expect(await syncReminders(fakeBrowser as never, store)).toBe(4);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([`reminder:${c.id}:dsa-internal-complaint:1`, `reminder:${c.id}:dsa-internal-complaint:7`, `reminder:${c.id}:ods-eligibility:1`, `reminder:${c.id}:ods-eligibility:7`]);
    // Planning again replaces rather than duplicates.
    await syncReminders(fakeBrowser as never, store);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(4);
    // The off switch clears them.
    await store.setSetting('reminders', { enabled: false, daysBefore: [7, 1] });
    expect(await syncReminders(fakeBrowser as never, store)).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(0);

    const created: unknown[] = [];
    (fakeBrowser as unknown as { notifications: object }).notifications = { create: async (...args: unknown[]) => void created.push(args) };
    expect(await onReminderAlarm(fakeBrowser as never, store, `reminder:${c.id}:ods-eligibility:7`)).toBe(true);
    expect(created[0]).toEqual([`reminder:${c.id}:ods-eligibility:7`, expect.objectContaining({ title: 'Pinterest ban: 7 days left', message: 'Last day Appeals Centre Europe accepts the case (its own rule)' })]);
    expect(await onReminderAlarm(fakeBrowser as never, store, 'something-else')).toBe(false);
  });
});

describe('ICS export', () => {
  it('writes one all-day event per deadline that parses back', () => {
    const deadlines = computeDeadlines({ region: 'eu', business: false, decisionDate: '2025-05-01', gdprRequestSentAt: '2025-05-10' }, 'Europe/Berlin');
    const ics = deadlinesToIcs(deadlines.map((deadline) => ({ caseTitle: 'My case', caseId: 'c1', deadline, label: deadline.id })));
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(3);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]).sort();
    expect(starts).toEqual(deadlines.map((d) => d.dueDate.replace(/-/g, '')).sort());
    expect(ics).toContain('UID:c1-gdpr-reply@reinstate.invalid');
    expect(ics).toContain('BEGIN:VALARM');
    expect(deadlinesToIcs([])).toContain('END:VCALENDAR');
  });
});
