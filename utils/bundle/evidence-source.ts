import type { Store } from '../db/store';
import { PIN_IMAGE_KIND, type EvidenceRecord } from '../db/schema';
import type { RecordWithBytes } from '../db/stores/evidence';

/** What the export keeps of a record between listing and writing: enough to order and batch it. */
export interface Outline {
  id: string;
  capturedAt: string;
  size: number;
}

/** Where the export's evidence comes from: the records' outlines first, then records with their bytes a batch at a time. */
export interface EvidenceSource {
  /** The valid evidence of `caseIds`, oldest first (ties by id); every damaged record becomes a problem, named. */
  outline(caseIds: ReadonlySet<string>, problems: string[]): Promise<Outline[]>;
  /** Each record of the batch with its bytes, in order; an error in place of one that cannot be read. */
  read(batch: readonly Outline[]): Promise<(RecordWithBytes | Error)[]>;
  /** Each record of the batch without its bytes, in order (Workers read the bytes themselves); absent on a stand-in store. */
  records?(batch: readonly Outline[]): Promise<(EvidenceRecord | Error)[]>;
}

const oldestFirst = (a: Outline, b: Outline) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id);
const damaged = (problem: string) => `A damaged evidence record was left out: ${problem}.`;

/**
 * The store's paged scan and batched reads, where it has them: only the
 * outlines (id, time, size) of 50,000 records are held, not the records
 * (about 4× the memory, held until `evidence.json` was made). A stand-in
 * store with only `listEvidence` and `getEvidenceBytes` still exports, holding
 * its records as before.
 */
export function evidenceSource(store: Store): EvidenceSource {
  if (typeof store.scanEvidence === 'function' && typeof store.getEvidenceWithBytesMany === 'function') {
    return {
      async outline(caseIds, problems) {
        const out: Outline[] = [];
        await store.scanEvidence((item) => {
          if (!item.ok) problems.push(damaged(item.problem));
          else if (caseIds.has(item.record.caseId)) out.push({ id: item.record.id, capturedAt: item.record.capturedAt, size: item.record.size });
        });
        return out.sort(oldestFirst);
      },
      read: (batch) => store.getEvidenceWithBytesMany(batch.map((o) => o.id)),
      ...(typeof store.getEvidenceMany === 'function' ? { records: (batch: readonly Outline[]) => store.getEvidenceMany(batch.map((o) => o.id)) } : {}),
    };
  }
  const held = new Map<string, EvidenceRecord>();
  return {
    async outline(caseIds, problems) {
      for (const item of await store.listEvidence()) {
        if (!item.ok) problems.push(damaged(item.problem));
        else if (caseIds.has(item.record.caseId)) held.set(item.record.id, item.record);
      }
      return [...held.values()].sort(oldestFirst);
    },
    async read(batch) {
      const ids = batch.map((o) => o.id);
      const bytes = typeof store.getEvidenceBytesMany === 'function' ? await store.getEvidenceBytesMany(ids) : await Promise.all(ids.map((id) => store.getEvidenceBytes(id).catch((error: Error) => error)));
      return bytes.map((b, i) => {
        const record = held.get(ids[i]!)!;
        held.delete(ids[i]!);
        return b instanceof Error ? b : { record, bytes: b };
      });
    },
  };
}

type Listed = Omit<EvidenceRecord, 'thumb'> & { path: string; thumbPath?: string };

/**
 * What `report.html` needs of each exported record: all of a capture (its
 * line in the story), of a pin image only its case, kind, time and zone (they
 * are counted in one line). Those few strings are shared between the 50,000
 * pin images instead of a copy each, as IndexedDB hands them back.
 */
export function keepForReport(): (listed: Listed) => Listed {
  const shared = new Map<string, string>();
  const one = (s: string) => {
    const known = shared.get(s);
    if (known !== undefined) return known;
    shared.set(s, s);
    return s;
  };
  return (listed) =>
    listed.kind === PIN_IMAGE_KIND
      ? ({ caseId: one(listed.caseId), kind: PIN_IMAGE_KIND, capturedAt: listed.capturedAt, timeZone: one(listed.timeZone) } as Listed)
      : listed;
}
