import type { InventoryDiff } from './diff';
import type { PinRow } from './pinterest-api';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text defused for spreadsheets. */
export function csvField(value: unknown): string {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
