import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StorageStatus } from '@/components/StorageStatus';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines } from '@/utils/cases/deadlines';
import { caseStatusLabel, deadlineLabel, platformName } from '@/utils/cases/labels';
import { referenceIdsToAdd } from '@/utils/cases/reference-ids';
import type { CaseRecord, EvidenceRecord } from '@/utils/db/schema';
import { Store } from '@/utils/db/store';
import { daysLeft, formatCount, formatDay } from '@/utils/format';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { CaseHome } from './CaseHome';
import { DeadlinesTab } from './DeadlinesTab';
import { DeleteDialog, FullSizeDialog } from './dialogs';
import { EvidenceCard } from './EvidenceCard';
import { InventoryPanel } from './InventoryPanel';
import { LettersTab } from './LettersTab';
import { SettingsTab } from './SettingsTab';
import { TimelineTab } from './TimelineTab';
import { GrowingList } from './GrowingList';
import { FIRST_PAGE, useCaseData, useCaseEvidence } from './useCaseData';

const store = new Store();
const FIRST_CASE_MARK = 'reinstate:locker:first-case';
const EVIDENCE_ROW_MARK = 'reinstate:locker:evidence-first-row';
const EVIDENCE_AUDIT_MARK = 'reinstate:locker:evidence-audit';

export const TABS = ['home', 'evidence', 'letters', 'deadlines', 'inventory', 'timeline', 'settings'] as const;
export type Tab = (typeof TABS)[number];

/**
 * `#/case/<id>/<tab>` selects a case and a tab; `#/<tab>` a tab of the current
 * case; `#notice=<id>` (from the in-page note) opens that notice's case.
 */
export function route(hash: string): { caseId?: string; noticeId?: string; tab: Tab } {
  const caseMatch = /^#\/case\/([^/?]+)(?:\/([a-z]+))?/.exec(hash);
  const tabOnly = /^#\/([a-z]+)$/.exec(hash);
  const noticeMatch = /^#notice=(.+)$/.exec(hash);
  const tabName = caseMatch?.[2] ?? tabOnly?.[1];
  const tab = (TABS as readonly string[]).includes(tabName ?? '') ? (tabName as Tab) : 'home';
  return { caseId: caseMatch?.[1], noticeId: noticeMatch?.[1], tab };
}

/**
 * The routed case, read as the module loads: the database opens while Preact
 * renders the empty frame, and the first refresh takes the answer (issue 18:
 * first case content). Later refreshes read afresh.
 */
let earlyCase: { id: string; read: Promise<CaseRecord | undefined> } | undefined = (() => {
  const { caseId } = route(location.hash);
  // bench:scale prints these beside the first-case mark: where the time before first content goes.
  performance.mark('reinstate:locker:module');
  if (!caseId) return undefined;
  const read = store.getCase(caseId);
  void read.then(() => performance.mark('reinstate:locker:case-read'), () => undefined);
  read.catch(() => undefined); // a failure reaches refresh when it awaits the read, as before
  return { id: caseId, read };
})();

function readCase(id: string): Promise<CaseRecord | undefined> {
  const early = earlyCase;
  earlyCase = undefined;
  return early?.id === id ? early.read : store.getCase(id);
}

interface CaseSummary {
  record: CaseRecord;
  next?: { label: string; due: string; dueDate: string };
}

