import { IDBFactory } from 'fake-indexeddb';
import { Store } from '@/utils/db/store';

/**
 * The one store every bench uses: the real `Store` (with its migrations,
 * validators and indexes) over a fresh fake-indexeddb, so a bench follows the
 * code instead of a stand-in that rots.
 */
export function benchStore(clock?: () => Date): Store {
  globalThis.indexedDB = new IDBFactory();
  return new Store(undefined, clock);
}

export const benchProvenance = { browser: 'bench', extensionVersion: '0' };
