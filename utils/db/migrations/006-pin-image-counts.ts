import type { Migration } from './index';
import { PIN_IMAGE_COUNTS } from '../stores/pin-image-counts';

/**
 * Per-case pin-image counts, kept by the writes from now on. Counting an
 * older database's 50,000 pin images inside the upgrade would hold every
 * page that opens the database meanwhile, so the upgrade only notes that a
 * count is owed; `fillPinImageCounts` does it afterwards, paced and resumable.
 * A database without evidence (a new install) owes nothing.
 */
export const pinImageCounts: Migration = {
  version: 6,
  name: 'pin-image-counts',
  async up(db, tx) {
    db.createObjectStore('caseCounts', { keyPath: 'caseId' });
    db.createObjectStore('backfills', { keyPath: 'name' });
    const anyEvidence = (await tx.objectStore('evidence').openKeyCursor()) !== null;
    await tx.objectStore('backfills').put({ name: PIN_IMAGE_COUNTS, done: !anyEvidence });
  },
};
