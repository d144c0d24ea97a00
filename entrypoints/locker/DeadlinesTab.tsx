import { useEffect, useState } from 'preact/hooks';
import { DeadlineBar } from '@/components/DeadlineBar';
import { downloadFile } from '@/components/download';
import type { Deadline } from '@/utils/cases/deadlines';
import { deadlinesToIcs } from '@/utils/cases/ics';
import { deadlineLabel } from '@/utils/cases/labels';
import { DEFAULT_REMINDERS, type ReminderSettings } from '@/utils/cases/reminders';
import type { CaseRecord } from '@/utils/db/schema';
import type { Store } from '@/utils/db/store';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';

/** Every deadline as days left with a bar; the legal sources behind "Technical details". */
export function DeadlinesTab({ store, theCase, deadlines }: { store: Store; theCase: CaseRecord; deadlines: Deadline[] }) {
  const [reminders, setReminders] = useState<ReminderSettings>(DEFAULT_REMINDERS);
  useEffect(() => {
    void store.getSetting<ReminderSettings>('reminders').then((r) => setReminders({ ...DEFAULT_REMINDERS, ...(r ?? {}) }));
  }, []);
  const upcoming = deadlines.filter((d) => Date.parse(d.due) > Date.now());
  const passed = deadlines.filter((d) => Date.parse(d.due) <= Date.now());
  return (
    <section class="card" data-testid="deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('lockerDeadlines')}</h2>
      {deadlines.length === 0 ? <p class="muted">{t('lockerNoDeadlineExplain')}</p> : (
        <ul class="deadline-list">
          {[...upcoming, ...passed].map((d) => (
            <li key={d.id}>
              <DeadlineBar deadline={d} />
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          disabled={!deadlines.length}
          data-testid="export-ics"
          onClick={() => downloadFile(`reinstate-deadlines-${theCase.id}.ics`, deadlinesToIcs(deadlines.map((deadline) => ({ caseTitle: theCase.title, caseId: theCase.id, deadline, label: deadlineLabel(deadline.id) }))), 'text/calendar')}
        >
          {t('lockerExportIcs')}
        </button>
        <label class="inline">
          <input type="checkbox" checked={reminders.enabled} onChange={async (e) => setReminders(await send('ui→bg:reminders-set', { ...reminders, enabled: (e.target as HTMLInputElement).checked }))} /> {t('lockerReminders')}
        </label>
      </div>
      {deadlines.length > 0 && (
        <details class="technical">
          <summary>{t('technicalDetails')}</summary>
          <ul class="mono small">
            {deadlines.map((d) => <li key={d.id}>{d.id} · {d.dueDate} · {d.from.event} {d.from.at} · {d.sources.join(', ')}</li>)}
          </ul>
        </details>
      )}
    </section>
  );
}
