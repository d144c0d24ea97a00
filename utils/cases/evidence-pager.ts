import type { EvidenceRecord } from '../db/schema';
import type { CaseAudit, Listed, PageMark, Store } from '../db/store';

/**
 * A case's evidence as a screen reads it: a page at a time, newest first,
 * then the case's kept pin-image count (one read), then the audit (rows no
 * index lists; the count checked) once. The audit walks the case's rows
 * (seconds at 50,000 pin images in Chromium) so nothing the user waits for
 * to appear comes after it; until a count is read it is unknown, never a number.
 */
export class EvidencePager {
  /** The pages read so far, newest first. */
  list: Listed<EvidenceRecord>[] = [];
  /** Every page is read. */
  complete = false;
  audit?: CaseAudit;
  /** The case's pin images: the kept count, then the audit's. */
  pinImages?: number;
  /** Why a read failed, in the store's words; nothing read before is lost. */
  error?: string;
  private next?: PageMark;
  private reading?: Promise<void>;
  private auditing?: Promise<void>;
  private closed = false;

  constructor(
    private readonly store: Pick<Store, 'pageEvidence' | 'auditEvidence' | 'keptPinImages'>,
    readonly caseId: string,
    readonly pageSize: number,
    private readonly onChange: () => void,
  ) {}

  /** Reads the next page (at most one read at a time; nothing once complete). */
  more(): Promise<void> {
    if (this.complete || this.closed || this.error) return Promise.resolve();
    this.reading ??= this.store
      .pageEvidence({ caseId: this.caseId, limit: this.pageSize, ...(this.next ? { after: this.next } : {}) })
      .then(
        (page) => {
          this.list = [...this.list, ...page.items];
          this.next = page.next;
          this.complete = !page.next;
        },
        (e: Error) => void (this.error = e.message),
      )
      .finally(() => {
        this.reading = undefined;
        this.changed();
      });
    return this.reading;
  }

  /** Reads every page (the timeline shows the whole story). */
  async all(): Promise<void> {
    while (!this.complete && !this.closed && !this.error) await this.more();
  }

  /**
   * Reads the kept count, then the audit, once; never for a closed pager (its
   * counts would hold the database for the screen that replaced it).
   */
  readAudit(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.auditing ??= this.readCount()
      .then(() => (this.closed ? undefined : this.store.auditEvidence(this.caseId)))
      .then(
        (audit) => {
          if (!audit) return;
          this.audit = audit;
          this.pinImages = audit.pinImages;
          this.changed();
        },
        (e: Error) => {
          this.error = e.message;
          this.changed();
        },
      );
    return this.auditing;
  }

  private async readCount(): Promise<void> {
    // A count that cannot be read is no error of the list: the audit counts anyway.
    const kept = await this.store.keptPinImages(this.caseId).catch(() => undefined);
    if (kept === undefined || this.audit) return;
    this.pinImages = kept;
    this.changed();
  }

  /** A page or the audit is being read (a screen marks itself busy meanwhile). */
  get busy(): boolean {
    return !this.error && (!!this.reading || !this.audit);
  }

  /** What a screen lists: the pages read, then the rows no index lists (they have no time to sort by). */
  get shown(): Listed<EvidenceRecord>[] {
    return this.audit?.unlisted.length ? [...this.list, ...this.audit.unlisted] : this.list;
  }

  /** The screen moved on: answers still on their way change nothing. */
  close(): void {
    this.closed = true;
  }

  private changed() {
    if (!this.closed) this.onChange();
  }
}
