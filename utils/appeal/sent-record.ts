import type { CorrespondenceRecord, LetterRecord } from '../db/schema';

export interface SentRecord {
  /** This very letter was recorded as sent: pressing "I sent it" again must add nothing. */
  same?: CorrespondenceRecord;
  /** An earlier letter of the same kind was recorded as sent, and the letter has changed since (e.g. a later reply-by date). */
  earlier?: CorrespondenceRecord;
}

/**
 * What the editor tells the user about sending the letter now on screen. A
 * letter's text changes from one day to the next (the date by which a reply is
 * asked for moves with the day), so matching the text alone would forget the
 * next day that the user had already sent a letter of this kind.
 */
export function sentRecordOf(log: CorrespondenceRecord[], letters: Pick<LetterRecord, 'id' | 'kind'>[], kind: string, text: string): SentRecord {
  const sent = log.filter((c) => c.direction === 'sent');
  const same = sent.find((c) => c.text === text);
  if (same) return { same };
  const kindOf = new Map(letters.map((l) => [l.id, l.kind]));
  const earlier = sent
    .filter((c) => c.letterId && kindOf.get(c.letterId) === kind)
    .sort((a, b) => (a.loggedAt ?? a.at).localeCompare(b.loggedAt ?? b.at))
    .at(-1);
  return earlier ? { earlier } : {};
}
