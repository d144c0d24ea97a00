// Audit of issue 14 item 6: the main-world API tap shares its world with the
// page, so a page that patches built-ins after document_start must not be able
// to hand it a forged error or take over its private line.
import { afterEach, describe, expect, it } from 'vitest';
import { errorEnvelopeOf } from '@/utils/detection/api-tap';
import { connectTap, openBridge } from '@/utils/detection/bridge';

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('the API tap against a page that patches built-ins', () => {
  it('reads only the response’s own fields, not ones a page planted on Object.prototype', () => {
    const forged = { api_error_code: 83, code: 83, http_status: 401, message: 'Your account has been suspended.' };
    Object.defineProperty(Object.prototype, 'error', { get: () => forged, configurable: true });
    restore.push(() => delete (Object.prototype as Record<string, unknown>).error);
    expect(errorEnvelopeOf({ resource_response: { status: 'success', data: [] } }, '/resource/BoardsResource/get/', 200)).toBeNull();
    // A real error still reads as one.
    expect(errorEnvelopeOf({ resource_response: { status: 'failure', error: { api_error_code: 83 } } }, '/resource/UserSessionResource/create/', 401)).toMatchObject({ apiErrorCode: 83 });
  });

  it('a page that patches dispatchEvent after the handshake never sees the line', () => {
    const received: unknown[] = [];
    const controller = new AbortController();
    // A document as the two scripts see it at document_start: still loading.
    const doc = document.implementation.createHTMLDocument('page');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    openBridge(doc, (e) => received.push(e), controller.signal);
    const send = connectTap(doc);
    const seen: EventTarget[] = [];
    const real = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      seen.push(this);
      return real.call(this, event);
    };
    restore.push(() => (EventTarget.prototype.dispatchEvent = real));
    const realStringify = JSON.stringify;
    JSON.stringify = () => realStringify({ url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83 });
    restore.push(() => (JSON.stringify = realStringify));
    send({ url: '/resource/BoardsResource/get/', httpStatus: 500 });
    expect(seen).toEqual([]);
    expect(received).toEqual([{ url: '/resource/BoardsResource/get/', httpStatus: 500 }]);
    controller.abort();
  });
});
