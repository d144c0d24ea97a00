import { useEffect, useState } from 'preact/hooks';
import type { InventoryRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { inventoryStatusLabel } from '@/utils/cases/labels';
import { formatCount } from '@/utils/format';
import { t, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messages';

/**
 * The case's latest inventory, measured in pins (what people care about), with
 * boards as a second line; time left and Cancel while it runs. Read from the
 * store every second. Only this case's runs: another case's cancelled run is not news here.
 */
export function InventoryProgress({ store, caseId, paceMs = 1500, onRun }: { store: Store; caseId?: string; paceMs?: number; onRun?(run: InventoryRecord | undefined): void }) {
  const [run, setRun] = useState<InventoryRecord>();
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      if (stop) return;
      const [latest] = await store.listInventories(caseId).catch(() => []);
      if (stop) return;
      setRun(latest);
      onRun?.(latest);
      setTimeout(tick, 1000);
    };
    void tick();
    return () => void (stop = true);
  }, [caseId]);
  if (!run) return null;
  const lang = uiLocale();
  const { state } = run;
  const boardsDone = state.boards.filter((b) => b.done).length;
  const boardsTotal = state.boards.length;
  const expectedPins = state.boards.reduce((n, b) => n + (b.pinCount || 0), 0);
  const pins = state.counts.pins;
  const remainingPins = state.boards.filter((b) => !b.done).reduce((n, b) => n + b.pinCount, 0);
  const minutesLeft = Math.ceil(((remainingPins / 25 + (state.boardsListed ? 0 : 1)) * paceMs) / 60_000);
  const finished = state.status === 'done';
  // Boards list their pin counts only once listed; until then the bar says "working" without a number.
  const max = finished ? Math.max(1, pins) : Math.max(pins, expectedPins);
  return (
    <div class="inventory-progress" data-testid="inventory-progress" data-status={state.status} tabIndex={-1}>
      <p class="inventory-pins">
        <strong>{t('inventoryPinsSaved', formatCount(pins, lang))}</strong>
        {!finished && expectedPins > 0 ? ` ${t('inventoryOfAbout', formatCount(expectedPins, lang))}` : ''}
        {' · '}
        <span class={`inventory-status status-${state.status}`}>{inventoryStatusLabel(state.status)}</span>
      </p>
      {max > 0 && state.boardsListed ? <progress aria-label={t('inventoryTitle')} max={max} value={Math.min(pins, max)} /> : <progress aria-label={t('inventoryTitle')} />}
      <p class="muted small">
        {t('inventoryBoardsLine', [formatCount(boardsDone, lang), formatCount(boardsTotal, lang)])}
        {state.status === 'running' && minutesLeft > 0 ? ` · ${t('inventoryTimeLeft', String(minutesLeft))}` : ''}
      </p>
      {state.message && <p class={finished ? 'muted' : 'error'} data-testid="inventory-message">{state.message}</p>}
      {state.status === 'running' && <button onClick={() => send('ui→bg:inventory-cancel', { id: state.id })} data-testid="inventory-cancel">{t('inventoryCancel')}</button>}
    </div>
  );
}
