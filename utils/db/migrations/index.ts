import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ReinstateDB, StoreName } from '../schema';
import { initial } from './001-initial';
import { notices } from './002-notices';
import { lettersAndCorrespondence } from './003-letters-correspondence';
import { inventory } from './004-inventory';
import { evidenceByCase } from './005-evidence-by-case';
import { pinImageCounts } from './006-pin-image-counts';

/**
 * One numbered step per schema version. A step runs once, inside the upgrade
 * transaction, when a database older than its version is opened; steps never
 * change after release (add a new one instead), and each has a before/after test.
 */
export interface Migration {
  version: number;
  name: string;
  up(
    db: IDBPDatabase<ReinstateDB>,
    tx: IDBPTransaction<ReinstateDB, StoreName[], 'versionchange'>,
  ): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [initial, notices, lettersAndCorrespondence, inventory, evidenceByCase, pinImageCounts];

export const DB_VERSION = MIGRATIONS.length;
