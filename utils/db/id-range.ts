/**
 * The key range from the smallest to the largest of `ids`: a batch of evidence
 * or pins in capture order usually fills most of it, so one range request can
 * stand in for a request per id.
 */
export function idRange(ids: readonly string[]): IDBKeyRange {
  let low = ids[0]!;
  let high = ids[0]!;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  return IDBKeyRange.bound(low, high);
}
