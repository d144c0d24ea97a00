import type { Migration } from './index';

/** Inventory runs (with their cursors), and the boards and pins each run found. */
export const inventory: Migration = {
  version: 4,
  name: 'inventory',
  up(db) {
    const runs = db.createObjectStore('inventories', { keyPath: 'id' });
    runs.createIndex('caseId', 'caseId');
    db.createObjectStore('boards', { keyPath: ['inventoryId', 'id'] }).createIndex('inventoryId', 'inventoryId');
    db.createObjectStore('pins', { keyPath: ['inventoryId', 'id'] }).createIndex('inventoryId', 'inventoryId');
  },
};
