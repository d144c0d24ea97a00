import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBadge, toolbarAction } from '@/utils/background/toolbar';

/** The badge API of one manifest version, recording what it was told. */
function fakeAction(calls: string[], failOn?: string) {
  const record = (name: string) => async (details: object) => {
    if (name === failOn) throw new Error(`${name} refused`);
    calls.push(`${name} ${JSON.stringify(details)}`);
  };
  return { setBadgeText: record('text'), setBadgeBackgroundColor: record('color'), setTitle: record('title'), getBadgeText: async () => '' };
}

afterEach(() => vi.restoreAllMocks());

describe('setBadge', () => {
  it('uses browserAction in an MV2 build (Firefox), where browser.action does not exist', async () => {
    const calls: string[] = [];
    const mv2 = { browserAction: fakeAction(calls) };
    expect(await setBadge(4, '!', '#b3261e', { title: 'Notice saved', browser: mv2 })).toBe(true);
    expect(calls).toEqual(['color {"color":"#b3261e","tabId":4}', 'text {"text":"!","tabId":4}', 'title {"title":"Notice saved","tabId":4}']);
  });

  it('uses action in an MV3 build, and leaves the colour and title alone when not given', async () => {
    const calls: string[] = [];
    const legacy: string[] = [];
    const mv3 = { action: fakeAction(calls), browserAction: fakeAction(legacy) };
    expect(await setBadge(9, '3', undefined, { browser: mv3 })).toBe(true);
    expect(calls).toEqual(['text {"text":"3","tabId":9}']);
    expect(legacy).toEqual([]);
    expect(toolbarAction(mv3)).toBe(mv3.action);
  });

  it('logs a refusal with its cause instead of swallowing it, and does not throw', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: string[] = [];
    expect(await setBadge(2, '!', '#000', { browser: { action: fakeAction(calls, 'text') } })).toBe(false);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/badge not set for tab 2/);
    expect((logged.mock.calls[0]![1] as Error).message).toBe('text refused');
  });

  it('logs when neither API exists', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await setBadge(1, '!', undefined, { browser: {} })).toBe(false);
    expect(String(logged.mock.calls[0]![0])).toMatch(/no toolbar action API/);
  });
});

describe('toolbar call sites', () => {
  // The Firefox defect was a direct browser.action call: only the helper may touch the toolbar API.
  it('nothing in utils/, entrypoints/ or components/ touches browser.action or browser.browserAction directly', () => {
    const root = join(__dirname, '../../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name) && !path.endsWith(join('background', 'toolbar.ts'))) {
          // Any object's .browserAction, and .action followed by a toolbar call (log entries have an .action field too).
          if (/\bbrowserAction\b|\.action\??\.(?:set|get|enable|disable|isEnabled|onClicked|openPopup)/.test(readFileSync(path, 'utf8'))) offenders.push(path.slice(root.length + 1));
        }
      }
    };
    walk(join(root, 'utils'));
    walk(join(root, 'entrypoints'));
    walk(join(root, 'components'));
    expect(offenders).toEqual([]);
  });
});
