/**
 * Whether a value from outside (a bundle's JSON record) is plain data of a
 * sane shape: no key that names an object's prototype machinery, not nested
 * deeper than any record of ours, not huge. Checked iteratively, because the
 * point is to refuse a value whose depth would overflow the stack of a
 * recursive reader (IndexedDB's structured clone throws "Maximum call stack
 * size exceeded" and takes the whole import's transaction with it).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PlainDataLimits {
  maxDepth: number;
  maxNodes: number;
}

/** Our deepest record (an inventory state with boards and sections) is 5 levels deep. */
export const RECORD_LIMITS: PlainDataLimits = { maxDepth: 12, maxNodes: 200_000 };

export function plainDataProblem(value: unknown, limits: PlainDataLimits = RECORD_LIMITS): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) return `it holds more than ${limits.maxNodes.toLocaleString('en')} values`;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limits.maxDepth) return `it is nested more than ${limits.maxDepth} levels deep`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `it carries a "${key}" key`;
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}
