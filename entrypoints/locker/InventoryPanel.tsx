import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { InventoryProgress } from '@/components/InventoryProgress';
import { VirtualList } from '@/components/VirtualList';
import type { InventoryRecord, PinRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { t } from '@/utils/i18n';
import { diffInventories, type InventoryDiff } from '@/utils/inventory/diff';
import { diffToCsv, pinsToCsv } from '@/utils/inventory/csv';
import { thumbnailEstimate, THUMBNAILS_SETTING } from '@/utils/inventory/thumbnails';
import { send } from '@/utils/messages';



/** Runs of the case, their pins a page at a time (the DOM stays small at 50,000), exports and a comparison. */
export function InventoryPanel({ store, caseId }: { store: Store; caseId: string }) {
  const [runs, setRuns] = useState<InventoryRecord[]>([]);
  const [selected, setSelected] = useState<string>();
  const [pinCount, setPinCount] = useState(0);
  const [compareWith, setCompareWith] = useState<string>();
  const [diff, setDiff] = useState<InventoryDiff>();
  const [thumbnails, setThumbnails] = useState(false);
  useEffect(() => {
    void store.getSetting<boolean>(THUMBNAILS_SETTING).then((on) => setThumbnails(on === true));
  }, []);

  useEffect(() => {
    void store.listInventories(caseId).then((r) => (setRuns(r), setSelected(r[0]?.id)));
  }, [caseId]);
  useEffect(() => {
    if (selected) void store.countPins(selected).then(setPinCount);
  }, [selected]);
  useEffect(() => {
    if (!selected || !compareWith) return setDiff(undefined);
    void (async () => {
      const [beforeBoards, beforePins, afterBoards, afterPins] = await Promise.all([store.listBoards(compareWith), store.listPins(compareWith), store.listBoards(selected), store.listPins(selected)]);
      setDiff(diffInventories({ boards: beforeBoards, pins: beforePins }, { boards: afterBoards, pins: afterPins }));
    })();
  }, [selected, compareWith]);

  const run = runs.find((r) => r.id === selected);
  return (
    <section class="card" data-testid="inventory">
      <h2>{t('inventoryTitle')}</h2>
      <InventoryProgress store={store} caseId={caseId} />
      <label>
        <input type="checkbox" checked={thumbnails} onChange={async (e) => setThumbnails((await send('ui→bg:thumbnails-set', { on: (e.target as HTMLInputElement).checked })).on)} />{' '}
        {(() => {
          const pins = runs[0]?.state.counts.pins || 1000;
          const estimate = thumbnailEstimate(pins, 1500);
          return t('inventoryThumbnails', [String(pins), String(estimate.megabytes), String(estimate.minutes)]);
        })()}
      </label>
      {runs.length === 0 ? <p class="muted">{t('inventoryNone')}</p> : (
        <>
          <p>
            <select value={selected} onChange={(e) => setSelected((e.target as HTMLSelectElement).value)}>
              {runs.map((r) => <option value={r.id} key={r.id}>{r.state.startedAt.slice(0, 16).replace('T', ' ')} · @{r.state.username} · {r.state.counts.boards} boards · {r.state.counts.pins} pins · {r.state.status}</option>)}
            </select>{' '}
            <button
              data-testid="inventory-csv"
              onClick={async () => {
                const boards = await store.listBoards(selected!);
                downloadFile(`inventory-${selected}-pins.csv`, pinsToCsv(await store.listPins(selected!), new Map(boards.map((b) => [b.id, b.name]))), 'text/csv');
              }}
            >{t('inventoryExportCsv')}</button>{' '}
            <button onClick={async () => downloadFile(`inventory-${selected}.json`, JSON.stringify({ run, boards: await store.listBoards(selected!), pins: await store.listPins(selected!) }, null, 2), 'application/json')}>{t('inventoryExportJson')}</button>
          </p>
          {runs.length > 1 && (
            <p>
              {t('inventoryCompare')}{' '}
              <select value={compareWith ?? ''} onChange={(e) => setCompareWith((e.target as HTMLSelectElement).value || undefined)}>
                <option value="">—</option>
                {runs.filter((r) => r.id !== selected).map((r) => <option value={r.id} key={r.id}>{r.state.startedAt.slice(0, 16).replace('T', ' ')} ({r.state.counts.pins} pins)</option>)}
              </select>
            </p>
          )}
          {diff && (
            <p data-testid="inventory-diff">
              {t('inventoryDiffSummary', [String(diff.boards.missing.length), String(diff.pins.missing.length), String(diff.boards.added.length), String(diff.pins.added.length), String(diff.pins.changed.length)])}{' '}
              <button onClick={() => downloadFile('inventory-comparison.csv', diffToCsv(diff), 'text/csv')}>{t('inventoryExportDiff')}</button>
            </p>
          )}
          {selected && (
            <VirtualList<PinRecord>
              testId="pin-grid"
              count={pinCount}
              rowHeight={28}
              height={420}
              load={(offset, limit) => store.listPins(selected, offset, limit)}
              row={(p) => (
                <div class="pin-row" title={p.description}>
                  <span class="mono">{p.id}</span> {p.title || p.description.slice(0, 80)} <span class="muted">{p.boardId}</span>
                </div>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}
