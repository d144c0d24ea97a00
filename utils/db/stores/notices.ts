import type { EvidenceRecord, NoticeRecord } from '../schema';
import { CAPS, capText, isoTime, nonEmptyText, number, onlyValid, optionalText, text, textList, together, validator, type StoreContext } from './base';
import { buildEvidence, bytesRow, type NewEvidence } from './evidence';
import { COUNT_STORES, keepPinImageCounts } from './pin-image-counts';

/** Everything the popup, the Locker timeline, the appeal draft and the export read from a notice. */
export const validateNotice = validator(
  nonEmptyText('id'),
  nonEmptyText('caseId'),
  text('platform'),
  text('kind'),
  text('language'),
  text('text'),
  text('textHash'),
  text('dedupeKey'),
  text('url'),
  text('title'),
  isoTime('seenAt'),
  text('timeZone'),
  number('confidence'),
  textList('signals'),
  textList('evidenceIds'),
  optionalText('account'),
  optionalText('screenshotMissing'),
);

/** The page supplies the words, title, URL and signals of a notice: each is capped on store. */
export function capNotice(notice: NoticeRecord): NoticeRecord {
  return {
    ...notice,
    text: capText(notice.text, CAPS.noticeText),
    url: capText(notice.url, CAPS.url),
    title: capText(notice.title, CAPS.title),
    signals: notice.signals.slice(0, CAPS.signals).map((s) => capText(s, CAPS.signal)),
  };
}

/** Notices as the platform showed them, once per account, kind and wording (unique `dedupeKey`). */
export class NoticesStore {
  constructor(private readonly ctx: StoreContext) {}

  async find(dedupeKey: string): Promise<NoticeRecord | undefined> {
    const value = await (await this.ctx.db()).getFromIndex('notices', 'dedupeKey', dedupeKey);
    return value && !validateNotice(value) ? value : undefined;
  }

  /** Stores a notice once; a second one with the same `dedupeKey` is refused by the index. */
  async add(notice: NoticeRecord): Promise<NoticeRecord> {
    const record = capNotice(notice);
    await this.ctx.write(['notices'], (tx) => tx.objectStore('notices').add(record).then(() => undefined));
    return record;
  }

  /**
   * A notice and the evidence taken with it, in one transaction: a full disk
   * or a duplicate stores neither, so no evidence is left without its notice.
   * The evidence ids are added to the notice's `evidenceIds`.
   */
  async addWithEvidence(notice: NoticeRecord, evidence: (NewEvidence & { bytes: ArrayBuffer })[]): Promise<{ notice: NoticeRecord; evidence: EvidenceRecord[] }> {
    const now = this.ctx.clock();
    const records = await Promise.all(evidence.map((e) => buildEvidence({ ...e, noticeId: notice.id }, now)));
    const record = capNotice({ ...notice, evidenceIds: [...notice.evidenceIds, ...records.map((r) => r.id)] });
    await this.ctx.write(['notices', 'evidence', 'evidenceBytes', ...COUNT_STORES], async (tx) => {
      await together(
        () => tx.objectStore('notices').add(record),
        ...records.flatMap((r, i) => [() => tx.objectStore('evidence').add(r), () => tx.objectStore('evidenceBytes').add(bytesRow(r.id, evidence[i]!.bytes, r.mime))]),
      );
      await keepPinImageCounts(tx, records.map((row) => ({ row, delta: 1 as const })));
    });
    return { notice: record, evidence: records };
  }

  /** Adds evidence taken after the notice was stored (screenshot, crop, snapshot) and why a screenshot is missing. */
  async attach(id: string, evidenceIds: string[], screenshotMissing?: string): Promise<void> {
    await this.ctx.write(['notices'], async (tx) => {
      const current = await tx.objectStore('notices').get(id);
      if (!current || validateNotice(current)) return;
      const ids = [...current.evidenceIds, ...evidenceIds.filter((e) => !current.evidenceIds.includes(e))];
      await tx.objectStore('notices').put({ ...current, evidenceIds: ids, ...(screenshotMissing ? { screenshotMissing } : {}) });
    });
  }

  /** A case's (or every) valid notice, newest first. */
  async list(caseId?: string): Promise<NoticeRecord[]> {
    const db = await this.ctx.db();
    const rows: unknown[] = caseId === undefined ? await db.getAll('notices') : await db.getAllFromIndex('notices', 'caseId', caseId);
    return onlyValid<NoticeRecord>(rows, validateNotice).sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  }

  async get(id: string): Promise<NoticeRecord | undefined> {
    const value = await (await this.ctx.db()).get('notices', id);
    return validateNotice(value) ? undefined : value;
  }
}
