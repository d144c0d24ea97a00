import { browser } from 'wxt/browser';
import type { BoardRecord, CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, PinRecord, Platform, Region } from './db/schema';
import { ReinstateError, toErrorData, type ErrorData } from './errors';
import type { ReminderSettings } from './cases/reminders';
import type { BundleRecords } from './bundle/export';
import type { InventoryBatch, InventoryState } from './inventory/runner';
import type { NoticePaste } from './detection/paste-record';
import type { ClassifyTextsRequest, ClassifyTextsResponse } from './detection/classify-texts';

/**
 * The one message protocol between contexts. Names say the direction, as in
 * Dark Reader: `ui→bg` from the popup or the locker to the background,
 * `cs→bg` from a content script, `bg→cs` from the background to a page.
 * Payloads are plain data (no ArrayBuffers: Chrome's messaging turns them into
 * `{}`), so bytes are read from IndexedDB by the page that needs them.
 */
export interface Protocol {
  'ui→bg:capture-visible': { req: { tabId: number; caseId?: string }; res: EvidenceSummary };
  'ui→bg:capture-fullpage': { req: { tabId: number; caseId?: string }; res: EvidenceSummary[] };
  'ui→bg:capture-snapshot': { req: { tabId: number; caseId?: string }; res: EvidenceSummary };
  'ui→bg:evidence-delete': { req: { id: string; reason: string }; res: LogRecord };
  'ui→bg:current-case': { req: Record<string, never>; res: { id: string; title: string } };
  'cs→bg:notice-seen': { req: NoticeSeen; res: NoticeSaved };
  'ui→bg:case-create': { req: { title: string; platform?: Platform; region?: Region; business?: boolean }; res: CaseRecord };
  'ui→bg:case-update': { req: { id: string; changes: Partial<Omit<CaseRecord, 'id' | 'createdAt'>> }; res: CaseRecord };
  'ui→bg:case-select': { req: { id: string }; res: { id: string } };
  'ui→bg:letter-save': { req: Omit<LetterRecord, 'id' | 'createdAt'>; res: LetterRecord };
  'ui→bg:correspondence-add': { req: Omit<CorrespondenceRecord, 'id' | 'loggedAt'>; res: CorrespondenceRecord };
  'ui→bg:attachment-add': { req: { caseId: string; name: string; mime: string; base64: string }; res: EvidenceSummary };
  'ui→bg:evidence-move': { req: { id: string; toCaseId: string }; res: EvidenceSummary };
  'ui→bg:move-to-case': { req: { kind: 'notice' | 'letter' | 'correspondence' | 'inventory'; id: string; toCaseId: string }; res: { id: string } };
  'ui→bg:reminders-set': { req: ReminderSettings; res: ReminderSettings };
  'ui→bg:sign-manifest': { req: { base64: string }; res: { signature: string; publicKey: JsonWebKey; publicKeyId: string } };
  /** The install's evidence key: fingerprint (64 hex; show it with formatFingerprint) and the 16-hex key id. */
  'ui→bg:evidence-key': { req: Record<string, never>; res: { fingerprint: string; keyId: string } };
  'ui→bg:import-records': { req: { records: Pick<BundleRecords, 'cases' | 'notices' | 'letters' | 'correspondence' | 'log'> }; res: { added: number; skipped: number; refused?: number; reasons?: string[] } };
  'ui→bg:import-inventory': { req: { run: InventoryRecord; boards: BoardRecord[]; pins: PinRecord[] }; res: { state: 'added' | 'skipped' | 'refused' } };
  'ui→bg:import-evidence': { req: { record: EvidenceSummary; thumbBase64?: string; index: number; last: boolean; base64: string }; res: { state: 'pending' | 'added' | 'skipped' | 'refused' } };
  'ui→bg:import-evidence-batch': { req: { items: { record: EvidenceSummary; thumbBase64?: string; base64: string }[] }; res: { added: number; skipped: number; refused: number; reasons: string[]; states: ('added' | 'skipped' | 'refused')[] } };
  'ui→bg:inventory-start': { req: { tabId: number; caseId?: string }; res: { inventoryId: string } };
  'ui→bg:inventory-cancel': { req: { id: string }; res: { id: string } };
  'bg→cs:inventory-start': { req: { caseId: string; paceMs: number }; res: { inventoryId: string } };
  'cs→bg:inventory-create': { req: { caseId?: string; state: InventoryState }; res: { paceMs: number; thumbnails: boolean } };
  'cs→bg:inventory-thumbnails': { req: { inventoryId: string; pins: { id: string; url: string }[] }; res: { saved: number; skipped: number; failed: number } };
  'ui→bg:thumbnails-set': { req: { on: boolean }; res: { on: boolean } };
  'cs→bg:inventory-batch': { req: InventoryBatch; res: { status: InventoryState['status'] } };
  'cs→bg:inventory-resume': { req: { username: string }; res: { state: InventoryState; paceMs: number; thumbnails: boolean } | null };
  'ui→bg:capture-stamp-set': { req: { on: boolean }; res: { on: boolean } };
  'ui→bg:auto-capture-set': { req: { platform: Platform; on: boolean }; res: { platform: Platform; on: boolean } };
  'cs→bg:open-locker': { req: { noticeId?: string }; res: { opened: boolean } };
  'ui→bg:notice-paste': { req: NoticePaste; res: { caseId: string; noticeId: string; duplicate: boolean } };
  /** Words from a page's notice places, scored by the background's rules and model (utils/detection/classify-texts.ts). */
  'cs→bg:classify-texts': { req: ClassifyTextsRequest; res: ClassifyTextsResponse };
}

