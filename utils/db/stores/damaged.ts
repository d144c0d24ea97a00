import type { StoreName } from '../schema';
import { nonEmptyText, damagedIn, validator, type Damaged, type Db } from './base';
import { validateCase } from './cases';
import { validateCorrespondence } from './correspondence';
import { isBlob, validateEvidence } from './evidence';
import { validateBoard, validateInventory, validatePin } from './inventories';
import { validateLetter } from './letters';
import { validateLogEntry } from './log';
import { validateNotice } from './notices';
import { validateSetting } from './settings';
import { validateBackfill, validateCaseCounts } from './pin-image-counts';

const validateEvidenceBytes = validator(nonEmptyText('id'), (r) => (r.bytes instanceof ArrayBuffer || isBlob(r.bytes) ? null : 'the file is missing or not bytes'));

/** Every store with the validator its records must pass. */
export const VALIDATORS: Record<StoreName, (value: unknown) => string | null> = {
  cases: validateCase,
  evidence: validateEvidence,
  evidenceBytes: validateEvidenceBytes,
  notices: validateNotice,
  letters: validateLetter,
  correspondence: validateCorrespondence,
  inventories: validateInventory,
  boards: validateBoard,
  pins: validatePin,
  settings: validateSetting,
  log: validateLogEntry,
  caseCounts: validateCaseCounts,
  backfills: validateBackfill,
};

/**
 * Every damaged record of every store, with what is wrong. Nothing is
 * deleted or repaired here: the user (or a later version) decides.
 */
export async function listDamaged(db: Db): Promise<Damaged[]> {
  const out: Damaged[] = [];
  for (const store of Object.keys(VALIDATORS) as StoreName[]) {
    if (!db.objectStoreNames.contains(store)) continue;
    out.push(...await damagedIn(db, store, VALIDATORS[store]));
  }
  return out;
}
