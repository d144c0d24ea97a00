import type { Migration } from './index';

/** Drafted letters and the correspondence log of each case. */
export const lettersAndCorrespondence: Migration = {
  version: 3,
  name: 'letters-correspondence',
  up(db) {
    db.createObjectStore('letters', { keyPath: 'id' }).createIndex('caseId', 'caseId');
    const log = db.createObjectStore('correspondence', { keyPath: 'id' });
    log.createIndex('caseId', 'caseId');
    log.createIndex('at', 'at');
  },
};
