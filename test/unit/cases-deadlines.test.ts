import { describe, expect, it } from 'vitest';
import { addPeriod, computeDeadlines } from '@/utils/cases/deadlines';
import citations from '@/utils/appeal/data/citations.json';

describe('deadline arithmetic', () => {
  it('clamps month ends and knows leap years', () => {
    expect(addPeriod('2025-08-31', { months: 6 }, 'Europe/Berlin').dueDate).toBe('2026-02-28');
    expect(addPeriod('2027-08-31', { months: 6 }, 'Europe/Berlin').dueDate).toBe('2028-02-29');
    expect(addPeriod('2024-01-31', { months: 1 }, 'UTC').dueDate).toBe('2024-02-29');
    expect(addPeriod('2025-01-31', { months: 1 }, 'UTC').dueDate).toBe('2025-02-28');
    expect(addPeriod('2025-03-31', { months: 1 }, 'UTC').dueDate).toBe('2025-04-30');
  });

  it('ends at the end of the local day across daylight-saving changes', () => {
    // Window opened in winter time, closes in summer time (CEST, UTC+2).
    const summer = addPeriod('2025-01-15', { months: 3 }, 'Europe/Berlin');
    expect(summer).toEqual({ dueDate: '2025-04-15', due: '2025-04-15T21:59:59.999Z' });
    // And the other way (CET, UTC+1).
    const winter = addPeriod('2025-08-15', { months: 3 }, 'Europe/Berlin');
    expect(winter).toEqual({ dueDate: '2025-11-15', due: '2025-11-15T22:59:59.999Z' });
  });

  it('places an instant in the user’s zone before counting', () => {
    // 23:30 UTC on 31 Jan is already 1 Feb in Tokyo.
    expect(addPeriod('2025-01-31T23:30:00Z', { months: 1 }, 'Asia/Tokyo').dueDate).toBe('2025-03-01');
    expect(addPeriod('2025-01-31T23:30:00Z', { months: 1 }, 'America/New_York').dueDate).toBe('2025-02-28');
    expect(addPeriod('2025-05-01T10:00:00Z', { hours: 24 }, 'Asia/Kolkata').due).toBe('2025-05-02T10:00:00.000Z');
  });

  it('property: over many dates, a month later is never earlier, never more than 31 days, and keeps the day when it exists', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata'];
    let checked = 0;
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000 * 3 + 3_600_000 * 7) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const zone of zones) {
        const { dueDate, due } = addPeriod(day, { months: 1 }, zone);
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const [dy, dm, dd] = dueDate.split('-').map(Number) as [number, number, number];
        expect((dy * 12 + dm) - (y * 12 + m)).toBe(1);
        const lastOfTarget = new Date(Date.UTC(dy, dm, 0)).getUTCDate();
        expect(dd).toBe(Math.min(d, lastOfTarget));
        expect(Date.parse(due)).toBeGreaterThan(Date.parse(`${day}T00:00:00Z`) - 14 * 3_600_000);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('refuses a date that is not one', () => {
    expect(() => addPeriod('not a date', { days: 1 }, 'UTC')).toThrow(RangeError);
  });
});

describe('computeDeadlines', () => {
  it('EU: internal complaint and ODS windows of six months, ODS decision 90/180 days, GDPR one (or three) months', () => {
    const list = computeDeadlines({ region: 'eu', business: false, decisionDate: '2025-05-01', notifiedAt: '2025-05-02', odsFiledAt: '2025-06-01', gdprRequestSentAt: '2025-05-10' }, 'Europe/Paris');
    expect(Object.fromEntries(list.map((d) => [d.id, d.dueDate]))).toEqual({
      'dsa-internal-complaint': '2025-11-02',
      'ods-eligibility': '2025-11-01',
      'ods-decision': '2025-08-30',
      'gdpr-reply': '2025-06-10',
    });
    expect(list.map((d) => d.id)).toEqual(['gdpr-reply', 'ods-decision', 'ods-eligibility', 'dsa-internal-complaint']);
    const complex = computeDeadlines({ region: 'eu', business: false, odsFiledAt: '2025-06-01', odsComplex: true, gdprRequestSentAt: '2025-05-10', gdprExtended: true }, 'UTC');
    expect(Object.fromEntries(complex.map((d) => [d.id, d.dueDate]))).toEqual({ 'ods-decision': '2025-11-28', 'gdpr-reply-extended': '2025-08-10' });
  });

  it('P2B notice period for business users, and India’s 24 h / 15 days / 30 days', () => {
    expect(computeDeadlines({ region: 'eu', business: true, terminationNoticeAt: '2025-05-01' }, 'UTC')[0]).toMatchObject({ id: 'p2b-termination-notice', dueDate: '2025-05-31' });
    const india = computeDeadlines({ region: 'in', business: false, inComplaintAt: '2025-05-01T06:00:00Z', inGrievanceDecisionAt: '2025-05-20' }, 'Asia/Kolkata');
    expect(india.map((d) => [d.id, d.dueDate])).toEqual([['in-acknowledge', '2025-05-02'], ['in-dispose', '2025-05-16'], ['in-appellate', '2025-06-19']]);
  });

  it('outside the EU no EU deadline appears', () => {
    expect(computeDeadlines({ region: 'us', business: true, decisionDate: '2025-05-01', odsFiledAt: '2025-05-02', gdprRequestSentAt: '2025-05-03' }, 'UTC')).toEqual([]);
  });

  it('every deadline names a source that resolves', () => {
    const ids = new Set(citations.citations.map((c) => c.id));
    const all = computeDeadlines({ region: 'eu', business: true, decisionDate: '2025-05-01', odsFiledAt: '2025-05-02', gdprRequestSentAt: '2025-05-03', terminationNoticeAt: '2025-05-01' }, 'UTC');
    const india = computeDeadlines({ region: 'in', business: false, inComplaintAt: '2025-05-01', inGrievanceDecisionAt: '2025-05-01' }, 'UTC');
    for (const d of [...all, ...india]) for (const s of d.sources) expect(s.startsWith('ods:') || ids.has(s), s).toBe(true);
  });
});

import { regionFromTimeZone } from '@/utils/cases/region';
describe('regionFromTimeZone', () => {
  it('guesses the region whose rules most likely apply', () => {
    expect(['Europe/Berlin', 'Europe/Dublin', 'Atlantic/Canary', 'Europe/Oslo'].map(regionFromTimeZone)).toEqual(['eu', 'eu', 'eu', 'eu']);
    expect(['Europe/London', 'Asia/Kolkata', 'America/Sao_Paulo', 'America/New_York', 'Asia/Tokyo', 'Europe/Zurich'].map(regionFromTimeZone)).toEqual(['uk', 'in', 'br', 'us', 'other', 'other']);
  });
});
