import type { CaseRecord, CaseStatus, Channel, CorrespondenceRecord } from '../db/schema';
import { ReinstateError } from '../errors';

export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'appealed', 'awaiting-reply', 'escalated', 'reinstated', 'rejected', 'closed'];
export const CHANNELS: readonly Channel[] = ['in-product', 'email', 'web-form', 'letter', 'other'];
const MAX_TEXT = 1_000_000;

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Checks case changes before anything is stored: a bad field refuses the whole change. */
export function validateCaseChanges(changes: Partial<Omit<CaseRecord, 'id' | 'createdAt'>>, now = new Date()): Partial<Omit<CaseRecord, 'id' | 'createdAt'>> {
  if (changes.status !== undefined && !CASE_STATUSES.includes(changes.status)) {
    throw new ReinstateError('bad-request', `Unknown status “${String(changes.status)}”. Choose one of: ${CASE_STATUSES.join(', ')}.`);
  }
  if (changes.decisionDate) {
    if (!isDate(changes.decisionDate)) throw new ReinstateError('bad-request', 'The decision date is not a date (use YYYY-MM-DD).');
    if (Date.parse(changes.decisionDate) > now.getTime() + 86_400_000) throw new ReinstateError('bad-request', 'The decision date is in the future.');
  }
  if (changes.title !== undefined && !changes.title.trim()) throw new ReinstateError('bad-request', 'A case needs a title.');
  return changes;
}

export function validateCorrespondence<T extends Omit<CorrespondenceRecord, 'id' | 'loggedAt'>>(entry: T, now = new Date()): T {
  if (!isDate(entry.at)) throw new ReinstateError('bad-request', 'The date of the message is not a date.');
  if (Date.parse(entry.at) > now.getTime() + 86_400_000) throw new ReinstateError('bad-request', 'The date of the message is in the future.');
  if (!CHANNELS.includes(entry.channel)) throw new ReinstateError('bad-request', `Unknown channel “${String(entry.channel)}”.`);
  if (entry.direction !== 'sent' && entry.direction !== 'received') throw new ReinstateError('bad-request', 'Say whether the message was sent or received.');
  if ((entry.text?.length ?? 0) > MAX_TEXT) {
    throw new ReinstateError('bad-request', 'The pasted text is longer than 1,000,000 characters. Attach it as a file instead; nothing was saved.');
  }
  if (!entry.summary.trim()) throw new ReinstateError('bad-request', 'Give the message a short summary.');
  return entry;
}
