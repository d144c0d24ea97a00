import type { LogRecord } from '../schema';
import { isoTime, logEntry, nonEmptyText, optionalBoolean, optionalIsoTime, optionalObject, optionalText, text, validator, onlyValid, type StoreContext } from './base';
import type { LogAction } from '../schema';

/** The timeline and the export read `at`, `action`, `summary`; an imported entry says so and when. */
export const validateLogEntry = validator(
  nonEmptyText('id'),
  isoTime('at'),
  text('action'),
  text('summary'),
  optionalText('caseId'),
  optionalObject('subject'),
  optionalBoolean('imported'),
  optionalIsoTime('importedAt'),
);

/** The audit log: append-only, never edited, never deleted. */
export class LogStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Valid entries, newest first. */
  async list(): Promise<LogRecord[]> {
    const rows: unknown[] = await (await this.ctx.db()).getAll('log');
    return onlyValid<LogRecord>(rows, validateLogEntry).sort((a, b) => b.at.localeCompare(a.at));
  }

  async add(action: LogAction, summary: string, caseId?: string, subject?: LogRecord['subject']): Promise<LogRecord> {
    const entry = logEntry(this.ctx.clock(), action, summary, caseId, subject);
    await this.ctx.write(['log'], (tx) => tx.objectStore('log').add(entry).then(() => undefined));
    return entry;
  }
}
