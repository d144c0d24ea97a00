import type { ApiErrorEnvelope } from './sites/types';

/**
 * The private line between the extension's main-world API tap and its
 * content script. `window.postMessage` is not private: any page script can
 * post "api_error_code 83" and be believed. Instead, at document_start —
 * before any page script has run — the content script hands the tap a
 * detached element (as a MouseEvent's `relatedTarget`, which crosses worlds),
 * and from then on the tap reports only by events dispatched on that element.
 * The page never holds a reference to it, so it cannot speak on this line.
 * Whichever of the two scripts runs first, the handshake completes
 * synchronously during document_start; once acknowledged (or when the
 * document has loaded) the offer is withdrawn, so a page cannot ask for it later.
 */
export const TAP_HELLO = 'reinstate:tap-hello';
export const BRIDGE_OFFER = 'reinstate:bridge-offer';
export const BRIDGE_ACK = 'reinstate:bridge-ack';
export const TAP_ERROR = 'reinstate:api-error';
/** A tapped error is a few hundred bytes; anything longer is not one. */
export const MAX_MESSAGE_CHARS = 8_192;

/** Content-script side: opens the line and hands each well-formed error to `onError`. */
export function openBridge(doc: Document, onError: (error: ApiErrorEnvelope) => void, signal: AbortSignal): { handedOver(): boolean } {
  const line = doc.createElement('reinstate-line');
  let handed = false;
  const offer = () => {
    if (!handed) doc.dispatchEvent(new MouseEvent(BRIDGE_OFFER, { relatedTarget: line }));
  };
  const withdraw = () => doc.removeEventListener(TAP_HELLO, offer);
  doc.addEventListener(TAP_HELLO, offer);
  line.addEventListener(BRIDGE_ACK, () => {
    handed = true;
    withdraw();
  }, { once: true });
  line.addEventListener(TAP_ERROR, (event) => {
    const error = parseTapped((event as CustomEvent).detail);
    if (error) onError(error);
  }, { signal });
  signal.addEventListener('abort', withdraw, { once: true });
  offer();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', withdraw, { once: true });
  else withdraw();
  return { handedOver: () => handed };
}

/** Main-world side: waits for the line (or asks for it), then reports errors on it alone. */
export function connectTap(doc: Document): (error: ApiErrorEnvelope) => void {
  // Taken now, at document_start: a page that later patches dispatchEvent or
  // JSON.stringify must not see the line (and then speak on it).
  const dispatch = EventTarget.prototype.dispatchEvent;
  const Custom = CustomEvent;
  const stringify = JSON.stringify;
  const { apply } = Reflect;
  let line: EventTarget | null = null;
  const waiting: string[] = [];
  const onOffer = (event: Event) => {
    const target = (event as MouseEvent).relatedTarget;
    if (line || !target) return;
    line = target;
    doc.removeEventListener(BRIDGE_OFFER, onOffer);
    apply(dispatch, line, [new Event(BRIDGE_ACK)]);
    for (const detail of waiting.splice(0)) apply(dispatch, line, [new Custom(TAP_ERROR, { detail })]);
  };
  doc.addEventListener(BRIDGE_OFFER, onOffer);
  doc.dispatchEvent(new Event(TAP_HELLO));
  return (error) => {
    const detail = stringify(error);
    if (detail.length > MAX_MESSAGE_CHARS) return;
    if (line) apply(dispatch, line, [new Custom(TAP_ERROR, { detail })]);
    else if (waiting.length < 20) waiting.push(detail);
  };
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);

/** A tapped error as the content script accepts it: a capped JSON string of known fields, typed. */
export function parseTapped(detail: unknown): ApiErrorEnvelope | null {
  if (typeof detail !== 'string' || detail.length > MAX_MESSAGE_CHARS) return null;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || typeof raw.url !== 'string' || typeof raw.httpStatus !== 'number') return null;
  const apiErrorCode = typeof raw.apiErrorCode === 'number' && Number.isFinite(raw.apiErrorCode) ? raw.apiErrorCode : undefined;
  const code = typeof raw.code === 'number' || (typeof raw.code === 'string' && raw.code.length <= 64) ? raw.code : undefined;
  const message = text(raw.message, 2000);
  const messageDetail = text(raw.messageDetail, 2000);
  return {
    url: raw.url.slice(0, 300),
    httpStatus: raw.httpStatus,
    ...(apiErrorCode !== undefined ? { apiErrorCode } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(message ? { message } : {}),
    ...(messageDetail ? { messageDetail } : {}),
  };
}

/** Errors that arrive before the watcher starts (document_start → idle) wait here for it. */
export function apiErrorFeed(): { push(error: ApiErrorEnvelope): void; subscribe(listener: (error: ApiErrorEnvelope) => void): void } {
  const waiting: ApiErrorEnvelope[] = [];
  let listener: ((error: ApiErrorEnvelope) => void) | undefined;
  return {
    push(error) {
      if (listener) listener(error);
      else if (waiting.length < 20) waiting.push(error);
    },
    subscribe(next) {
      listener = next;
      for (const error of waiting.splice(0)) next(error);
    },
  };
}
