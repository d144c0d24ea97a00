import type { InventoryDiff } from './diff';
import type { PinRow } from './pinterest-api';

/**
 * Characters a spreadsheet may take as the start of a formula, in ASCII and
 * full width (Excel folds ＝ to =), after any leading blanks it ignores.
 */
const FORMULA_START = /^[\s\u00a0\u200b-\u200d\u2060\u3000\ufeff]*[=+\-@%|\uff1d\uff0b\uff0d\uff20\uff05\uff5c]/;
/** Separators some spreadsheets split on (by locale or guess), besides the comma. */
const NEEDS_QUOTES = /[",;\t\r\n|]/;

/**
 * RFC 4180 field: quoted when it holds a comma, semicolon, tab, bar, quote or
 * line break (so no locale's separator can split it into a new cell), and
 * formula-like text defused with a leading apostrophe (OWASP's advice).
 */
export function csvField(value: unknown): string {
  let text = String(value ?? '');
  if (FORMULA_START.test(text) || /^[\t\r\n]/.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const PIN_COLUMNS: (keyof PinRow)[] = ['id', 'title', 'description', 'link', 'imageOriginal', 'imageSmall', 'boardId', 'sectionId', 'createdAt', 'pinner', 'source'];

export function pinsToCsv(pins: PinRow[], boardNames: Map<string, string> = new Map()): string {
  const header = [...PIN_COLUMNS, 'boardName'].join(',');
  const rows = pins.map((p) => [...PIN_COLUMNS.map((c) => csvField(p[c])), csvField(boardNames.get(p.boardId) ?? '')].join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export function diffToCsv(diff: InventoryDiff): string {
  const rows = [
    'change,type,id,name_or_title,fields',
    ...diff.boards.missing.map((b) => ['missing', 'board', b.id, b.name, ''].map(csvField).join(',')),
    ...diff.boards.added.map((b) => ['added', 'board', b.id, b.name, ''].map(csvField).join(',')),
    ...diff.boards.changed.map((c) => ['changed', 'board', c.after.id, c.after.name, c.fields.join(' ')].map(csvField).join(',')),
    ...diff.pins.missing.map((p) => ['missing', 'pin', p.id, p.title, ''].map(csvField).join(',')),
    ...diff.pins.added.map((p) => ['added', 'pin', p.id, p.title, ''].map(csvField).join(',')),
    ...diff.pins.changed.map((c) => ['changed', 'pin', c.after.id, c.after.title, c.fields.join(' ')].map(csvField).join(',')),
  ];
  return `${rows.join('\r\n')}\r\n`;
}
