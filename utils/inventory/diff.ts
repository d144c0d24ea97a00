import type { BoardRow, PinRow } from './pinterest-api';

export interface InventoryDiff {
  boards: { missing: BoardRow[]; added: BoardRow[]; changed: { before: BoardRow; after: BoardRow; fields: string[] }[] };
  pins: { missing: PinRow[]; added: PinRow[]; changed: { before: PinRow; after: PinRow; fields: string[] }[] };
}

const BOARD_FIELDS: (keyof BoardRow)[] = ['name', 'privacy', 'pinCount', 'sectionCount', 'archived'];
const PIN_FIELDS: (keyof PinRow)[] = ['title', 'description', 'link', 'boardId', 'sectionId', 'imageOriginal'];

function compare<T extends { id: string }>(before: T[], after: T[], fields: (keyof T)[]) {
  const afterById = new Map(after.map((x) => [x.id, x]));
  const beforeIds = new Set(before.map((x) => x.id));
  const changed: { before: T; after: T; fields: string[] }[] = [];
  const missing: T[] = [];
  for (const b of before) {
    const a = afterById.get(b.id);
    if (!a) missing.push(b);
    else {
      const diff = fields.filter((f) => String(b[f] ?? '') !== String(a[f] ?? '')).map(String);
      if (diff.length) changed.push({ before: b, after: a, fields: diff });
    }
  }
  return { missing, added: after.filter((a) => !beforeIds.has(a.id)), changed };
}

/** What went missing, came back new, or changed between two inventories (before the ban, after reinstatement). */
export function diffInventories(before: { boards: BoardRow[]; pins: PinRow[] }, after: { boards: BoardRow[]; pins: PinRow[] }): InventoryDiff {
  return { boards: compare(before.boards, after.boards, BOARD_FIELDS), pins: compare(before.pins, after.pins, PIN_FIELDS) };
}
