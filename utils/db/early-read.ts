import { DB_NAME, DEFAULT_CASE_SETTING } from './schema';
import { validateCase } from './stores/case-validator';

/** What a page shows first of the current case. */
export interface CaseHeading {
  id: string;
  title: string;
}

/**
 * The current case's id and title, read with the bare IndexedDB API by a
 * page's entry module before the rest of its scripts load (the popup): the
 * database opens and answers while they are fetched and compiled, instead
 * of after. It never creates or upgrades the database (an upgrade is the
 * Store's, run in order by the migrations): a database that is missing,
 * being upgraded or blocked, a damaged setting or case, all give undefined,
 * and the page then reads through the Store as before.
 */
export function readCaseHeading(name: string = DB_NAME): Promise<CaseHeading | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: the database as it is, whatever its version.
      request = indexedDB.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // Only a missing database asks for an upgrade here: leave it missing for the Store to create.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Another context wants a newer version: let it have the database.
      db.onversionchange = () => db.close();
      const done = (heading: CaseHeading | undefined) => {
        db.close();
        resolve(heading);
      };
      try {
        if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('cases')) return done(undefined);
        const tx = db.transaction(['settings', 'cases']);
        tx.onabort = () => done(undefined);
        const setting = tx.objectStore('settings').get(DEFAULT_CASE_SETTING);
        setting.onsuccess = () => {
          const id = (setting.result as { value?: unknown } | undefined)?.value;
          if (typeof id !== 'string' || !id) return done(undefined);
          const found = tx.objectStore('cases').get(id);
          found.onsuccess = () => {
            const record = found.result as { id: string; title: string } | undefined;
            done(record && !validateCase(record) ? { id: record.id, title: record.title } : undefined);
          };
        };
      } catch {
        done(undefined);
      }
    };
  });
}
