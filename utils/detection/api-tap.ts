/**
 * Runs in the page's own world (MAIN) on Pinterest: watches the responses of
 * the site's resource API and passes on the error envelope of failed ones
 * (status, codes, message) and nothing else: no cookies, no tokens, no
 * request or response bodies beyond the error. It reports on the private
 * line of bridge.ts, never by `window.postMessage` (which any page can forge).
 */
import { connectTap } from './bridge';
import type { ApiErrorEnvelope } from './sites/types';

export const API_TAP_SOURCE = 'reinstate:api-error';

export type TappedError = ApiErrorEnvelope & { source: typeof API_TAP_SOURCE };

const RESOURCE = /\/resource\/[A-Za-z]+Resource\//;

// This file runs in the page's own world before any page script (document_start),
// so what it takes hold of here is the browser's own. Later, a page may patch
// JSON.parse, Response.prototype.json, XHR getters or Object.prototype to hand
// the tap a forged "api_error_code 83"; the tap uses only these originals and
// reads only own properties.
const { apply } = Reflect;
const parseJson = JSON.parse;
const toNumber = Number;
const isFiniteNumber = Number.isFinite;
const hasOwn = Object.prototype.hasOwnProperty;
const own = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' && apply(hasOwn, o, [key]) ? (o as Record<string, unknown>)[key] : undefined);

/** The error part of a Pinterest resource response, or null when it succeeded. */
export function errorEnvelopeOf(body: unknown, url: string, httpStatus: number): TappedError | null {
  const response = own(body, 'resource_response') as Record<string, unknown> | undefined;
  if (!response || typeof response !== 'object') return null;
  const error = (own(response, 'error') ?? null) as Record<string, unknown> | null;
  const status = own(response, 'status');
  if (!error && status !== 'failure' && httpStatus < 400) return null;
  const pick = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2000) : undefined);
  const apiErrorCode = toNumber(own(error, 'api_error_code') ?? own(response, 'api_error_code'));
  const code = own(error, 'code');
  const message = pick(own(error, 'message') ?? own(response, 'message'));
  const messageDetail = pick(own(error, 'message_detail'));
  return {
    source: API_TAP_SOURCE,
    // Path only: the query carries the request's options.
    url: url.split('?')[0]!.slice(0, 300),
    httpStatus: toNumber(own(error, 'http_status') ?? own(response, 'http_status') ?? httpStatus) || httpStatus,
    ...(isFiniteNumber(apiErrorCode) ? { apiErrorCode } : {}),
    ...(code !== undefined ? { code: code as number | string } : {}),
    ...(message ? { message } : {}),
    ...(messageDetail ? { messageDetail } : {}),
  };
}

/** The getter of a built-in property, taken before the page can replace it. */
function getter(proto: object, name: string): (this: unknown) => unknown {
  const found = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!found) throw new Error(`no ${name}`);
  return found as (this: unknown) => unknown;
}

export function installApiTap(win: Window & typeof globalThis): void {
  const send = connectTap(win.document);
  const report = (envelope: TappedError | null) => {
    if (!envelope) return;
    const { source: _source, ...error } = envelope;
    send(error);
  };
  const UrlCtor = win.URL;
  const urlOrigin = getter(UrlCtor.prototype, 'origin');
  const urlPath = getter(UrlCtor.prototype, 'pathname');
  const test = RegExp.prototype.test;
  const origin = win.location.origin;
  /** Only the page's own origin answers as Pinterest's API: not a data:, blob: or other URL that names a resource path. */
  const resourcePath = (href: unknown): string | null => {
    if (typeof href !== 'string') return null;
    try {
      const url = new UrlCtor(href);
      const path = apply(urlPath, url, []) as string;
      return apply(urlOrigin, url, []) === origin && apply(test, RESOURCE, [path]) ? path : null;
    } catch {
      return null;
    }
  };
  const originalFetch = win.fetch;
  const responseUrl = getter(win.Response.prototype, 'url');
  const responseStatus = getter(win.Response.prototype, 'status');
  const cloneResponse = win.Response.prototype.clone;
  const readText = win.Response.prototype.text;
  const then = win.Promise.prototype.then;
  win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const pending = apply(originalFetch, this, args) as Promise<Response>;
    apply(then, pending, [
      (response: Response) => {
        try {
          // The URL the answer really came from, read from the browser's own Response.
          const path = resourcePath(apply(responseUrl, response, []));
          if (!path) return;
          const status = apply(responseStatus, response, []) as number;
          apply(then, apply(readText, apply(cloneResponse, response, []), []), [(text: string) => report(errorEnvelopeOf(parseJson(text), path, status)), () => undefined]);
        } catch {
          // not JSON, or not a Response the browser made: nothing to read
        }
      },
      () => undefined,
    ]);
    return pending;
  } as typeof fetch;

  const xhr = win.XMLHttpRequest.prototype;
  const open = xhr.open;
  const listen = win.EventTarget.prototype.addEventListener;
  const xhrUrl = getter(xhr, 'responseURL');
  const xhrStatus = getter(xhr, 'status');
  const xhrType = getter(xhr, 'responseType');
  const xhrText = getter(xhr, 'responseText');
  const xhrResponse = getter(xhr, 'response');
  xhr.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    const request = this;
    if (RESOURCE.test(String(url))) {
      apply(listen, request, ['load', () => {
        try {
          const path = resourcePath(apply(xhrUrl, request, []));
          if (!path) return;
          const body = apply(xhrType, request, []) === 'json' ? apply(xhrResponse, request, []) : parseJson(apply(xhrText, request, []) as string);
          report(errorEnvelopeOf(body, path, apply(xhrStatus, request, []) as number));
        } catch {
          // not JSON, or not the browser's own request: nothing to read
        }
      }]);
    }
    return apply(open, this, [method, url, ...rest]);
  } as typeof open;
}
