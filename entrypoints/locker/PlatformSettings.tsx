import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Store } from '@/utils/db/store';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { autoCaptureSetting } from '@/utils/notices/record';
import { PLATFORMS } from '@/utils/platforms/catalog';

/**
 * Turning a platform on asks the browser for that platform's host permission,
 * here, in context; turning it off gives the permission back.
 */
export function PlatformSettings({ store }: { store: Store }) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [autoSave, setAutoSave] = useState<Record<string, boolean>>({});
  const [allSites, setAllSites] = useState(false);
  const [stamp, setStamp] = useState(false);
  const [error, setError] = useState<string>();

  async function refresh() {
    const next: Record<string, boolean> = {};
    const saves: Record<string, boolean> = {};
    for (const p of PLATFORMS) {
      next[p.id] = await browser.permissions.contains({ origins: p.patterns });
      saves[p.id] = (await store.getSetting<boolean>(autoCaptureSetting(p.id))) !== false;
    }
    setGranted(next);
    setAutoSave(saves);
    setAllSites(await browser.permissions.contains({ origins: ['<all_urls>'] }));
    setStamp((await store.getSetting<boolean>('captureStamp')) === true);
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function toggle(origins: string[], on: boolean) {
    setError(undefined);
    const ok = on ? await browser.permissions.request({ origins }) : await browser.permissions.remove({ origins });
    if (!ok) setError(t('settingsPermissionRefused'));
    await refresh();
  }

  return (
    <section data-testid="platform-settings">
      <h2>{t('settingsPlatforms')}</h2>
      <p class="muted">{t('settingsPlatformsIntro')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="platforms">
        {PLATFORMS.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> <span class={granted[p.id] ? 'ok' : 'muted'}>{granted[p.id] ? t('settingsWatching') : t('settingsOff')}</span>
            {p.optional && (
              <button onClick={() => toggle(p.patterns, !granted[p.id])}>{granted[p.id] ? t('settingsTurnOff') : t('settingsTurnOn')}</button>
            )}
            <label>
              <input
                type="checkbox"
                checked={autoSave[p.id] ?? true}
                onChange={async (e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  await send('ui→bg:auto-capture-set', { platform: p.id, on });
                  setAutoSave((s) => ({ ...s, [p.id]: on }));
                }}
              />{' '}
              {t('settingsAutoSave')}
            </label>
          </li>
        ))}
      </ul>
      <label>
        <input type="checkbox" checked={allSites} onChange={(e) => toggle(['<all_urls>'], (e.target as HTMLInputElement).checked)} />{' '}
        {t('settingsAutoScreenshot')}
      </label>
      <p class="muted">{t('settingsAutoScreenshotWhy')}</p>
      <label>
        <input type="checkbox" checked={stamp} onChange={async (e) => setStamp((await send('ui→bg:capture-stamp-set', { on: (e.target as HTMLInputElement).checked })).on)} />{' '}
        {t('settingsStamp')}
      </label>
    </section>
  );
}
