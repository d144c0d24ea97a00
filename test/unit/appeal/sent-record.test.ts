import { describe, expect, it } from 'vitest';
import { draftAppeal } from '@/utils/appeal/draft';
import { sentRecordOf } from '@/utils/appeal/sent-record';
import type { CorrespondenceRecord } from '@/utils/db/schema';

const draftOn = (day: string) =>
  draftAppeal({
    kind: 'internal-complaint',
    language: 'en',
    tone: 'formal',
    notice: { text: 'Your account has been suspended.', kind: 'account_suspended' },
    context: { platform: 'pinterest', region: 'eu', business: false, country: 'DE', timeZone: 'Europe/Berlin' },
    user: { facts: 'I pin my own cake photos.', why: 'They are mine and break no rule.', asks: { restore: true, reasons: true, human: true } },
    now: new Date(`${day}T10:00:00Z`),
  });
const text = (d: ReturnType<typeof draftAppeal>) => `${d.subject}\n\n${d.body}`;
const entry = (over: Partial<CorrespondenceRecord>): CorrespondenceRecord => ({ id: 'c1', caseId: 'k', at: '2025-05-03T10:00:00Z', loggedAt: '2025-05-03T10:00:01Z', channel: 'in-product', direction: 'sent', summary: 's', attachmentIds: [], ...over });

describe('"I sent it" remembers the letter of this kind, not only its exact words', () => {
  it('the same letter the next day reads differently (its reply-by date moved), which is why the text alone is not enough', () => {
    expect(text(draftOn('2025-05-03'))).not.toBe(text(draftOn('2025-05-04')));
  });
  it('the very letter: recorded once, nothing more to add', () => {
    const t = text(draftOn('2025-05-03'));
    expect(sentRecordOf([entry({ text: t, letterId: 'L1' })], [{ id: 'L1', kind: 'internal-complaint' }], 'internal-complaint', t).same?.id).toBe('c1');
  });
  it('the next day: the earlier record of this kind is found, so the editor can say when it was sent', () => {
    const sentYesterday = entry({ text: text(draftOn('2025-05-03')), letterId: 'L1' });
    const today = text(draftOn('2025-05-04'));
    const r = sentRecordOf([sentYesterday], [{ id: 'L1', kind: 'internal-complaint' }], 'internal-complaint', today);
    expect(r.same).toBeUndefined();
    expect(r.earlier?.id).toBe('c1');
  });
  it('a letter of another kind, a received message or an entry without a letter is not this letter', () => {
    const t = text(draftOn('2025-05-04'));
    const log = [entry({ id: 'a', letterId: 'L1', text: 'x' }), entry({ id: 'b', direction: 'received', letterId: 'L2', text: 'y' }), entry({ id: 'c', text: 'z' })];
    expect(sentRecordOf(log, [{ id: 'L1', kind: 'dsc-complaint' }, { id: 'L2', kind: 'internal-complaint' }], 'internal-complaint', t)).toEqual({});
  });
  it('of several earlier records of the kind, the latest is reported', () => {
    const log = [entry({ id: 'old', letterId: 'L1', text: 'a', loggedAt: '2025-05-03T10:00:00Z' }), entry({ id: 'new', letterId: 'L2', text: 'b', loggedAt: '2025-06-03T10:00:00Z' })];
    const letters = [{ id: 'L1', kind: 'internal-complaint' }, { id: 'L2', kind: 'internal-complaint' }];
    expect(sentRecordOf(log, letters, 'internal-complaint', 'c').earlier?.id).toBe('new');
  });
});
