import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/bundle/canonical-json';
import { crc32 } from '@/utils/bundle/crc32.js';
import { inventoryFiles } from '@/utils/bundle/inventory-files';
import { HashedText, JsonArrayFile, JsonArrayWriter } from '@/utils/bundle/json-array-file';
import type { BoardRecord, InventoryRecord, PinRecord } from '@/utils/db/schema';
import { pinsToCsv } from '@/utils/inventory/csv';

function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

/** Plain data of every shape a record can take: nested objects and arrays, odd strings, numbers JSON rewrites, undefined fields. */
function value(next: () => number, depth = 0): unknown {
  const r = next();
  if (depth > 3 || r < 0.3) return [null, true, 0, -1.5, 1e21, NaN, '', 'ä “q” \n\u2028 \ud800', 'line\r\nbreak', undefined][Math.floor(next() * 10)];
  if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  const keys = ['b', 'a', 'B', 'é', 'a b', 'zz', 'kind', 'caseId', ''];
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) out[keys[Math.floor(next() * keys.length)]!] = value(next, depth + 1);
  return out;
}

const bytesOf = (made: { chunks: Uint8Array[] }) => Buffer.concat(made.chunks);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('files made in hashed chunks (evidence.json, inventories)', () => {
  it('an array written item by item is byte for byte canonicalJson of the whole array (2,000 generated arrays), with its true size, CRC-32 and SHA-256', () => {
    const next = random(1818);
    for (let n = 0; n < 2000; n++) {
      const items = Array.from({ length: Math.floor(next() * 6) }, () => value(next));
      const file = new JsonArrayFile();
      for (const item of items) file.push(item);
      const made = file.finish();
      const expected = Buffer.from(canonicalJson(items));
      expect(bytesOf(made).toString(), JSON.stringify(items)).toBe(expected.toString());
      expect(made.size).toBe(expected.length);
      expect(made.crc).toBe(crc32(expected));
      expect(made.sha256).toBe(sha(expected));
    }
  });

  it('cuts a long file into chunks of about the size asked, hashing across the cuts', () => {
    const text = new HashedText(1000);
    const array = new JsonArrayWriter(text);
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `ev_${i}`, title: `Pin ${i} “ä”`, size: i * 7 }));
    for (const item of items) array.push(item);
    array.close();
    text.append('\n');
    const made = text.finish();
    const expected = Buffer.from(canonicalJson(items));
    expect(made.chunks.length).toBeGreaterThan(100);
    expect(Math.max(...made.chunks.map((c) => c.length))).toBeLessThan(3 * 1000 + 200);
    expect(bytesOf(made).equals(expected)).toBe(true);
    expect(made.sha256).toBe(sha(expected));
    expect(made.crc).toBe(crc32(expected));
    expect(() => text.append('more')).toThrow(/finished/);
  });

  it('an inventory run gives the same JSON and CSV bytes as made whole, with no pins, one pin and thousands', () => {
    const run = { id: 'inv_1', caseId: 'case_1', state: { id: 'inv_1', username: 'maya', status: 'done', startedAt: '2025-05-01T00:00:00.000Z' } } as unknown as InventoryRecord;
    const boards = [{ id: 'b2', name: '=Board, "two"', inventoryId: 'inv_1' }, { id: 'b1', name: 'Board\r\none', inventoryId: 'inv_1' }] as unknown as BoardRecord[];
    const pin = (n: number) => ({ id: String(1e15 + n), title: n % 7 ? `Pin ${n}` : `+Pin, "${n}"\r\nnext`, description: n % 3 ? '' : 'ä', link: '', imageOriginal: `https://i.pinimg.com/o/${n}.jpg`, imageSmall: '', boardId: n % 2 ? 'b1' : 'b2', sectionId: '', createdAt: '', pinner: 'maya', source: 'bench', inventoryId: 'inv_1' }) as unknown as PinRecord;
    for (const count of [0, 1, 499, 500, 501, 2345]) {
      const pins = Array.from({ length: count }, (_, n) => pin(n));
      const made = inventoryFiles(run, boards, pins);
      expect(bytesOf(made.json).toString()).toBe(canonicalJson({ run, boards, pins }));
      expect(bytesOf(made.csv).toString()).toBe(pinsToCsv(pins, new Map(boards.map((b) => [b.id, b.name]))));
      expect(made.json.sha256).toBe(sha(bytesOf(made.json)));
      expect(made.csv.crc).toBe(crc32(bytesOf(made.csv)));
    }
  });
});
