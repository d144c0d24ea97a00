import type { Migration } from './index';

/** The first schema: cases, evidence (metadata and bytes apart), the audit log and settings. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('createdAt', 'createdAt');
    const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
    evidence.createIndex('caseId', 'caseId');
    evidence.createIndex('capturedAt', 'capturedAt');
    db.createObjectStore('evidenceBytes', { keyPath: 'id' });
    const log = db.createObjectStore('log', { keyPath: 'id' });
    log.createIndex('at', 'at');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
};
