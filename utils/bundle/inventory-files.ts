import type { BoardRecord, InventoryRecord, PinRecord } from '../db/schema';
import { pinsToCsv } from '../inventory/csv';
import { canonicalAt, HashedText, JsonArrayWriter, type MadeFile } from './json-array-file';

/** Pins turned into text this many at a time: the text of 50,000 pins is never one string. */
const PINS_PER_PIECE = 500;

/**
 * An inventory run's two files: its JSON (`canonicalJson({ run, boards, pins })`,
 * the same bytes) and its CSV for people (`pinsToCsv`, the same bytes), each
 * made in hashed chunks a few hundred pins at a time (`hashing: false`: the
 * caller hashes the chunks).
 */
export function inventoryFiles(run: InventoryRecord, boards: BoardRecord[], pins: PinRecord[], hashing = true): { json: MadeFile; csv: MadeFile } {
  const json = new HashedText(undefined, hashing);
  // The keys in canonical (sorted) order: boards, pins, run.
  json.append(`{\n  "boards": ${canonicalAt(boards, 1)},\n  "pins": `);
  const array = new JsonArrayWriter(json, 1);
  for (const pin of pins) array.push(pin);
  array.close();
  json.append(`,\n  "run": ${canonicalAt(run, 1)}\n}\n`);

  const csv = new HashedText(undefined, hashing);
  const names = new Map(boards.map((b) => [b.id, b.name]));
  for (let from = 0; from < pins.length || from === 0; from += PINS_PER_PIECE) {
    const piece = pinsToCsv(pins.slice(from, from + PINS_PER_PIECE), names);
    // Every piece but the first without the header line it starts with (the header has no quoted line break).
    csv.append(from ? piece.slice(piece.indexOf('\r\n') + 2) : piece);
  }
  return { json: json.finish(), csv: csv.finish() };
}
