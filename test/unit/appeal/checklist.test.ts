import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, checkNotice } from '@/utils/appeal/checklist';
import { CITATIONS } from '@/utils/appeal/citations';
import type { AppealContext, ChecklistId, NoticeInput } from '@/utils/appeal/types';

const eu: AppealContext = { platform: 'pinterest', region: 'eu', business: false, decisionDate: '2025-05-01' };
const GENERIC = 'Your account has been suspended for violating our community guidelines.';
const statusOf = (id: ChecklistId, text: string, context: AppealContext = eu, extra: Partial<NoticeInput> = {}) =>
  checkNotice({ text, kind: 'account_suspended', seenAt: '2025-05-01T10:00:00Z', ...extra }, context).find((r) => r.id === id)!;

describe('checkNotice: each item, present and missing', () => {
  it.each<[ChecklistId, string]>([
    ['N1', GENERIC],
    ['N2', `${GENERIC} The suspension applies worldwide.`],
    ['N3', 'Your account has been permanently suspended.'],
    ['N4', `${GENERIC} This concerns https://www.pinterest.com/pin/123456789/ (Pin ID 123456789).`],
    ['N5', `${GENERIC} We found that you posted the same link 300 times in one hour.`],
    ['N6', `${GENERIC} This followed a report from another user.`],
    ['N7', `${GENERIC} Our automated systems detected the content and a person reviewed it.`],
    ['N8', 'Your account has been suspended because the content is illegal under the law of Ireland.'],
    ['N9', `${GENERIC} Your Pins go against our adult content policy.`],
    ['N10', `${GENERIC} You can appeal this decision.`],
    ['N14', `${GENERIC} Submit an appeal within 6 months.`],
    ['N15', `${GENERIC} Enforcement ID: 5f2c9a1e-7b3d-4c1a-9e8f-2a6b4c8d0e11`],
    ['N16', `${GENERIC} We sent you a warning on 3 April.`],
  ])('%s present, with the notice’s own words', (id, text) => {
    const result = statusOf(id, text);
    expect(result.status).toBe('present');
    expect(result.evidence && text.toLowerCase().includes(result.evidence.toLowerCase().slice(0, 10))).toBe(true);
  });

  it.each<ChecklistId>(['N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N9', 'N10', 'N11', 'N14', 'N15', 'N16'])('%s missing from a generic notice', (id) => {
    expect(statusOf(id, GENERIC).status).toBe('missing');
  });

  it('N1 missing when the notice does not say what was done', () => {
    expect(statusOf('N1', 'We have taken action on your account.').status).toBe('missing');
  });

  it('N8 applies only where the notice claims illegality', () => {
    expect(statusOf('N8', GENERIC).status).toBe('not applicable');
    expect(statusOf('N8', 'Your account has been suspended because your content is illegal.').status).toBe('missing');
  });

  it('N11 is present only with the content, the facts and the clause', () => {
    const specific = `${GENERIC} We found that you posted https://www.pinterest.com/pin/123456789/ which goes against our spam policy.`;
    expect(statusOf('N11', specific).status).toBe('present');
    expect(statusOf('N11', GENERIC).status).toBe('missing');
  });

  it('N12 compares the decision date with the day the user was told', () => {
    expect(statusOf('N12', GENERIC, eu, { seenAt: '2025-05-01T18:00:00Z' }).status).toBe('present');
    expect(statusOf('N12', GENERIC, eu, { seenAt: '2025-05-20T18:00:00Z' }).status).toBe('missing');
    expect(statusOf('N12', GENERIC, { ...eu, decisionDate: undefined }).status).toBe('missing');
  });

  it('N13 applies to EU business users: present for an email, missing in-product', () => {
    expect(statusOf('N13', GENERIC).status).toBe('not applicable');
    expect(statusOf('N13', GENERIC, { ...eu, business: true }, { channel: 'email' }).status).toBe('present');
    expect(statusOf('N13', GENERIC, { ...eu, business: true }, { channel: 'in-product' }).status).toBe('missing');
  });

  it('reads notices in other languages', () => {
    expect(statusOf('N3', 'Dein Konto wurde dauerhaft gesperrt.').status).toBe('present');
    expect(statusOf('N10', 'Nous avons suspendu votre compte. Vous avez 180 jours pour faire appel.').status).toBe('present');
    expect(statusOf('N14', 'Nous avons suspendu votre compte. Vous avez 180 jours pour faire appel.').status).toBe('present');
  });

  it('covers N1 to N16, and every item cites rules that exist, per region', () => {
    expect(CHECKLIST_IDS).toEqual(Array.from({ length: 16 }, (_, i) => `N${i + 1}`));
    const ids = new Set(CITATIONS.map((c) => c.id));
    for (const region of ['eu', 'uk', 'us', 'in', 'br', 'other'] as const) {
      for (const business of [false, true]) {
        for (const item of checkNotice({ text: GENERIC, kind: 'account_suspended' }, { ...eu, region, business })) {
          for (const id of item.citations) expect(ids.has(id), `${region} ${item.id} ${id}`).toBe(true);
          if (region !== 'eu') expect(item.citations.some((id) => /^(dsa|p2b)/.test(id))).toBe(false);
        }
      }
    }
  });

  it('no citation marked uncertain in the research is used', () => {
    for (const c of CITATIONS) expect(['verbatim', 'summary']).toContain(c.certainty);
  });
});
