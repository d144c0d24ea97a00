import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, type LabelledNotice } from '@/utils/appeal/agreement';
import { CHECKLIST_IDS } from '@/utils/appeal/checklist';

const rows = readFileSync(join(__dirname, '../../fixtures/appeal/labelled-notices.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as LabelledNotice & { source: string; source_family: string });

describe('the labelled set', () => {
  it('has at least 40 real notices, each labelled for N1–N16 with a reason and a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const row of rows) {
      expect(row.source, row.id).toBeTruthy();
      expect(Object.keys(row.labels).sort()).toEqual([...CHECKLIST_IDS].sort());
      for (const label of Object.values(row.labels)) {
        expect(['present', 'missing', 'unclear', 'not applicable']).toContain(label.status);
        expect(label.reason.length).toBeGreaterThan(3);
      }
    }
  });
  it('keeps each source family on one side of the tune / held-out split', () => {
    const side = new Map<string, string>();
    for (const row of rows) {
      expect(side.get(row.source_family) ?? row.split, row.source_family).toBe(row.split);
      side.set(row.source_family, row.split);
    }
    expect(rows.filter((r) => r.split === 'heldout').length).toBeGreaterThanOrEqual(20);
  });
});

describe('agreement', () => {
  it('scores present and missing labels and lists disagreements', () => {
    const labels = Object.fromEntries(CHECKLIST_IDS.map((id) => [id, { status: 'unclear' as const, reason: 'not scored' }])) as LabelledNotice['labels'];
    const notice: LabelledNotice = {
      id: 't1',
      text: 'Your account has been suspended.',
      kind: 'account_suspended',
      split: 'tune',
      context: { region: 'eu', business: false },
      labels: { ...labels, N1: { status: 'present', reason: 'suspended' }, N2: { status: 'missing', reason: 'no scope' }, N3: { status: 'present', reason: 'wrong on purpose' } },
    };
    const a = agreement([notice]);
    expect(a.present).toEqual({ agreed: 1, total: 2 });
    expect(a.missing).toEqual({ agreed: 1, total: 1 });
    expect(a.disagreements).toEqual([{ id: 't1', item: 'N3', label: 'present', checker: 'missing', reason: 'wrong on purpose' }]);
  });
});
