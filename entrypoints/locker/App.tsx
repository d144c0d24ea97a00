import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StorageStatus } from '@/components/StorageStatus';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines } from '@/utils/cases/deadlines';
import { DEADLINE_LABELS } from '@/utils/cases/labels';
import type { CaseRecord, EvidenceRecord, LogRecord, NoticeRecord } from '@/utils/db/schema';
import { Store, type Listed } from '@/utils/db/store';
import { formatUtc } from '@/utils/format';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { CasePanel } from './CasePanel';
import { EvidenceCard } from './EvidenceCard';
import { DeleteDialog, FullSizeDialog } from './dialogs';
import { NoticeList } from './NoticeList';
import { PlatformSettings } from './PlatformSettings';

const store = new Store();

/** `#/case/<id>` selects a case; `#notice=<id>` (from the in-page toast) opens that notice's case. */
function route(): { caseId?: string; noticeId?: string } {
  const caseMatch = /^#\/case\/([^/?]+)/.exec(location.hash);
  const noticeMatch = /^#notice=(.+)$/.exec(location.hash);
  return { caseId: caseMatch?.[1], noticeId: noticeMatch?.[1] };
}

interface CaseSummary {
  record: CaseRecord;
  next?: { label: string; date: string };
}

export function App() {
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [current, setCurrent] = useState<CaseRecord>();
  const [items, setItems] = useState<Listed<EvidenceRecord>[]>();
  const [notices, setNotices] = useState<NoticeRecord[]>([]);
  const [log, setLog] = useState<LogRecord[]>([]);
  const [open, setOpen] = useState<EvidenceRecord>();
  const [deleting, setDeleting] = useState<EvidenceRecord>();
  const [verified, setVerified] = useState<Record<string, boolean>>({});
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState<string>();
  const [highlight, setHighlight] = useState<string>();

  async function loadCases(): Promise<CaseSummary[]> {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const listed = (await store.listCases()).flatMap((l) => (l.ok ? [l.record] : []));
    const summaries: CaseSummary[] = [];
    for (const record of listed) {
      let next: CaseSummary['next'];
      try {
        const upcoming = computeDeadlines(clockOf(record, await store.listNotices(record.id), await store.listCorrespondence(record.id)), timeZone).find((d) => Date.parse(d.due) > Date.now());
        if (upcoming) next = { label: DEADLINE_LABELS[upcoming.id], date: upcoming.dueDate };
      } catch {
        next = undefined;
      }
      summaries.push({ record, next });
    }
    setCases(summaries);
    return summaries;
  }

  async function refresh() {
    try {
      const { caseId, noticeId } = route();
      let selected = caseId ? await store.getCase(caseId) : undefined;
      if (!selected && noticeId) {
        const notice = await store.getNotice(noticeId);
        if (notice) selected = await store.getCase(notice.caseId);
        setHighlight(noticeId);
      }
      if (!selected) selected = await store.getCase((await send('ui→bg:current-case', {})).id);
      await loadCases();
      setCurrent(selected);
      if (selected) {
        setItems(await store.listEvidence({ caseId: selected.id }));
        setNotices(await store.listNotices(selected.id));
      }
      setLog(await store.listLog());
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void refresh();
    const onHash = () => void refresh();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  async function verify(id: string) {
    const ok = await store.verifyEvidence(id).catch(() => false);
    setVerified((v) => ({ ...v, [id]: ok }));
  }

  return (
    <div class="layout">
      <nav class="sidebar" data-testid="cases">
        <h2>{t('lockerCases')}</h2>
        <ul class="case-list">
          {cases.map(({ record, next }) => (
            <li key={record.id} class={record.id === current?.id ? 'selected' : ''}>
              <a href={`#/case/${record.id}`} data-testid="case-link">{record.title}</a>
              <div class="muted">{record.platform} · {t(`status_${record.status.replace(/-/g, '_')}` as MessageKey) || record.status}</div>
              <div class="muted small">{next ? t('lockerNextDeadline', [next.label, next.date]) : t('lockerNoDeadline')}</div>
            </li>
          ))}
        </ul>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!newTitle.trim()) return;
            const created = await send('ui→bg:case-create', { title: newTitle.trim(), region: current?.region });
            setNewTitle('');
            location.hash = `#/case/${created.id}`;
          }}
        >
          <input type="text" placeholder={t('lockerNewCaseTitle')} value={newTitle} onInput={(e) => setNewTitle((e.target as HTMLInputElement).value)} data-testid="new-case-title" />
          <button type="submit" data-testid="new-case">{t('lockerNewCase')}</button>
        </form>
      </nav>
      <main>
        <header>
          <h1>{current ? current.title : t('lockerTitle')}</h1>
          <p class="muted">{t('lockerIntro')}</p>
          <p>
            <a class="button" href={browser.runtime.getURL(`/bundle.html${current ? `?case=${current.id}` : ''}`)} data-testid="open-bundle">{t('lockerBundle')}</a>{' '}
            {current && <a class="button" href={browser.runtime.getURL(`/appeal.html?case=${current.id}`)}>{t('lockerDraftAppeal')}</a>}
          </p>
          <StorageStatus />
        </header>
        {error && <p class="error" role="alert">{error}</p>}
        <section>
          <h2>{t('lockerNotices')}</h2>
          <NoticeList
            notices={notices}
            highlight={highlight}
            cases={cases.map((c) => c.record)}
            onMove={async (id, toCaseId) => {
              await send('ui→bg:move-to-case', { kind: 'notice', id, toCaseId });
              await refresh();
            }}
          />
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
                  cases={cases.map((c) => c.record)}
                  onMove={async (toCaseId) => {
                    await send('ui→bg:evidence-move', { id: item.record.id, toCaseId });
                    await refresh();
                  }}
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
        {current && <CasePanel store={store} theCase={current} onChanged={(c) => (setCurrent(c), void loadCases())} />}
        <PlatformSettings store={store} />
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
      </main>
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
    </div>
  );
}
