import { newId } from '../../ids';
import type { CorrespondenceRecord } from '../schema';
import { isoTime, nonEmptyText, onlyValid, optionalText, text, textList, validator, type StoreContext } from './base';

export const validateCorrespondence = validator(
  nonEmptyText('id'),
  nonEmptyText('caseId'),
  isoTime('at'),
  isoTime('loggedAt'),
  text('channel'),
  text('direction'),
  text('summary'),
  textList('attachmentIds'),
  optionalText('referenceId'),
  optionalText('text'),
  optionalText('letterId'),
);

/** Messages to and from the platform, as the user logged them. */
export class CorrespondenceStore {
  constructor(private readonly ctx: StoreContext) {}

  async add(input: Omit<CorrespondenceRecord, 'id' | 'loggedAt'>): Promise<CorrespondenceRecord> {
    const now = this.ctx.clock();
    const record: CorrespondenceRecord = { ...input, id: newId('msg', now), loggedAt: now.toISOString() };
    await this.ctx.write(['correspondence'], (tx) => tx.objectStore('correspondence').add(record).then(() => undefined));
    return record;
  }

  /** A case's valid messages, oldest first (a conversation reads top-down). */
  async list(caseId: string): Promise<CorrespondenceRecord[]> {
    const rows: unknown[] = await (await this.ctx.db()).getAllFromIndex('correspondence', 'caseId', caseId);
    return onlyValid<CorrespondenceRecord>(rows, validateCorrespondence).sort((a, b) => a.at.localeCompare(b.at));
  }
}
