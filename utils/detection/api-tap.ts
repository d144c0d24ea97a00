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

/** The error part of a Pinterest resource response, or null when it succeeded. */
export function errorEnvelopeOf(body: unknown, url: string, httpStatus: number): TappedError | null {
  const response = (body as { resource_response?: Record<string, unknown> } | null)?.resource_response;
  if (!response || typeof response !== 'object') return null;
  const error = (response.error ?? null) as Record<string, unknown> | null;
  const status = response.status;
  if (!error && status !== 'failure' && httpStatus < 400) return null;
  const pick = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2000) : undefined);
  const apiErrorCode = Number(error?.api_error_code ?? response.api_error_code);
  return {
    source: API_TAP_SOURCE,
    // Path only: the query carries the request's options.
    url: url.split('?')[0]!.slice(0, 300),
    httpStatus: Number(error?.http_status ?? response.http_status ?? httpStatus) || httpStatus,
    ...(Number.isFinite(apiErrorCode) ? { apiErrorCode } : {}),
    ...(error?.code !== undefined ? { code: error.code as number | string } : {}),
    ...(pick(error?.message ?? response.message) ? { message: pick(error?.message ?? response.message) } : {}),
    ...(pick(error?.message_detail) ? { messageDetail: pick(error?.message_detail) } : {}),
  };
}

export function installApiTap(win: Window & typeof globalThis): void {
  const send = connectTap(win.document);
  const report = (envelope: TappedError | null) => {
    if (!envelope) return;
    const { source: _source, ...error } = envelope;
    send(error);
  };
  const originalFetch = win.fetch;
  win.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
    const response = await originalFetch.apply(this, args);
    try {
      const url = typeof args[0] === 'string' ? args[0] : args[0] instanceof URL ? args[0].href : (args[0] as Request).url;
      if (RESOURCE.test(url)) {
        response.clone().json().then((body) => report(errorEnvelopeOf(body, url, response.status)), () => undefined);
      }
    } catch {
      // never disturb the page
    }
    return response;
  } as typeof fetch;

  const open = win.XMLHttpRequest.prototype.open;
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    const href = String(url);
    if (RESOURCE.test(href)) {
      this.addEventListener('load', () => {
        try {
          const body = this.responseType === 'json' ? this.response : JSON.parse(String(this.responseText));
          report(errorEnvelopeOf(body, href, this.status));
        } catch {
          // not JSON: nothing to read
        }
      });
    }
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
}
