import { useEffect, useState } from 'preact/hooks';
import type { InventoryRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';

/** Boards done of total, pins saved, requests made, time left, and Cancel: read from the store every second. */
export function InventoryProgress({ store, caseId, paceMs = 1500 }: { store: Store; caseId?: string; paceMs?: number }) {
  const [runs, setRuns] = useState<InventoryRecord[]>([]);
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      if (stop) return;
      setRuns((await store.listInventories(caseId)).slice(0, 1));
      setTimeout(tick, 1000);
    };
    void tick();
    return () => void (stop = true);
  }, [caseId]);
  const run = runs[0];
  if (!run) return null;
  const { state } = run;
  const done = state.boards.filter((b) => b.done).length;
  const total = state.boards.length;
  const remainingPins = state.boards.filter((b) => !b.done).reduce((n, b) => n + b.pinCount, 0);
  const minutesLeft = Math.ceil(((remainingPins / 25 + (state.boardsListed ? 0 : 1)) * paceMs) / 60_000);
  return (
    <div class="inventory-progress" data-testid="inventory-progress" data-status={state.status}>
      <progress max={Math.max(1, total)} value={done} />
      <p>
        {t('popupInventoryRunning', [`${done}/${total}`, String(state.counts.pins), String(state.counts.requests)])}
        {state.status === 'running' && minutesLeft > 0 ? ` · ${t('inventoryTimeLeft', String(minutesLeft))}` : ''} · <strong>{state.status}</strong>
      </p>
      {state.message && <p class={state.status === 'done' ? 'muted' : 'error'} data-testid="inventory-message">{state.message}</p>}
      {state.status === 'running' && <button onClick={() => send('ui→bg:inventory-cancel', { id: state.id })} data-testid="inventory-cancel">{t('inventoryCancel')}</button>}
    </div>
  );
}
