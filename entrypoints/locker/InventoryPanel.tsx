import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { InventoryProgress } from '@/components/InventoryProgress';
import { VirtualList } from '@/components/VirtualList';
import type { InventoryRecord, PinRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { t, uiLocale } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import { inventoryStatusLabel } from '@/utils/cases/labels';
import { formatCount, formatDay, formatTime } from '@/utils/format';

/** Pinterest's image host: asked for only when pin pictures are switched on. */
const PIN_IMAGE_ORIGINS = ['https://i.pinimg.com/*'];
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

  const [boardNames, setBoardNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (selected) void store.listBoards(selected).then((boards) => setBoardNames(new Map(boards.map((b) => [b.id, b.name]))));
  }, [selected]);
  const run = runs.find((r) => r.id === selected);
  return (
    <section class="card" data-testid="inventory">
      <h2>{t('inventoryTitle')}</h2>
      <InventoryProgress store={store} caseId={caseId} />
      <label>
        <input
          type="checkbox"
          checked={thumbnails}
          onChange={async (e) => {
            const box = e.target as HTMLInputElement;
            let on = box.checked;
            // The browser asks the person on this click; a refusal leaves the pictures off.
            if (on) on = await browser.permissions.request({ origins: PIN_IMAGE_ORIGINS }).catch(() => false);
            box.checked = on;
            setThumbnails((await send('ui→bg:thumbnails-set', { on })).on);
          }}
        />{' '}
        {(() => {
          const pins = runs[0]?.state.counts.pins || 1000;
          const estimate = thumbnailEstimate(pins, 1500);
          return t('inventoryThumbnails', [String(pins), String(estimate.megabytes), String(estimate.minutes)]);
        })()}
      </label>
      {runs.length === 0 ? <p class="muted">{t('inventoryNone')}</p> : (
        <>
          <p>
            <label class="stacked">
              {t('inventoryRun')}
              <select value={selected} onChange={(e) => setSelected((e.target as HTMLSelectElement).value)} data-testid="inventory-run">
                {runs.map((r) => <option value={r.id} key={r.id}>{runLabel(r)}</option>)}
              </select>
            </label>{' '}
            <button
              data-testid="inventory-csv"
              onClick={async () => {
                const boards = await store.listBoards(selected!);
                downloadFile(`${run?.state.startedAt.slice(0, 10) ?? 'inventory'}-inventory-pinterest-${run?.state.username ?? ''}.csv`, pinsToCsv(await store.listPins(selected!), new Map(boards.map((b) => [b.id, b.name]))), 'text/csv');
              }}
            >{t('inventoryExportCsv')}</button>{' '}
            <button onClick={async () => downloadFile(`${run?.state.startedAt.slice(0, 10) ?? 'inventory'}-inventory-pinterest-${run?.state.username ?? ''}.json`, JSON.stringify({ run, boards: await store.listBoards(selected!), pins: await store.listPins(selected!) }, null, 2), 'application/json')}>{t('inventoryExportJson')}</button>
          </p>
          {runs.length > 1 && (
            <p>
              <label class="stacked">
                {t('inventoryCompare')}
                <select value={compareWith ?? ''} onChange={(e) => setCompareWith((e.target as HTMLSelectElement).value || undefined)}>
                  <option value="">—</option>
                  {runs.filter((r) => r.id !== selected).map((r) => <option value={r.id} key={r.id}>{runLabel(r)}</option>)}
                </select>
              </label>
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
                  {p.title || p.description.slice(0, 80) || <span class="muted">{t('inventoryUntitledPin')}</span>} <span class="muted">{boardNames.get(p.boardId) ?? ''}</span>
                </div>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

/** "26 Nov 14:05 · @maya_makes · 1,080 pins in 10 boards · Finished" */
function runLabel(r: InventoryRecord): string {
  const lang = uiLocale();
  const s = r.state;
  return `${formatDay(s.startedAt, lang)} ${formatTime(s.startedAt, lang)} · @${s.username} · ${t('inventoryRunCounts', [formatCount(s.counts.pins, lang), formatCount(s.counts.boards, lang)])} · ${inventoryStatusLabel(s.status)}`;
}
