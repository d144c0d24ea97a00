import type { Migration } from './index';

/** Notices seen on a platform, one per account, kind and wording (unique `dedupeKey`). */
export const notices: Migration = {
  version: 2,
  name: 'notices',
  up(db) {
    const store = db.createObjectStore('notices', { keyPath: 'id' });
    store.createIndex('dedupeKey', 'dedupeKey', { unique: true });
    store.createIndex('caseId', 'caseId');
    store.createIndex('seenAt', 'seenAt');
  },
};
