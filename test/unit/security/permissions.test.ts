// Issue 14 item 7: Pinterest's image host is asked for only when pin images are
// switched on, so the store builds must not ask for it at install.
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[]; optional_host_permissions?: string[] };
const manifestOf = (browser: string, manifestVersion: 2 | 3, mode: string) =>
  (config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string }) => Manifest)({ browser, manifestVersion, mode });

describe('install-time permissions of the store builds', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
    ['firefox', 3],
  ] as const)('%s MV%d: i.pinimg.com and <all_urls> are optional only', (browser, mv) => {
    const m = manifestOf(browser, mv, 'production');
    const required = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
    const optional = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
    expect(required.filter((p) => /pinimg|<all_urls>/.test(p))).toEqual([]);
    expect(optional).toContain('https://i.pinimg.com/*');
    expect(optional).toContain('<all_urls>');
    // Pinterest itself is required: detection runs from the first page.
    expect(required.some((p) => p.includes('pinterest.com'))).toBe(true);
  });
});
