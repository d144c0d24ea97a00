import { ReinstateError } from '../../errors';
import { newId } from '../../ids';
import type { CaseRecord } from '../schema';
import { CAPS, capText, logEntry, together, type Listed, type StoreContext } from './base';
import { validateCase } from './case-validator';

export { validateCase };

/** A new case with the defaults a first case has; the caller's facts win, the title is capped. */
function newCaseRecord(input: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> & { title: string }, now: Date): CaseRecord {
  return {
    id: newId('case', now),
    platform: 'pinterest',
    status: 'open',
    referenceIds: [],
    region: 'other',
    business: false,
    ...input,
    title: capText(input.title, CAPS.title),
    createdAt: now.toISOString(),
  };
}

/** Cases: the folder every other record belongs to. Each change leaves a log line. */
export class CasesStore {
  constructor(private readonly ctx: StoreContext) {}

  async add(input: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> & { title: string }): Promise<CaseRecord> {
    const now = this.ctx.clock();
    const record = newCaseRecord(input, now);
    await this.ctx.write(['cases', 'log'], async (tx) => {
      await together(
        () => tx.objectStore('cases').add(record),
        () => tx.objectStore('log').add(logEntry(now, 'case.created', `Case “${record.title}” created.`, record.id)),
      );
    });
    return record;
  }

  /**
   * The case that `settingKey` names, or a new one made and named there in the
   * same readwrite transaction. Pages open together (at install Firefox opens
   * the welcome tab while the popup and the background start), each with its
   * own Store; IndexedDB runs overlapping readwrite transactions one at a time,
   * so they all get the same first case instead of one each.
   */
  async currentOrCreate(settingKey: string, input: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> & { title: string }): Promise<CaseRecord> {
    const now = this.ctx.clock();
    let current: CaseRecord | undefined;
    await this.ctx.write(['cases', 'settings', 'log'], async (tx) => {
      const setting = (await tx.objectStore('settings').get(settingKey))?.value;
      const existing = typeof setting === 'string' ? await tx.objectStore('cases').get(setting) : undefined;
      if (existing && !validateCase(existing)) {
        current = existing;
        return;
      }
      // A damaged setting (not a case id) is no reason for a second "My case": the newest valid case carries on.
      if (setting !== undefined && typeof setting !== 'string') {
        const newest = ((await tx.objectStore('cases').getAll()) as unknown[])
          .filter((c): c is CaseRecord => !validateCase(c))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (newest) {
          current = newest;
          return;
        }
      }
      const record = newCaseRecord(input, now);
      await together(
        () => tx.objectStore('cases').add(record),
        () => tx.objectStore('settings').put({ key: settingKey, value: record.id }),
        () => tx.objectStore('log').add(logEntry(now, 'case.created', `Case “${record.title}” created.`, record.id)),
      );
      current = record;
    });
    return current!;
  }

  /**
   * Changes a case's facts (status, dates, region…). Every change leaves a
   * log line with the fields before and after; a status change gets its own
   * action so the timeline can show it.
   */
  async update(id: string, changes: Partial<Omit<CaseRecord, 'id' | 'createdAt'>>): Promise<CaseRecord> {
    let updated: CaseRecord | undefined;
    const now = this.ctx.clock();
    await this.ctx.write(['cases', 'log'], async (tx) => {
      const current = await tx.objectStore('cases').get(id);
      if (!current) throw new ReinstateError('not-found', `No case ${id}.`);
      updated = { ...current, ...changes, ...(typeof changes.title === 'string' ? { title: capText(changes.title, CAPS.title) } : {}), id: current.id, createdAt: current.createdAt };
      const before = current as unknown as Record<string, unknown>;
      const after = changes as Record<string, unknown>;
      const changed = Object.keys(changes).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      const entries = changed.map((key) =>
        logEntry(
          now,
          key === 'status' ? 'case.status' : 'case.updated',
          key === 'status' ? `Status: ${current.status} → ${changes.status}` : `${key} changed`,
          id,
          { field: key, before: JSON.stringify(before[key] ?? null), after: JSON.stringify(after[key] ?? null) },
        ),
      );
      await together(() => tx.objectStore('cases').put(updated!), ...entries.map((e) => () => tx.objectStore('log').add(e)));
    });
    return updated!;
  }

  /** Valid cases newest first, then the damaged ones (the Locker shows those as damaged). */
  async list(): Promise<Listed<CaseRecord>[]> {
    const rows: unknown[] = await (await this.ctx.db()).getAll('cases');
    const valid: Listed<CaseRecord>[] = [];
    const damaged: Listed<CaseRecord>[] = [];
    for (const value of rows) {
      const problem = validateCase(value);
      if (problem) damaged.push({ ok: false, id: String((value as { id?: unknown } | null)?.id ?? '?'), problem });
      else valid.push({ ok: true, record: value as CaseRecord });
    }
    valid.sort((a, b) => (a.ok && b.ok ? b.record.createdAt.localeCompare(a.record.createdAt) : 0));
    return [...valid, ...damaged];
  }

  /** A case, or undefined when there is none or it is damaged (pages only get valid records). */
  async get(id: string): Promise<CaseRecord | undefined> {
    const value = await (await this.ctx.db()).get('cases', id);
    return validateCase(value) ? undefined : value;
  }
}
