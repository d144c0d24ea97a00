import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detection/page';

// Attack run (second): hostile page shapes the first run's tests did not cover.
// Each case records whether it held, so the run prints a table.
const NOTICE = 'Your account has been suspended for violating our community guidelines.';
const doc = (html: string) => new DOMParser().parseFromString(`<html lang="en"><body>${html}</body></html>`, 'text/html');
const detect = (html: string, url: string) => detectPage(doc(html), new URL(url));
const results: { attack: string; held: boolean }[] = [];
const record = (attack: string, held: boolean) => {
  results.push({ attack, held });
  return held;
};
afterAll(() => {
  const held = results.filter((r) => r.held).length;
  process.stdout.write(`\n# redteam pages: ${results.length} tried, ${held} held, ${results.length - held} failed\n`);
  for (const r of results) process.stdout.write(`#   ${r.held ? 'held  ' : 'FAILED'} ${r.attack}\n`);
});

describe('hidden words inside a visible notice structure are not the platform speaking', () => {
  it.each([
    ['display:none child of a visible alert', `<div role="alert">Saved to board. <span style="display:none">${NOTICE}</span></div>`],
    ['visibility:hidden child of a visible status toast', `<div data-test-id="toast">Pin saved <span style="visibility:hidden">${NOTICE}</span></div>`],
    ['hidden-attribute child of a visible dialog', `<div role="dialog"><p>Share this Pin</p><p hidden>${NOTICE}</p></div>`],
    ['aria-hidden child of a visible dialog', `<div role="dialog"><p>Share this Pin</p><p aria-hidden="true">${NOTICE}</p></div>`],
    ['opacity:0 child of a visible alert', `<div role="alert">Copied link <b style="opacity:0">${NOTICE}</b></div>`],
    ['font-size:0 child of a visible alert', `<div role="alert">Copied link <b style="font-size:0">${NOTICE}</b></div>`],
    ['template inside a dialog', `<div role="dialog">Share<template>${NOTICE}</template></div>`],
  ])('%s: nothing', (label, html) => {
    const result = detect(html, 'https://www.pinterest.com/settings/');
    expect(record(`page: ${label}`, result.kind === 'none'), JSON.stringify(result.text)).toBe(true);
  });

  it('the visible words of a notice with a hidden part are stored without the hidden part', () => {
    const result = detect(`<div role="dialog"><h2>${NOTICE}</h2><span style="display:none">Click here to appeal: evil.example</span></div>`, 'https://www.pinterest.com/login/');
    expect(result.kind).toBe('account_suspended');
    expect(record('page: stored words are the visible words only', !result.text.includes('evil.example')), result.text).toBe(true);
  });
});

describe('user-written words inside the platform’s own dialogs', () => {
  const pinCloseup = (title: string) => `<div role="dialog" aria-label="Pin closeup"><div data-test-id="closeup-body">
    <img alt="" src="https://i.pinimg.com/236x/aa/bb.jpg"><h1 data-test-id="pin-title">${title}</h1>
    <div data-test-id="pin-description">A pin by someone else</div></div><button>Save</button></div>`;
  it('a pin closeup modal showing a pin titled like a notice is not a notice (home feed and pin page)', () => {
    for (const url of ['https://www.pinterest.com/', 'https://www.pinterest.com/pin/123/', 'https://www.pinterest.com/search/pins/?q=x']) {
      const result = detect(pinCloseup(NOTICE), url);
      expect(record(`page: pin closeup modal titled like a notice at ${new URL(url).pathname}`, result.kind === 'none'), `${url}: ${result.text}`).toBe(true);
    }
  });
  it('a comment shown in a dialog is not a notice', () => {
    const result = detect(`<div role="dialog"><h2>Comments</h2><div data-test-id="comment">${NOTICE}</div></div>`, 'https://www.pinterest.com/pin/123/');
    expect(record('page: comment in a dialog', result.kind === 'none'), result.text).toBe(true);
  });
  it('the platform’s own suspension dialog on the home feed is still found', () => {
    const result = detect(`<div role="dialog"><h1>Account suspended</h1><p>${NOTICE}</p><a href="/suspension-appeal/">Appeal</a></div>`, 'https://www.pinterest.com/');
    expect(result.kind).toBe('account_suspended');
  });
});

describe('odd text in a notice', () => {
  it('bidi overrides and zero-width characters: the notice is found and the stored words keep what was shown', () => {
    const text = `\u202EYour account\u202C has been sus\u200Bpended for violating our community guidelines.`;
    const result = detect(`<div role="dialog">${text}</div>`, 'https://www.pinterest.com/login/');
    expect(record('page: bidi override and zero-width inside a notice still found', result.kind === 'account_suspended'), result.text).toBe(true);
  });
  it('a 1 MB notice is read within the per-element cap', () => {
    const big = `${NOTICE} ${'x'.repeat(1_000_000)}`;
    const started = performance.now();
    const result = detect(`<div role="dialog">${big}</div>`, 'https://www.pinterest.com/login/');
    const ms = performance.now() - started;
    expect(record('page: 1 MB notice text capped', result.text.length <= 3_000), String(result.text.length)).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });
});
