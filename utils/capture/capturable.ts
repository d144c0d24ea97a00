/**
 * Pages the browser will not let an extension capture. Checked before trying,
 * so the user is told why instead of seeing a failure.
 */
const FORBIDDEN_SCHEMES = ['chrome:', 'chrome-untrusted:', 'edge:', 'about:', 'devtools:', 'view-source:', 'moz-extension:', 'chrome-extension:', 'resource:', 'data:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
// Chrome's built-in PDF viewer is an extension page of its own.
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export type CapturableVerdict = { ok: true } | { ok: false; reason: 'browser-page' | 'store-page' | 'pdf-viewer' | 'no-url' };

export function capturable(rawUrl: string | undefined): CapturableVerdict {
  if (!rawUrl) return { ok: false, reason: 'no-url' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'no-url' };
  }
  if (url.hostname === PDF_VIEWER_ID || /\.pdf$/i.test(url.pathname)) return { ok: false, reason: 'pdf-viewer' };
  if (FORBIDDEN_SCHEMES.includes(url.protocol)) return { ok: false, reason: 'browser-page' };
  if (STORE_HOSTS.includes(url.hostname) || (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore'))) {
    return { ok: false, reason: 'store-page' };
  }
  return { ok: true };
}
