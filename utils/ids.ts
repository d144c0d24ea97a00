/** Random, sortable-enough ids: a time prefix keeps records of one kind roughly in capture order. */
export function newId(prefix: string, now: Date = new Date()): string {
  const rand = crypto.getRandomValues(new Uint8Array(6));
  let suffix = '';
  for (const b of rand) suffix += b.toString(36).padStart(2, '0');
  return `${prefix}_${now.getTime().toString(36)}_${suffix}`;
}