/** What a content script reports when it sees a notice: words and signals, never cookies or tokens. */
export interface NoticeSeen {
  kind: 'account_suspended' | 'account_deactivated' | 'account_restricted' | 'content_removed';
  confidence: number;
  language: string;
  platform: Platform;
  account?: string;
  text: string;
  url: string;
  title: string;
  signals: string[];
  matched: string[];
  /** Where the notice sits in the viewport (CSS px), for a screenshot of the notice alone. */
  rect?: { x: number; y: number; width: number; height: number };
  dpr?: number;
}

export type NoticeSaved =
  | { stored: true; noticeId: string; caseId: string; screenshot: boolean; snapshot: boolean }
  | { stored: false; noticeId?: string; reason: 'duplicate' | 'auto-capture-off' | 'rate-limited' };

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

export type EvidenceSummary = Omit<EvidenceRecord, 'thumb'>;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Request<K>;
}

type Reply<K extends MessageType> = { ok: true; value: Response<K> } | { ok: false; error: ErrorData };

export type Handlers = {
  [K in MessageType]?: (payload: Request<K>, sender: { tabId?: number; url?: string }) => Promise<Response<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return !!message && typeof message === 'object' && typeof (message as Envelope).type === 'string';
}

/**
 * Sends a typed request and returns the typed answer. An error in the other
 * context arrives as a `ReinstateError` with its code and its clear message.
 */
export async function send<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>)) as Reply<K> | undefined;
  if (!reply) throw new ReinstateError('internal', `No answer to ${type}.`);
  if (!reply.ok) throw new ReinstateError(reply.error.code, reply.error.message);
  return reply.value;
}

/**
 * `send`, tried again when the background is not there to answer (an MV3
 * worker being stopped or restarted drops the message). Only for requests
 * that are safe to repeat; an answer that is an error is not retried.
 */
export async function sendWithRetry<K extends MessageType>(type: K, payload: Request<K>, tries = 6, delayMs = 250): Promise<Response<K>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(type, payload);
    } catch (error) {
      if (error instanceof ReinstateError && error.code !== 'internal') throw error;
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** Sends a typed request to one tab's content script. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Request<K>): Promise<Response<K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<K>)) as Reply<K> | undefined;
  if (!reply) throw new ReinstateError('internal', `No answer to ${type} from the page.`);
  if (!reply.ok) throw new ReinstateError(reply.error.code, reply.error.message);
  return reply.value;
}

/** The answering side: the background registers one handler per message it owns. */
/** Progress of a long capture, broadcast to whichever page is listening. */
export const CAPTURE_PROGRESS = 'bg→ui:capture-progress';

export function createDispatcher(handlers: Handlers) {
  // Returns undefined (not a promise) for messages it does not own, so that
  // another listener may answer them.
  return (message: unknown, sender: { tab?: { id?: number }; url?: string }): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((payload: unknown, sender: { tabId?: number; url?: string }) => Promise<unknown>)
      | undefined;
    if (!handler) return undefined;
    return handler(message.payload, { tabId: sender.tab?.id, url: sender.url }).then(
      (value) => ({ ok: true, value }) as Reply<MessageType>,
      (error: unknown) => ({ ok: false, error: toErrorData(error) }),
    );
  };
}
