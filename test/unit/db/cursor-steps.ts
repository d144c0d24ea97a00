/**
 * Counts what reading IndexedDB costs in a test: cursor steps (continue,
 * advance, continuePrimaryKey) and counts (store and index). Installed when
 * first imported, before idb first runs, because idb recognises the cursor
 * methods by identity; plain wrappers, not vi.spyOn (the config restores spies before each test).
 */
const tally = { steps: 0, counts: 0 };
for (const name of ['continue', 'advance', 'continuePrimaryKey'] as const) {
  const real = IDBCursor.prototype[name] as (...a: unknown[]) => void;
  (IDBCursor.prototype as unknown as Record<string, unknown>)[name] = function (this: IDBCursor, ...args: unknown[]) {
    tally.steps++;
    return real.apply(this, args);
  };
}
for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype]) {
  const real = proto.count as (...a: unknown[]) => IDBRequest<number>;
  (proto as unknown as Record<string, unknown>).count = function (this: unknown, ...args: unknown[]) {
    tally.counts++;
    return real.apply(this, args);
  };
}

/** Starts counting from zero; read `.steps` and `.counts` after the reads. */
export function countReads(): { readonly steps: number; readonly counts: number } {
  tally.steps = 0;
  tally.counts = 0;
  return tally;
}
