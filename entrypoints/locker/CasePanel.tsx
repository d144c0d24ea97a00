import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { clockOf } from '@/utils/cases/clock';
import { computeDeadlines, type Deadline } from '@/utils/cases/deadlines';
import { deadlinesToIcs } from '@/utils/cases/ics';
import { DEADLINE_LABELS } from '@/utils/cases/labels';
import { DEFAULT_REMINDERS, type ReminderSettings } from '@/utils/cases/reminders';
import { buildTimeline, type TimelineEvent } from '@/utils/cases/timeline';
import { CASE_STATUSES, CHANNELS } from '@/utils/cases/validate';
import type { CaseRecord, Channel, CorrespondenceRecord, Region } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { InventoryPanel } from './InventoryPanel';
import { formatLocal, formatUtc } from '@/utils/format';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messages';

const REGIONS: Region[] = ['eu', 'uk', 'us', 'in', 'br', 'other'];
const key = (prefix: string, value: string) => `${prefix}_${value.replace(/[- ]/g, '_')}` as MessageKey;


/** The facts, the clock, the story and the messages of one case. */
export function CasePanel({ store, theCase, onChanged }: { store: Store; theCase: CaseRecord; onChanged(c: CaseRecord): void }) {
  const [draft, setDraft] = useState(theCase);
  const [deadlines, setDeadlines] = useState<Deadline[]>([]);
  const [timeline, setTimeline] = useState<TimelineEvent[]>([]);
  const [messages, setMessages] = useState<CorrespondenceRecord[]>([]);
  const [reminders, setReminders] = useState<ReminderSettings>(DEFAULT_REMINDERS);
  const [note, setNote] = useState<{ kind: 'error' | 'success'; text: string }>();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function refresh(c = theCase) {
    const [notices, evidence, letters, correspondence, log] = await Promise.all([
      store.listNotices(c.id),
      store.listEvidence({ caseId: c.id }),
      store.listLetters(c.id),
      store.listCorrespondence(c.id),
      store.listLog(),
    ]);
    setMessages(correspondence);
    try {
      setDeadlines(computeDeadlines(clockOf(c, notices, correspondence), timeZone));
    } catch {
      setDeadlines([]);
    }
    setTimeline(
      buildTimeline({ notices, evidence: evidence.flatMap((l) => (l.ok ? [l.record] : [])), letters, correspondence, log: log.filter((l) => l.caseId === c.id) }).reverse(),
    );
    setReminders({ ...DEFAULT_REMINDERS, ...((await store.getSetting<ReminderSettings>('reminders')) ?? {}) });
  }
  useEffect(() => {
    setDraft(theCase);
    void refresh(theCase);
  }, [theCase.id, theCase.status, theCase.decisionDate, theCase.region]);

  async function save(changes: Partial<CaseRecord>) {
    try {
      const updated = await send('ui→bg:case-update', { id: theCase.id, changes });
      onChanged(updated);
      setNote({ kind: 'success', text: t('lockerSaved') });
    } catch (e) {
      setNote({ kind: 'error', text: (e as Error).message });
    }
  }

  return (
    <>
      <section class="card" data-testid="case-facts">
        <h2>{t('lockerCaseFacts')}</h2>
        <form
          class="facts-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save({ title: draft.title, account: draft.account, status: draft.status, decisionDate: draft.decisionDate || undefined, region: draft.region, business: draft.business, referenceIds: draft.referenceIds });
          }}
        >
          <label>{t('lockerTitleField')}<input type="text" value={draft.title} onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('lockerAccount')}<input type="text" value={draft.account ?? ''} onInput={(e) => setDraft({ ...draft, account: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('lockerStatus')}
            <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: (e.target as HTMLSelectElement).value as CaseRecord['status'] })} data-testid="case-status">
              {CASE_STATUSES.map((s) => <option value={s} key={s}>{t(key('status', s))}</option>)}
            </select>
          </label>
          <label>{t('appealDecisionDate')}<input type="date" value={draft.decisionDate?.slice(0, 10) ?? ''} onInput={(e) => setDraft({ ...draft, decisionDate: (e.target as HTMLInputElement).value })} data-testid="case-decision-date" /></label>
          <label>{t('appealRegion')}
            <select value={draft.region} onChange={(e) => setDraft({ ...draft, region: (e.target as HTMLSelectElement).value as Region })} data-testid="case-region">
              {REGIONS.map((r) => <option value={r} key={r}>{t(key('region', r))}</option>)}
            </select>
          </label>
          <label>{t('lockerReferenceIds')}<input type="text" value={draft.referenceIds.join(', ')} onInput={(e) => setDraft({ ...draft, referenceIds: (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean) })} /></label>
          <label class="inline"><input type="checkbox" checked={draft.business} onChange={(e) => setDraft({ ...draft, business: (e.target as HTMLInputElement).checked })} /> {t('appealBusiness')}</label>
          <button class="primary" type="submit" data-testid="case-save">{t('lockerSave')}</button>
        </form>
        {note && <p class={note.kind} role={note.kind === 'error' ? 'alert' : 'status'} data-testid="case-note">{note.text}</p>}
      </section>

      <section class="card" data-testid="deadlines">
        <h2>{t('lockerDeadlines')}</h2>
        {deadlines.length === 0 ? <p class="muted">{t('lockerNoDeadline')}</p> : (
          <ul>
            {deadlines.map((d) => (
              <li key={d.id}><strong>{d.dueDate}</strong> · {DEADLINE_LABELS[d.id]} <span class="muted">({d.sources.join(', ')})</span></li>
            ))}
          </ul>
        )}
        <div class="actions">
          <button
            disabled={!deadlines.length}
            data-testid="export-ics"
            onClick={() => downloadFile(`reinstate-deadlines-${theCase.id}.ics`, deadlinesToIcs(deadlines.map((deadline) => ({ caseTitle: theCase.title, caseId: theCase.id, deadline, label: DEADLINE_LABELS[deadline.id] }))), 'text/calendar')}
          >
            {t('lockerExportIcs')}
          </button>
          <label class="inline">
            <input type="checkbox" checked={reminders.enabled} onChange={async (e) => setReminders(await send('ui→bg:reminders-set', { ...reminders, enabled: (e.target as HTMLInputElement).checked }))} /> {t('lockerReminders')}
          </label>
        </div>
      </section>

      <InventoryPanel store={store} caseId={theCase.id} />

      <CorrespondenceSection caseId={theCase.id} messages={messages} onAdded={() => refresh()} />

      <section class="card" data-testid="timeline">
        <h2>{t('lockerTimeline')}</h2>
        <ol class="timeline">
          {timeline.map((event) => (
            <li key={`${event.kind}-${event.ref}`} data-kind={event.kind}>
              <time dateTime={event.at} title={formatUtc(event.at)}>{formatLocal(event.at)}</time> <strong>{event.kind}</strong> · {event.title}
              {event.detail && <div class="muted clamp">{event.detail}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function CorrespondenceSection({ caseId, messages, onAdded }: { caseId: string; messages: CorrespondenceRecord[]; onAdded(): void }) {
  const now = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const [form, setForm] = useState({ at: now(), channel: 'email' as Channel, direction: 'received' as 'sent' | 'received', summary: '', referenceId: '', text: '' });
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  return (
    <section class="card" data-testid="correspondence">
      <h2>{t('lockerCorrespondence')}</h2>
      {messages.length === 0 ? <p class="muted">{t('lockerNoCorrespondence')}</p> : (
        <ul class="messages">
          {messages.map((m) => (
            <li key={m.id} data-testid="message"><strong>{formatLocal(m.at)}</strong> · {t(`direction_${m.direction}` as MessageKey)} · {t(`channel_${m.channel.replace(/-/g, '_')}` as MessageKey)} · {m.summary}{m.referenceId ? ` · ${m.referenceId}` : ''}
              {m.text && <details><summary>…</summary><pre class="pasted">{m.text}</pre></details>}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('lockerAddMessage')}</summary>
        <form
          class="facts-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(undefined);
            try {
              const attachmentIds: string[] = [];
              for (const file of files) {
                const bytes = new Uint8Array(await file.arrayBuffer());
                let binary = '';
                for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
                attachmentIds.push((await send('ui→bg:attachment-add', { caseId, name: file.name, mime: file.type, base64: btoa(binary) })).id);
              }
              await send('ui→bg:correspondence-add', {
                caseId, at: new Date(form.at).toISOString(), channel: form.channel, direction: form.direction, summary: form.summary,
                ...(form.referenceId ? { referenceId: form.referenceId } : {}), ...(form.text ? { text: form.text } : {}), attachmentIds,
              });
              setForm({ ...form, summary: '', referenceId: '', text: '' });
              setFiles([]);
              onAdded();
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <label>{t('lockerWhen')}<input type="datetime-local" value={form.at} onInput={(e) => setForm({ ...form, at: (e.target as HTMLInputElement).value })} data-testid="message-at" /></label>
          <label>{t('lockerChannel')}
            <select value={form.channel} onChange={(e) => setForm({ ...form, channel: (e.target as HTMLSelectElement).value as Channel })}>
              {CHANNELS.map((c) => <option value={c} key={c}>{t(`channel_${c.replace(/-/g, '_')}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>{t('lockerDirection')}
            <select value={form.direction} onChange={(e) => setForm({ ...form, direction: (e.target as HTMLSelectElement).value as 'sent' | 'received' })} data-testid="message-direction">
              <option value="received">{t('direction_received')}</option>
              <option value="sent">{t('direction_sent')}</option>
            </select>
          </label>
          <label>{t('lockerSummary')}<input type="text" required value={form.summary} onInput={(e) => setForm({ ...form, summary: (e.target as HTMLInputElement).value })} data-testid="message-summary" /></label>
          <label>{t('lockerReference')}<input type="text" value={form.referenceId} onInput={(e) => setForm({ ...form, referenceId: (e.target as HTMLInputElement).value })} /></label>
          <label class="wide">{t('lockerPastedText')}<textarea value={form.text} onInput={(e) => setForm({ ...form, text: (e.target as HTMLTextAreaElement).value })} data-testid="message-text" /></label>
          <label>{t('lockerAttach')}<input type="file" multiple onChange={(e) => setFiles([...((e.target as HTMLInputElement).files ?? [])])} /></label>
          <button class="primary" type="submit" data-testid="message-add">{t('lockerLogIt')}</button>
          {error && <p class="error" role="alert">{error}</p>}
        </form>
      </details>
    </section>
  );
}
