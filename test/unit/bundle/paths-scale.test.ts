import { describe, expect, it } from 'vitest';
import { toBase64 } from '@/utils/base64';
import { BundlePaths } from '@/utils/bundle/paths';

/** The names counted from 1 each time, as the exporter gave them before it remembered its counters. */
function naiveNames(requests: [string, string[], string][]): string[] {
  const used = new Set<string>();
  return requests.map(([folder, parts, ext]) => {
    for (let n = 1; ; n++) {
      const path = `${folder}/${parts.join('-')}${n === 1 ? '' : `-${n}`}.${ext}`;
      if (!used.has(path.toLowerCase())) return (used.add(path.toLowerCase()), path);
    }
  });
}

describe('bundle names at scale', () => {
  it('gives the same unique names as counting from 1, including names that look like counted ones', () => {
    const requests: [string, string[], string][] = [];
    for (let i = 0; i < 600; i++) requests.push(['evidence', ['20250501T000000Z', 'thumbnail', i % 7 === 0 ? 'pinimg-com-2' : 'pinimg-com'], 'png']);
    requests.push(['evidence', ['20250501T000000Z', 'thumbnail', 'PINIMG-com'], 'png'], ['notices', ['20250501T000000Z', 'x'], 'txt']);
    const paths = new BundlePaths();
    const names = requests.map(([folder, parts, ext]) => paths.name(folder, parts, ext));
    const expected = naiveNames(requests.map(([f, p, e]) => [f, p.map((x) => (/^\d{8}T\d{6}Z$/.test(x) ? x : x.toLowerCase())), e]));
    const first = names.findIndex((n, i) => n !== expected[i]);
    expect([first, names[first], expected[first]]).toEqual([-1, undefined, undefined]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('base64 in pieces', () => {
  it('is the same as one btoa over the whole, at every length around a piece boundary', () => {
    for (const length of [0, 1, 2, 3, 0x6000 - 1, 0x6000, 0x6000 + 1, 0x6000 * 2 + 2, 100_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 97 + 13) % 256);
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      expect(toBase64(bytes)).toBe(btoa(binary));
    }
  });
});
