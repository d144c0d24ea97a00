import { useEffect, useState } from 'preact/hooks';
import { StorageStatus } from '@/components/StorageStatus';
import type { EvidenceRecord, LogRecord, NoticeRecord } from '@/utils/db/schema';
import { Store, type Listed } from '@/utils/db/store';
import { formatUtc } from '@/utils/format';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { EvidenceCard } from './EvidenceCard';
import { DeleteDialog, FullSizeDialog } from './dialogs';
import { NoticeList } from './NoticeList';
import { PlatformSettings } from './PlatformSettings';

const store = new Store();

export function App() {
  const [items, setItems] = useState<Listed<EvidenceRecord>[]>();
  const [log, setLog] = useState<LogRecord[]>([]);
  const [notices, setNotices] = useState<NoticeRecord[]>([]);
  const highlight = /^#notice=(.+)$/.exec(location.hash)?.[1];
  const [open, setOpen] = useState<EvidenceRecord>();
  const [deleting, setDeleting] = useState<EvidenceRecord>();
  const [verified, setVerified] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string>();

  async function refresh() {
    try {
      setItems(await store.listEvidence());
      setLog(await store.listLog());
      setNotices(await store.listNotices());
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function verify(id: string) {
    const ok = await store.verifyEvidence(id).catch(() => false);
    setVerified((v) => ({ ...v, [id]: ok }));
  }

  return (
    <main>
      <header>
        <h1>{t('lockerTitle')}</h1>
        <p class="muted">{t('lockerIntro')}</p>
        <StorageStatus />
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <section>
        <h2>{t('lockerNotices')}</h2>
        <NoticeList notices={notices} highlight={highlight} />
      </section>
      <section>
        <h2>{t('lockerEvidence')}</h2>
        {items && items.length === 0 && <p class="muted">{t('lockerEmpty')}</p>}
        <ul class="grid" data-testid="evidence-list">
          {items?.map((item) =>
            item.ok ? (
              <EvidenceCard
                key={item.record.id}
                record={item.record}
                store={store}
                verified={verified[item.record.id]}
                onOpen={() => setOpen(item.record)}
                onDelete={() => setDeleting(item.record)}
                onVerify={() => verify(item.record.id)}
              />
            ) : (
              <li key={item.id} class="card damaged" data-testid="damaged-card">
                {t('lockerDamaged', [item.id, item.problem])}
              </li>
            ),
          )}
        </ul>
      </section>
      <section>
        <h2>{t('lockerLog')}</h2>
        {log.length === 0 ? (
          <p class="muted">{t('lockerLogEmpty')}</p>
        ) : (
          <ul class="log" data-testid="log">
            {log.map((entry) => (
              <li key={entry.id}>
                <strong>{formatUtc(entry.at)}</strong> · {entry.action} · {entry.summary}
                {entry.subject && <div class="mono muted">{Object.entries(entry.subject).map(([k, v]) => `${k}: ${v}`).join(' · ')}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PlatformSettings store={store} />
      {open && <FullSizeDialog record={open} store={store} onClose={() => setOpen(undefined)} />}
      {deleting && (
        <DeleteDialog
          record={deleting}
          onClose={() => setDeleting(undefined)}
          onConfirm={async (reason) => {
            await send('ui→bg:evidence-delete', { id: deleting.id, reason });
            await refresh();
          }}
        />
      )}
    </main>
  );
}
