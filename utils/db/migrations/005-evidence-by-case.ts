import type { Migration } from './index';

/**
 * A case's evidence newest-first without walking other cases' rows:
 * `[caseId, capturedAt]` for everything, `[caseId, kind, capturedAt]` so the
 * evidence grid can leave out 50,000 pin images without stepping over them
 * (and count them per case in one request).
 */
export const evidenceByCase: Migration = {
  version: 5,
  name: 'evidence-by-case',
  up(_db, tx) {
    const evidence = tx.objectStore('evidence');
    evidence.createIndex('caseId_capturedAt', ['caseId', 'capturedAt']);
    evidence.createIndex('caseId_kind_capturedAt', ['caseId', 'kind', 'capturedAt']);
  },
};
