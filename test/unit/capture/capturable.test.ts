import { describe, expect, it } from 'vitest';
import { capturable } from '@/utils/capture/capturable';

describe('capturable', () => {
  it.each([
    ['https://www.pinterest.com/', { ok: true }],
    ['http://127.0.0.1:8080/page', { ok: true }],
    ['chrome://settings/', { ok: false, reason: 'browser-page' }],
    ['about:blank', { ok: false, reason: 'browser-page' }],
    ['edge://newtab', { ok: false, reason: 'browser-page' }],
    ['view-source:https://example.com', { ok: false, reason: 'browser-page' }],
    ['https://chromewebstore.google.com/detail/x/abc', { ok: false, reason: 'store-page' }],
    ['https://chrome.google.com/webstore/detail/abc', { ok: false, reason: 'store-page' }],
    ['https://addons.mozilla.org/en-US/firefox/', { ok: false, reason: 'store-page' }],
    ['https://example.com/notice.pdf', { ok: false, reason: 'pdf-viewer' }],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', { ok: false, reason: 'pdf-viewer' }],
    ['', { ok: false, reason: 'no-url' }],
    ['not a url', { ok: false, reason: 'no-url' }],
  ])('%s', (url, verdict) => {
    expect(capturable(url)).toEqual(verdict);
  });
});