export function App() {
  const lang = uiLocale();
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [current, setCurrent] = useState<CaseRecord>();
  const [tab, setTab] = useState<Tab>('home');
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<EvidenceRecord>();
  const [deleting, setDeleting] = useState<EvidenceRecord>();
  const [verified, setVerified] = useState<Record<string, boolean>>({});
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState<string>();
  const [highlight, setHighlight] = useState<string>();
  const data = useCaseData(store, current, version);
  const caseEvidence = useCaseEvidence(store, current?.id, version, tab === 'evidence' ? 'paged' : tab === 'timeline' ? 'whole' : false);

  async function loadCases(): Promise<void> {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const listed = (await store.listCases()).flatMap((l) => (l.ok ? [l.record] : []));
    // Every case's deadline read side by side: one database round trip's wait, not two per case.
    const summaries = await Promise.all(
      listed.map(async (record): Promise<CaseSummary> => {
        try {
          const [notices, messages] = await Promise.all([store.listNotices(record.id), store.listCorrespondence(record.id)]);
          const upcoming = computeDeadlines(clockOf(record, notices, messages), timeZone).find((d) => Date.parse(d.due) > Date.now());
          return { record, next: upcoming ? { label: deadlineLabel(upcoming.id), due: upcoming.due, dueDate: upcoming.dueDate } : undefined };
        } catch {
          return { record };
        }
      }),
    );
    setCases(summaries);
  }

  async function refresh() {
    try {
      const { caseId, noticeId, tab: routed } = route(location.hash);
      setTab(routed);
      let selected = caseId ? await readCase(caseId) : undefined;
      if (!selected && noticeId) {
        const notice = await store.getNotice(noticeId);
        if (notice) selected = await store.getCase(notice.caseId);
        setHighlight(noticeId);
      }
      if (!selected) selected = await store.getCase((await send('ui→bg:current-case', {})).id);
      // The case shows first; the list of cases beside it fills in as it is read.
      setCurrent(selected);
      setVersion((v) => v + 1);
      await loadCases();
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

  // A reference number printed in a notice (an Enforcement ID) goes to the case, so letters quote it.
  useEffect(() => {
    if (!current || !data) return;
    const merged = referenceIdsToAdd(current.referenceIds, data.notices.map((n) => n.text));
    if (!merged) return;
    void send('ui→bg:case-update', { id: current.id, changes: { referenceIds: merged } }).then(setCurrent, () => undefined);
  }, [data]);

  useEffect(() => {
    document.title = current ? `${current.title} · ${t('extName')}` : t('lockerTitle');
    // bench:scale reads when the case first showed, counted from the page's navigation.
    if (current && !performance.getEntriesByName(FIRST_CASE_MARK).length) performance.mark(FIRST_CASE_MARK);
  }, [current?.title]);

  useEffect(() => {
    // bench:scale reads when the Evidence tab's first row showed, and when its audit (pin images counted) came.
    if (tab !== 'evidence' || !caseEvidence) return;
    if (caseEvidence.list.length && !performance.getEntriesByName(EVIDENCE_ROW_MARK).length) performance.mark(EVIDENCE_ROW_MARK);
    if (!caseEvidence.busy && !performance.getEntriesByName(EVIDENCE_AUDIT_MARK).length) performance.mark(EVIDENCE_AUDIT_MARK);
  }, [tab, caseEvidence?.list.length, caseEvidence?.busy]);

  const reload = () => setVersion((v) => v + 1);
  const caseRecords = cases.map((c) => c.record);
  const shown = caseEvidence?.list ?? [];
  // Unknown until the audit is read: no number is shown before it is counted.
  const pinPictures = caseEvidence?.pinImages ?? 0;
  const evidenceDone = caseEvidence?.complete ?? false;
  const tabHref = (name: Tab) => (current ? `#/case/${current.id}/${name}` : `#/${name}`);

  return (
    <>
      <a class="skip-link" href="#case-main">{t('lockerSkipToCase')}</a>
      <a class="skip-link" href="#case-tabs">{t('lockerSkipToTabs')}</a>
      <div class="layout">
        <nav class="sidebar" data-testid="cases" aria-labelledby="cases-title">
          <h2 id="cases-title">{t('lockerCases')}</h2>
          <ul class="case-list">
            {cases.map(({ record, next }) => (
              <li key={record.id} class={record.id === current?.id ? 'selected' : ''}>
                <a href={`#/case/${record.id}`} aria-current={record.id === current?.id ? 'page' : undefined} data-testid="case-link">
                  {record.title}
                  {/* Two cases of one name (an imported bundle is often "My case" too): the day each was opened tells them apart. */}
                  {cases.filter((c) => c.record.title === record.title).length > 1 ? ` · ${t('lockerCaseOpened', formatDay(record.createdAt, lang, true))}` : ''}
                </a>
                <div class="muted">{platformName(record.platform)} · {caseStatusLabel(record.status)}</div>
                <div class="muted small">
                  {next ? t('lockerNextDeadlineDays', [next.label, formatCount(daysLeft(next.due), lang), formatDay(next.dueDate, lang)]) : t('lockerNoDeadline')}
                </div>
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
            <label class="stacked">
              {t('lockerNewCaseTitle')}
              <input type="text" value={newTitle} onInput={(e) => setNewTitle((e.target as HTMLInputElement).value)} data-testid="new-case-title" />
            </label>
            <button type="submit" data-testid="new-case">{t('lockerNewCase')}</button>
          </form>
          <StorageStatus />
        </nav>
        <main id="case-main" tabIndex={-1}>
          <header class="case-header">
            <h1>{current ? current.title : t('lockerTitle')}</h1>
            {current && (
              <p class="muted">
                {platformName(current.platform)}
                {current.account ? ` · @${current.account.replace(/^@/, '')}` : ''} · {caseStatusLabel(current.status)}
              </p>
            )}
            <p class="header-actions">
              {current && <a class="button primary" href={browser.runtime.getURL(`/appeal.html?case=${current.id}`)} data-testid="header-appeal">{t('popupWriteAppeal')}</a>}{' '}
              <a class="button" href={browser.runtime.getURL(`/bundle.html${current ? `?case=${current.id}` : ''}`)} data-testid="open-bundle">{t('lockerBundle')}</a>
            </p>
          </header>
          <nav id="case-tabs" class="tabs" aria-label={t('lockerSections')} tabIndex={-1}>
            {TABS.map((name) => (
              <a key={name} href={tabHref(name)} aria-current={tab === name ? 'page' : undefined} data-testid={`tab-${name}`}>
                {t(`lockerTab_${name}` as MessageKey)}
              </a>
            ))}
          </nav>
          {error && <p class="error" role="alert">{error}</p>}
          {current && data && (
            <div class="tab-panel" data-tab={tab}>
              {tab === 'home' && (
                <CaseHome
                  theCase={current}
                  data={data}
                  cases={caseRecords}
                  highlight={highlight}
                  onMoveNotice={async (id, toCaseId) => {
                    await send('ui→bg:move-to-case', { kind: 'notice', id, toCaseId });
                    await refresh();
                  }}
                />
              )}
              {tab === 'evidence' && (
                <section aria-labelledby="evidence-title" aria-busy={caseEvidence?.busy ?? true}>
                  <h2 id="evidence-title">{t('lockerEvidence')}</h2>
                  <p class="muted">{t('lockerEvidenceIntro')}</p>
                  {caseEvidence?.error && <p class="error" role="alert">{caseEvidence.error}</p>}
                  {evidenceDone && !caseEvidence?.error && shown.length === 0 && <p class="muted">{t('lockerEmpty')}</p>}
                  {pinPictures > 0 && <p class="muted">{t('lockerPinPictures', formatCount(pinPictures, lang))}</p>}
                  <GrowingList
                    class="grid"
                    data-testid="evidence-list"
                    items={shown}
                    step={FIRST_PAGE}
                    onMore={caseEvidence?.more}
                    render={(item) =>
                      item.ok ? (
                        <EvidenceCard
                          key={item.record.id}
                          record={item.record}
                          store={store}
                          verified={verified[item.record.id]}
                          cases={caseRecords}
                          onMove={async (toCaseId) => {
                            await send('ui→bg:evidence-move', { id: item.record.id, toCaseId });
                            await refresh();
                          }}
                          onOpen={() => setOpen(item.record)}
                          onDelete={() => setDeleting(item.record)}
                          onVerify={async () => setVerified({ ...verified, [item.record.id]: await store.verifyEvidence(item.record.id).catch(() => false) })}
                        />
                      ) : (
                        <li key={item.id} class="card damaged" data-testid="damaged-card">
                          {t('lockerDamaged', [item.id, item.problem])}
                        </li>
                      )
                    }
                  />
                </section>
              )}
              {tab === 'letters' && <LettersTab caseId={current.id} letters={data.letters} messages={data.correspondence} onAdded={() => void refresh()} />}
              {tab === 'deadlines' && <DeadlinesTab store={store} theCase={current} deadlines={data.deadlines} />}
              {tab === 'inventory' && <InventoryPanel store={store} caseId={current.id} />}
              {tab === 'timeline' && <TimelineTab store={store} data={data} evidence={caseEvidence?.list} complete={evidenceDone} />}
              {tab === 'settings' && <SettingsTab store={store} theCase={current} log={data.log} onChanged={(c) => (setCurrent(c), reload(), void loadCases())} />}
            </div>
          )}
        </main>
      </div>
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
    </>
  );
}
