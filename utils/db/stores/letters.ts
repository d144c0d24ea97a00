import { newId } from '../../ids';
import type { LetterRecord } from '../schema';
import { isoTime, nonEmptyText, onlyValid, optionalText, text, validator, type StoreContext } from './base';

export const validateLetter = validator(
  nonEmptyText('id'),
  nonEmptyText('caseId'),
  isoTime('createdAt'),
  text('kind'),
  text('language'),
  text('tone'),
  text('subject'),
  text('body'),
  optionalText('noticeId'),
);

/** Drafted letters; a new version is a new record. */
export class LettersStore {
  constructor(private readonly ctx: StoreContext) {}

  async add(input: Omit<LetterRecord, 'id' | 'createdAt'>): Promise<LetterRecord> {
    const now = this.ctx.clock();
    const record: LetterRecord = { ...input, id: newId('letter', now), createdAt: now.toISOString() };
    await this.ctx.write(['letters'], (tx) => tx.objectStore('letters').add(record).then(() => undefined));
    return record;
  }

  /** A case's valid letters, newest first. */
  async list(caseId: string): Promise<LetterRecord[]> {
    const rows: unknown[] = await (await this.ctx.db()).getAllFromIndex('letters', 'caseId', caseId);
    return onlyValid<LetterRecord>(rows, validateLetter).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
