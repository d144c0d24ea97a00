import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detection/page';
import { adapterFor, SITE_ADAPTERS } from '@/utils/detection/sites';
import { pinterest } from '@/utils/detection/sites/pinterest';
import { PIN_CLOSEUP, SEARCH_PAGE } from '../../corpus';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const pws = (user: object | null) => `<script id="__PWS_DATA__" type="application/json">${JSON.stringify({ context: { user } })}</script>`;

describe('site adapters', () => {
  it.each([
    ['https://www.pinterest.com/', 'pinterest'],
    ['https://pinterest.com/login/', 'pinterest'],
    ['https://uk.pinterest.com/pin/1/', 'pinterest'],
    ['https://www.pinterest.co.uk/', 'pinterest'],
    ['https://de.pinterest.de/', 'pinterest'],
    ['https://www.pinterest.com.mx/', 'pinterest'],
    ['https://help.pinterest.com/en/article/x', 'pinterest'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/home', 'x'],
    ['https://www.instagram.com/accounts/suspended/', 'meta'],
    ['https://www.facebook.com/checkpoint/1501092823525282/', 'meta'],
    ['https://www.threads.net/', 'meta'],
    ['https://www.tiktok.com/@me', 'tiktok'],
    ['https://studio.youtube.com/', 'youtube'],
    ['https://old.reddit.com/', 'reddit'],
  ])('%s → %s', (url, platform) => {
    expect(adapterFor(new URL(url))?.platform).toBe(platform);
  });

  it('does not take look-alike hosts', () => {
    expect(adapterFor(new URL('https://pinterest.com.evil.example/'))).toBeUndefined();
    expect(adapterFor(new URL('https://notreddit.com/'))).toBeUndefined();
  });

  it('each adapter says which hosts it covers and which signals it reads', () => {
    for (const adapter of SITE_ADAPTERS) {
      expect(adapter.domains.length).toBeGreaterThan(0);
      expect(adapter.reads.length).toBeGreaterThan(0);
      expect(adapter.noticeSelectors.length).toBeGreaterThan(0);
    }
    expect(pinterest.domains.length).toBeGreaterThanOrEqual(20);
  });

  it('maps Pinterest login error codes, ignoring the user’s own deactivation (84)', () => {
    const kinds = [82, 83, 84, 86, 87, 88].map((apiErrorCode) => pinterest.apiSignals!({ url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode })[0]?.kind);
    expect(kinds).toEqual(['account_deactivated', 'account_suspended', undefined, 'account_restricted', 'account_suspended', 'account_suspended']);
  });
});

describe('detectPage on Pinterest', () => {
  const loginUrl = new URL('https://www.pinterest.com/login/');

  it('finds the suspension dialog and says why', () => {
    const page = doc(`<html lang="en"><body>${pws(null)}<div role="dialog"><h2>Account suspended</h2><p>Your account has been suspended for violating our community guidelines.</p></div></body></html>`);
    const result = detectPage(page, loginUrl);
    expect(result).toMatchObject({ kind: 'account_suspended', platform: 'pinterest', language: 'en', subject: 'self' });
    expect(result.text).toContain('Your account has been suspended');
    expect(result.element?.getAttribute('role')).toBe('dialog');
  });

  it('reads an API error code even before any words appear', () => {
    const result = detectPage(doc(`<html><body>${pws(null)}<h1>Welcome</h1></body></html>`), loginUrl, {
      apiErrors: [{ url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83, message: 'Your account has been suspended.' }],
    });
    expect(result.kind).toBe('account_suspended');
    expect(result.signals).toContain('pinterest:api_error_code=83 LOGIN_POLICY_VIOLATION_USER');
    expect(result.text).toBe('Your account has been suspended.');
  });

  it('flags the viewer’s write ban from the page data', () => {
    const result = detectPage(doc(`<html><body>${pws({ username: 'maya', is_write_banned: true, login_state: 1 })}<h1>Home</h1></body></html>`), new URL('https://www.pinterest.com/'));
    expect(result.kind).toBe('account_restricted');
    expect(result.signals).toContain('pinterest:viewer.is_write_banned');
  });

  it('a suspension banner on someone else’s profile is not the user’s own', () => {
    const page = doc(`<html><body>${pws({ username: 'maya' })}<div role="alert">Your account has been suspended for violating our guidelines.</div></body></html>`);
    const other = detectPage(page, new URL('https://www.pinterest.com/sam_other/'));
    expect(other.kind).toBe('none');
    expect(other.subject).toBe('other');
    expect(other.matched).toContain('subject:other-account');
    const own = detectPage(page, new URL('https://www.pinterest.com/maya/'));
    expect(own).toMatchObject({ kind: 'account_suspended', subject: 'self', account: 'maya' });
  });

  it('a help article triggers nothing', () => {
    const page = doc(`<html><body><h1>Account suspension</h1><p role="note">If your account's suspended, you'll see an error message when you try to log in.</p></body></html>`);
    expect(detectPage(page, new URL('https://help.pinterest.com/en/article/account-suspension')).kind).toBe('none');
  });

  it('survives malformed page data, deep nesting and unknown scripts', () => {
    const deep = '<div>'.repeat(3000) + 'ᐊᒃᑲᐅᓐᑦ' + '</div>'.repeat(3000);
    const page = doc(`<html><body><script id="__PWS_DATA__" type="application/json">{"context":{"user":{"is_write_banned": tru</script>${deep}<h1>ᐊᒃᑲᐅᓐᑦ</h1></body></html>`);
    expect(() => detectPage(page, loginUrl)).not.toThrow();
    expect(detectPage(page, loginUrl).kind).toBe('none');
  });

  const fixtures = [PIN_CLOSEUP, SEARCH_PAGE].filter(existsSync);
  it.skipIf(fixtures.length === 0)('the real saved Pinterest pages show no notice', () => {
    for (const path of fixtures) {
      const page = doc(readFileSync(path, 'utf8'));
      const url = path.includes('pin-closeup') ? new URL('https://www.pinterest.com/pin/82331501312725786/') : new URL('https://id.pinterest.com/search/pins/?q=travel');
      const result = detectPage(page, url);
      expect(result.kind, path).toBe('none');
      expect(result.platform).toBe('pinterest');
    }
  });
});

describe('detectPage on other platforms', () => {
  it('X: the own suspension banner counts, someone else’s “Account suspended” profile does not', () => {
    const banner = doc('<html><body><div role="alert">Your account is suspended. After careful review, we determined your account broke the X Rules.</div></body></html>');
    expect(detectPage(banner, new URL('https://x.com/home')).kind).toBe('account_suspended');
    const profile = doc('<html><body><div data-testid="emptyState"><h2>Account suspended</h2><p>X suspends accounts which violate the X Rules.</p></div></body></html>');
    expect(detectPage(profile, new URL('https://x.com/someone')).kind).toBe('none');
  });
  it('Instagram: the suspended screen', () => {
    const page = doc('<html><body><h1>We suspended your account</h1><p>You have 180 days left to disagree with this decision.</p></body></html>');
    expect(detectPage(page, new URL('https://www.instagram.com/accounts/suspended/')).kind).toBe('account_suspended');
  });
  it('Reddit: another user’s deleted account is none', () => {
    const page = doc('<html><body><h1>This user has deleted their account.</h1></body></html>');
    expect(detectPage(page, new URL('https://www.reddit.com/user/someone/')).kind).toBe('none');
  });
});
