import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detection/page';

// Issue 14 item 5/6: page content the platform did not write as a notice is not a notice.
const NOTICE = 'Your account has been suspended for violating our community guidelines.';
const doc = (html: string) => new DOMParser().parseFromString(`<html lang="en"><body>${html}</body></html>`, 'text/html');
const kindAt = (html: string, url: string) => detectPage(doc(html), new URL(url)).kind;

describe('detectPage: headings are page content on pins, searches, boards and articles', () => {
  it('a pin whose title (h1) reads like a notice is not one', () => {
    expect(kindAt(`<h1>${NOTICE}</h1><h2>More like this</h2>`, 'https://www.pinterest.com/pin/82331501312725786/')).toBe('none');
  });
  it('a search heading that repeats the query is not a notice', () => {
    expect(kindAt(`<h1>Results for “${NOTICE}”</h1>`, 'https://www.pinterest.com/search/pins/?q=account%20suspended')).toBe('none');
    expect(kindAt(`<div aria-live="polite">${NOTICE}</div>`, 'https://www.pinterest.com/search/pins/?q=x')).toBe('none');
  });
  it('the same words in the platform’s own structures still count on those pages', () => {
    expect(kindAt(`<h1>Pin title</h1><div role="dialog">${NOTICE}</div>`, 'https://www.pinterest.com/pin/1/')).toBe('account_suspended');
    expect(kindAt(`<div data-test-id="toast">${NOTICE}</div>`, 'https://www.pinterest.com/search/pins/?q=x')).toBe('account_suspended');
  });
  it('headings still count on the account’s own pages (login, Reports and Violations Center)', () => {
    expect(kindAt(`<h1>${NOTICE}</h1>`, 'https://www.pinterest.com/login/')).toBe('account_suspended');
    expect(kindAt(`<h2>${NOTICE}</h2>`, 'https://www.pinterest.com/reports-and-violations/')).toBe('account_suspended');
  });
  it('a news article quoting a notice on a Pinterest host is not the reader’s notice', () => {
    const article = `<article><h1>Pinterest users locked out</h1><p>${'Many pinners woke up to a message. '.repeat(30)}</p>
      <blockquote>${NOTICE}</blockquote><h2>${NOTICE}</h2></article>`;
    expect(kindAt(article, 'https://newsroom.pinterest.com/en/post/2025-bans')).toBe('none');
    expect(kindAt(`<meta property="og:type" content="article"><h2>${NOTICE}</h2>`, 'https://www.pinterest.com/login/')).toBe('none');
  });
  it('numbered instructions that quote the message are not a notice', () => {
    expect(kindAt(`<ol><li role="alert">You will see: “${NOTICE}”</li></ol>`, 'https://www.pinterest.com/login/')).toBe('none');
  });
});

describe('detectPage: only visible elements count', () => {
  it.each([
    ['display:none', `<div role="dialog" style="display:none">${NOTICE}</div>`],
    ['visibility:hidden', `<div role="dialog" style="visibility:hidden">${NOTICE}</div>`],
    ['opacity:0', `<div role="dialog" style="opacity:0">${NOTICE}</div>`],
    ['hidden attribute', `<div role="dialog" hidden>${NOTICE}</div>`],
    ['aria-hidden ancestor', `<div aria-hidden="true"><div role="alert">${NOTICE}</div></div>`],
    ['hidden ancestor', `<div style="display:none"><div role="alertdialog">${NOTICE}</div></div>`],
  ])('%s: nothing', (_label, html) => {
    expect(kindAt(html, 'https://www.pinterest.com/login/')).toBe('none');
  });
  it('the visible dialog next to a hidden one is found', () => {
    const result = detectPage(doc(`<div role="dialog" hidden>Your account has been deactivated.</div><div role="dialog">${NOTICE}</div>`), new URL('https://www.pinterest.com/login/'));
    expect(result.kind).toBe('account_suspended');
  });
});

describe('detectPage: text and URL oddities do not hide a notice', () => {
  it('a malformed percent escape in the URL does not make the page none', () => {
    const page = `<script id="__PWS_DATA__" type="application/json">{"context":{"user":{"username":"maya"}}}</script><div role="dialog">${NOTICE}</div>`;
    const result = detectPage(doc(page), new URL('https://www.pinterest.com/%E0%A4%A/'));
    expect(result.kind).toBe('account_suspended');
    expect(detectPage(doc(page), new URL('https://www.pinterest.com/login/%ZZ?next=%')).kind).toBe('account_suspended');
  });
  it('full-width letters and zero-width spaces do not defeat the pre-check', () => {
    const fullWidth = 'Ｙｏｕｒ ａｃｃｏｕｎｔ ｈａｓ ｂｅｅｎ ｓｕｓｐｅｎｄｅｄ ｆｏｒ ｖｉｏｌａｔｉｎｇ ｏｕｒ ｃｏｍｍｕｎｉｔｙ ｇｕｉｄｅｌｉｎｅｓ.';
    expect(kindAt(`<div role="dialog">${fullWidth}</div>`, 'https://www.pinterest.com/login/')).toBe('account_suspended');
    const zeroWidth = 'Your account has been sus\u200bpen\u200dded for vio\u2060lating our community guidelines.';
    expect(kindAt(`<div role="dialog">${zeroWidth}</div>`, 'https://www.pinterest.com/login/')).toBe('account_suspended');
  });
});
