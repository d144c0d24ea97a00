/**
 * JSON with a stable key order (keys sorted, two-space indent, a final
 * newline), so the same records always give the same bytes. Two ways to the
 * same text: `canonicalJsonBySorting` copies every object with its keys
 * sorted, then stringifies; `canonicalJson` hands JSON.stringify the sorted
 * list of every key in the value, which orders each object's properties by
 * that list without a copy (the list is a filter too, but it holds every key
 * there is). For 50,000 pins that is several times faster. It is taken only
 * for plain data, where the two agree; anything else goes the copying way.
 */
export function canonicalJson(value: unknown): string {
  const keys = allKeysOfPlainData(value);
  return keys ? `${JSON.stringify(value, keys, 2)}\n` : canonicalJsonBySorting(value);
}

/** The copying way: every object rebuilt with its own enumerable keys sorted. */
export function canonicalJsonBySorting(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' && !(v instanceof ArrayBuffer) ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/**
 * Every key of every object in `value`, sorted; undefined when `value` holds
 * anything but arrays, plain objects and primitives (a Date or an
 * ArrayBuffer would be stringified differently by the two ways), a key the
 * list would read from the prototype (`__proto__`), or an integer-like key.
 */
const INTEGER_LIKE = /^\d+$/;

function allKeysOfPlainData(value: unknown): string[] | undefined {
  const keys = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return undefined;
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      // Integer-like keys come first in numeric order in any object, which the sorted copy keeps and the list would not.
      if (key === '__proto__' || INTEGER_LIKE.test(key)) return undefined;
      keys.add(key);
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return [...keys].sort();
}
