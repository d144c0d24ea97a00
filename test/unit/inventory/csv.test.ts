import { describe, expect, it } from 'vitest';
import { csvField, pinsToCsv } from '@/utils/inventory/csv';

/** What a spreadsheet would see as the cell's first character, after the blanks it skips. */
const firstVisible = (field: string) => field.replace(/^"/, '').replace(/^[\s\u00a0\u200b\u3000\ufeff]+/, '')[0];

describe('CSV cells cannot become formulas', () => {
  const hostile = [
    '=HYPERLINK("http://evil","x")', '+1+cmd|/C calc!A0', '-2+3', '@SUM(A1)', '%0A=1', '|calc', '\t=1', '\r=1', '\n=1',
    '  =1', '\u00a0=1', '\u3000=1', '\u200b=1', '\ufeff=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '％1', '｜calc',
  ];
  it.each(hostile)('%j is defused', (value) => {
    const field = csvField(value);
    expect(firstVisible(field)).toBe("'");
  });

  it.each(['a;=1+1', 'a\t=1+1', 'a,=1', 'a|=1', 'a\n=1'])('%j cannot be split into a new cell by any separator', (value) => {
    const field = csvField(value);
    expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
    expect(field.slice(1, -1).replace(/""/g, '')).not.toContain('"');
  });

  it('ordinary text stays as it is', () => {
    expect(csvField('Kitchen ideas')).toBe('Kitchen ideas');
    expect(csvField('Pâte à choux 2025')).toBe('Pâte à choux 2025');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('a whole pin row with a formula title stays one row of the right width', () => {
    const csv = pinsToCsv([{ id: 'p1', title: '=1+1;=2', description: 'x\ty', link: '', imageOriginal: '', imageSmall: '', boardId: 'b', sectionId: '', createdAt: '', pinner: '', source: '' }], new Map([['b', '＝board']]));
    const [, row] = csv.trim().split('\r\n');
    expect(row).toContain(`"'=1+1;=2"`);
    expect(row).toContain(`'＝board`);
  });
});
