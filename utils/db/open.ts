import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type ReinstateDB } from './schema';
import { DB_VERSION, MIGRATIONS } from './migrations';

/**
 * Opens (and if needed upgrades) the one Reinstate database. Upgrades run the
 * numbered migrations newer than the stored version, in order, in one
 * transaction: an interrupted upgrade leaves the old database untouched.
 */
export function openReinstateDb(
  name: string = DB_NAME,
  version: number = DB_VERSION,
): Promise<IDBPDatabase<ReinstateDB>> {
  return openDB<ReinstateDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (const step of MIGRATIONS) {
        if (step.version > oldVersion && step.version <= (newVersion ?? version)) await step.up(db, tx);
      }
    },
    blocking(_current, _next, event) {
      // A newer version (an extension update in another context) or a deletion
      // wants the database: let it go. `Store` forgets a connection on
      // `versionchange`, so its next call reopens instead of failing on a closed one.
      (event.target as IDBDatabase).close();
    },
  });
}
