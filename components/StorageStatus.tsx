import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/utils/format';
import { t } from '@/utils/i18n';

/**
 * Asks the browser to keep the evidence storage (`persist()`) and shows how
 * much is used: a user should never find out about a full disk by losing a capture.
 */
export function StorageStatus() {
  const [state, setState] = useState<{ usage?: number; quota?: number; persisted?: boolean }>({});
  useEffect(() => {
    (async () => {
      const storage = navigator.storage;
      if (!storage) return;
      const persisted = (await storage.persisted?.()) || (await storage.persist?.().catch(() => false)) || false;
      const { usage, quota } = (await storage.estimate?.()) ?? {};
      setState({ usage, quota, persisted });
    })();
  }, []);
  if (state.usage === undefined) return null;
  return (
    <div class="storage" data-testid="storage-status">
      {/* Two sentences, two lines: run together they read as one. */}
      <p>{t('storageUsage', [formatBytes(state.usage), formatBytes(state.quota ?? 0)])}</p>
      <p class={state.persisted ? 'ok' : 'muted'}>{t(state.persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
    </div>
  );
}
