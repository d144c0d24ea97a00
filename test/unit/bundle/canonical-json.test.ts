import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonBySorting } from '@/utils/bundle/canonical-json';
import { exportToBytes, seededStore } from './helpers';
import { unzipSync } from 'fflate';

/** A small seeded generator, so a failure names a value that can be made again. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function value(next: () => number, depth = 0): unknown {
  const r = next();
  if (depth > 3 || r < 0.3) return [null, true, false, 0, -1.5, 1e21, NaN, Infinity, '', 'ä “q” \u2028 \ud800', undefined][Math.floor(next() * 11)];
  if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  const keys = ['b', 'a', 'B', 'é', 'a b', 'zz', 'kind', 'toString', 'constructor', 'caseId', ''];
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) out[keys[Math.floor(next() * keys.length)]!] = value(next, depth + 1);
  return out;
}

describe('canonical JSON', () => {
  it('gives the same text as the sorted copy for plain data (10,000 generated values)', () => {
    const next = random(18);
    for (let i = 0; i < 10_000; i++) {
      const v = value(next);
      expect(canonicalJson(v), JSON.stringify(v)).toBe(canonicalJsonBySorting(v));
    }
  });

  it('gives the same text where the fast way would differ: dates, buffers, integer keys, __proto__, class instances, null prototypes', () => {
    const odd = [
      { at: new Date('2025-05-01T00:00:00Z'), b: 1 },
      { bytes: new ArrayBuffer(4), byteLength: 3 },
      { 10: 'ten', 9: 'nine', a: 1 },
      JSON.parse('{"__proto__": {"x": 1}, "a": 2}'),
      new (class Thing { b = 1; a = 2; })(),
      Object.assign(Object.create(null), { b: 1, a: { d: 1, c: 2 } }),
      [new Uint8Array([1, 2]), { z: [{ y: 1, x: 2 }] }],
    ];
    for (const v of odd) expect(canonicalJson(v)).toBe(canonicalJsonBySorting(v));
  });

  it('writes the same bundle records as before, key by key sorted', async () => {
    const { store } = await seededStore();
    const files = unzipSync((await exportToBytes(store, { unsigned: true, unsignedReason: 'test' })).bytes);
    for (const name of ['case.json', 'evidence.json', 'notices.json', 'log.json', 'manifest.json']) {
      const text = new TextDecoder().decode(files[name]);
      expect(text).toBe(canonicalJsonBySorting(JSON.parse(text)));
    }
  });
});
