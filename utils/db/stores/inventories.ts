import { ReinstateError } from '../../errors';
import { DISK_FULL_MESSAGE } from '../../inventory/runner';
import type { BoardRow, PinRow } from '../../inventory/pinterest-api';
import type { BoardRecord, InventoryRecord, PinRecord } from '../schema';
import { boolean, isoTime, nonEmptyText, number, object, onlyValid, optionalText, text, together, validator, type Check, type StoreContext } from './base';

const validateState = validator(
  nonEmptyText('id'),
  text('username'),
  text('status'),
  object('counts'),
  (r) => validator(number('boards'), number('pins'), number('requests'))(r.counts),
  isoTime('startedAt'),
  isoTime('updatedAt'),
  boolean('boardsListed'),
  (r) => (Array.isArray(r.boards) ? null : 'boards is missing or not a list'),
  object('unorganized'),
  optionalText('message'),
);
const state: Check = (r) => {
  const problem = validateState(r.state);
  return problem ? `state: ${problem}` : null;
};

/** The popup's progress, the Locker's inventory view and the export read all of these. */
export const validateInventory = validator(nonEmptyText('id'), nonEmptyText('caseId'), object('state'), state);

export const validateBoard = validator(
  nonEmptyText('inventoryId'),
  nonEmptyText('id'),
  text('name'),
  text('url'),
  text('privacy'),
  number('pinCount'),
  number('sectionCount'),
  boolean('archived'),
);

/** A pin's text fields are the platform's; each is text or absent (the CSV and the view read them). */
export const validatePin = validator(
  nonEmptyText('inventoryId'),
  nonEmptyText('id'),
  ...(['title', 'description', 'link', 'imageOriginal', 'imageSmall', 'boardId', 'sectionId', 'createdAt', 'pinner', 'source'] as const).map(optionalText),
);

/** Inventory runs (with their cursors), and the boards and pins each run found. */
export class InventoriesStore {
  /**
   * Runs stopped by a full disk whose "stopped" could not be written either:
   * this context still reports them as stopped rather than "running".
   */
  private readonly stoppedUnsaved = new Map<string, InventoryRecord['state']>();

  constructor(private readonly ctx: StoreContext) {}

  async start(caseId: string, state: InventoryRecord['state']): Promise<InventoryRecord> {
    const record: InventoryRecord = { id: state.id, caseId, state };
    await this.ctx.write(['inventories'], (tx) => tx.objectStore('inventories').add(record).then(() => undefined));
    return record;
  }

  /**
   * One page of a run: its boards, its pins and the new cursors, in one
   * transaction. Rows are keyed by (run, id), so a page saved twice is one page.
   * A run the user cancelled stays cancelled. On a full disk the run is marked
   * stopped (with a message that says so) and `storage-full` is thrown.
   */
  async saveBatch(batch: { state: InventoryRecord['state']; boards: BoardRow[]; pins: PinRow[] }): Promise<InventoryRecord['state']['status']> {
    let status: InventoryRecord['state']['status'] = batch.state.status;
    try {
      await this.ctx.write(['inventories', 'boards', 'pins'], async (tx) => {
        const existing = await tx.objectStore('inventories').get(batch.state.id);
        if (!existing) throw new ReinstateError('not-found', `No inventory run ${batch.state.id}.`);
        if (existing.state.status === 'cancelled') {
          status = 'cancelled';
          return;
        }
        const id = batch.state.id;
        await together(
          () => tx.objectStore('inventories').put({ ...existing, state: batch.state }),
          ...batch.boards.map((b) => () => tx.objectStore('boards').put({ ...b, inventoryId: id })),
          ...batch.pins.map((p) => () => tx.objectStore('pins').put({ ...p, inventoryId: id })),
        );
      });
    } catch (error) {
      if ((error as ReinstateError)?.code === 'storage-full') await this.stopForFullDisk(batch.state);
      throw error;
    }
    this.stoppedUnsaved.delete(batch.state.id);
    return status;
  }

  private async stopForFullDisk(current: InventoryRecord['state']): Promise<void> {
    const stopped = { ...current, status: 'stopped' as const, message: DISK_FULL_MESSAGE };
    try {
      await this.ctx.write(['inventories'], async (tx) => {
        const existing = await tx.objectStore('inventories').get(current.id);
        // The last saved cursors stay: a resumed run starts from what is on disk.
        if (existing && existing.state.status === 'running') await tx.objectStore('inventories').put({ ...existing, state: { ...existing.state, status: 'stopped', message: DISK_FULL_MESSAGE } });
      });
      this.stoppedUnsaved.delete(current.id);
    } catch {
      this.stoppedUnsaved.set(current.id, stopped);
    }
  }

  private overlay(record: InventoryRecord): InventoryRecord {
    const stopped = this.stoppedUnsaved.get(record.id);
    return stopped && record.state.status === 'running' ? { ...record, state: { ...record.state, status: 'stopped', message: stopped.message } } : record;
  }

  async cancel(id: string): Promise<void> {
    await this.ctx.write(['inventories'], async (tx) => {
      const existing = await tx.objectStore('inventories').get(id);
      if (!existing) throw new ReinstateError('not-found', `No inventory run ${id}.`);
      if (existing.state.status === 'running') await tx.objectStore('inventories').put({ ...existing, state: { ...existing.state, status: 'cancelled', message: 'Cancelled by the user.' } });
    });
  }

  async get(id: string): Promise<InventoryRecord | undefined> {
    const value = await (await this.ctx.db()).get('inventories', id);
    return value && !validateInventory(value) ? this.overlay(value) : undefined;
  }

  /** Valid runs, newest first. */
  async list(caseId?: string): Promise<InventoryRecord[]> {
    const db = await this.ctx.db();
    const rows: unknown[] = caseId === undefined ? await db.getAll('inventories') : await db.getAllFromIndex('inventories', 'caseId', caseId);
    return onlyValid<InventoryRecord>(rows, validateInventory)
      .map((r) => this.overlay(r))
      .sort((a, b) => b.state.startedAt.localeCompare(a.state.startedAt));
  }

  async listBoards(inventoryId: string): Promise<BoardRecord[]> {
    const rows: unknown[] = await (await this.ctx.db()).getAllFromIndex('boards', 'inventoryId', inventoryId);
    return onlyValid<BoardRecord>(rows, validateBoard);
  }

  /** Valid pins of a run, a page at a time (a run can hold 50,000); `offset` counts stored rows. */
  async listPins(inventoryId: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<PinRecord[]> {
    // The whole run (the export, the CSV) in one request: far cheaper than 50,000 cursor steps.
    if (!offset && limit === Number.POSITIVE_INFINITY) {
      const rows: unknown[] = await (await this.ctx.db()).getAllFromIndex('pins', 'inventoryId', inventoryId);
      return onlyValid<PinRecord>(rows, validatePin);
    }
    const out: PinRecord[] = [];
    let cursor = await (await this.ctx.db()).transaction('pins').store.index('inventoryId').openCursor(inventoryId);
    if (cursor && offset) cursor = await cursor.advance(offset);
    while (cursor && out.length < limit) {
      if (!validatePin(cursor.value)) out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async countPins(inventoryId: string): Promise<number> {
    return (await this.ctx.db()).countFromIndex('pins', 'inventoryId', inventoryId);
  }
}
