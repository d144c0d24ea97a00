import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorFeed, BRIDGE_OFFER, connectTap, MAX_MESSAGE_CHARS, openBridge, parseTapped, TAP_ERROR, TAP_HELLO } from '@/utils/detection/bridge';
import type { ApiErrorEnvelope } from '@/utils/detection/sites/types';
import { showToast } from '@/utils/detection/toast';
import { MAX_REPORTS_PER_PAGE, watchForNotices } from '@/utils/detection/watch';
import { localClassifier } from '@/utils/detection/page';

/** A document as a content script sees it at document_start: still loading. */
function loadingDocument(html = ''): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = html;
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

const CODE_83: ApiErrorEnvelope = { url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83, message: 'Your account has been suspended.' };

describe('the private line between the main-world tap and the content script', () => {
  it.each(['content script first', 'tap first'])('delivers the tap’s errors whichever script runs first (%s)', (order) => {
    const controller = new AbortController();
    const doc = loadingDocument();
    const received: ApiErrorEnvelope[] = [];
    let send: (e: ApiErrorEnvelope) => void;
    if (order === 'tap first') {
      send = connectTap(doc);
      send(CODE_83); // before the line exists: waits
      openBridge(doc, (e) => received.push(e), controller.signal);
    } else {
      openBridge(doc, (e) => received.push(e), controller.signal);
      send = connectTap(doc);
      send(CODE_83);
    }
    expect(received).toEqual([CODE_83]);
    controller.abort();
  });

  it('ignores what the page posts or dispatches, and does not hand the line out again', () => {
    const controller = new AbortController();
    const doc = loadingDocument();
    const received: ApiErrorEnvelope[] = [];
    openBridge(doc, (e) => received.push(e), controller.signal);
    connectTap(doc);

    // The page posing as the tap, three ways.
    window.postMessage({ source: 'reinstate:api-error', ...CODE_83 }, '*');
    doc.dispatchEvent(new CustomEvent(TAP_ERROR, { detail: JSON.stringify(CODE_83) }));
    const offers: Event[] = [];
    doc.addEventListener(BRIDGE_OFFER, (e) => offers.push(e));
    doc.dispatchEvent(new Event(TAP_HELLO));
    expect(offers).toEqual([]);
    expect(received).toEqual([]);
    controller.abort();
  });

  it('withdraws the offer when the document has loaded, even if no tap ever asked', () => {
    const controller = new AbortController();
    const doc = loadingDocument();
    openBridge(doc, () => undefined, controller.signal);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    const offers: Event[] = [];
    doc.addEventListener(BRIDGE_OFFER, (e) => offers.push(e));
    doc.dispatchEvent(new Event(TAP_HELLO)); // a page script asking for the line
    expect(offers).toEqual([]);
    controller.abort();
  });

  it('accepts only capped, well-formed errors', () => {
    expect(parseTapped(JSON.stringify(CODE_83))).toEqual(CODE_83);
    expect(parseTapped(JSON.stringify({ ...CODE_83, message: 'x'.repeat(MAX_MESSAGE_CHARS) }))).toBeNull();
    expect(parseTapped({ ...CODE_83 })).toBeNull();
    expect(parseTapped('{"url":1}')).toBeNull();
    expect(parseTapped('not json')).toBeNull();
    expect(parseTapped(JSON.stringify({ ...CODE_83, apiErrorCode: 'eighty-three', extra: '<script>' }))).toEqual({ url: CODE_83.url, httpStatus: 401, message: CODE_83.message });
  });

  it('a page-world postMessage posing as code 83 stores nothing; the real line does', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    try {
      window.history.replaceState(null, '', '/login/');
      const doc = loadingDocument('<h1>Welcome</h1>');
      const feed = apiErrorFeed();
      openBridge(doc, feed.push, controller.signal);
      const send = connectTap(doc);
      const found: string[] = [];
      const win = { location: { href: 'https://www.pinterest.com/login/' } } as unknown as Window;
      watchForNotices({ doc, win, signal: controller.signal, classifier: localClassifier(), apiErrors: feed, onNotice: (d) => found.push(d.kind), debounceMs: 50 });
      window.postMessage({ source: 'reinstate:api-error', url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83 }, '*');
      await vi.advanceTimersByTimeAsync(200);
      expect(found).toEqual([]);
      send(CODE_83);
      await vi.advanceTimersByTimeAsync(200);
      expect(found).toEqual(['account_suspended']);
    } finally {
      controller.abort();
      vi.useRealTimers();
    }
  });
});

describe('a page that rewrites its alert many times', () => {
  it(`is reported at most ${MAX_REPORTS_PER_PAGE} times per page load`, async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    try {
      window.history.replaceState(null, '', '/login/');
      document.body.innerHTML = '<div role="alert"></div>';
      const alert = document.querySelector('[role=alert]')!;
      const found: string[] = [];
      watchForNotices({ doc: document, win: window, signal: controller.signal, classifier: localClassifier(), onNotice: (d) => found.push(d.text), debounceMs: 20 });
      const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
      for (let i = 0; i < 30; i++) {
        alert.textContent = `Your account has been suspended for violating our community guidelines. Reference ${i}.`;
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(found).toHaveLength(MAX_REPORTS_PER_PAGE);
      expect(info).toHaveBeenCalledTimes(1);
    } finally {
      controller.abort();
      vi.useRealTimers();
    }
  });
});

describe('the in-page note', () => {
  afterEach(() => document.getElementById('reinstate-toast-host')?.remove());

  it('lives in a closed shadow root and ignores clicks a script makes', () => {
    let root: ShadowRoot | undefined;
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    const onAction = vi.fn();
    const host = showToast(document, { message: 'Saved', actionLabel: 'Open the case', onAction, signal: new AbortController().signal });
    expect(host.shadowRoot).toBeNull();
    expect(HTMLElement.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
    const [, action] = [...root!.querySelectorAll('button')];
    expect(action!.textContent).toBeTruthy();
    action!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    action!.click();
    expect(onAction).not.toHaveBeenCalled();
    expect(document.getElementById('reinstate-toast-host')).not.toBeNull();
  });
});
