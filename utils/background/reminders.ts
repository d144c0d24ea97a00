import type { browser as browserApi } from 'wxt/browser';
import { clockOf } from '../cases/clock';
import { computeDeadlines } from '../cases/deadlines';
import { deadlineLabel } from '../cases/labels';
import { DEFAULT_REMINDERS, parseReminderName, planReminders, planReplyReminder, REMINDER_PREFIX, type ReminderSettings } from '../cases/reminders';
import type { Store } from '../db/store';
import { formatCount } from '../format';
import { t, uiLocale } from '../i18n';

type Browser = typeof browserApi;
export const REMINDER_SETTING = 'reminders';

/**
 * Re-plans every reminder alarm from the cases' deadlines. Alarms survive the
 * service worker going idle; names are stable, so planning twice is harmless.
 */
export async function syncReminders(browser: Browser, store: Store, now = Date.now()): Promise<number> {
  const settings = { ...DEFAULT_REMINDERS, ...((await store.getSetting<ReminderSettings>(REMINDER_SETTING)) ?? {}) };
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(REMINDER_PREFIX));
  await Promise.all(existing.map((a) => browser.alarms.clear(a.name)));
  let planned = 0;
  for (const listed of await store.listCases()) {
    if (!listed.ok) continue;
    const c = listed.record;
    if (['reinstated', 'closed'].includes(c.status)) continue;
    let deadlines;
    const messages = await store.listCorrespondence(c.id);
    try {
      deadlines = computeDeadlines(clockOf(c, await store.listNotices(c.id), messages), timeZone);
    } catch {
      continue; // a case with an unreadable date gets no reminders rather than stopping the others
    }
    const reply = planReplyReminder(c.id, messages, now, settings);
    for (const reminder of [...planReminders(c.id, deadlines, now, settings), ...(reply ? [reply] : [])]) {
      await browser.alarms.create(reminder.name, { when: reminder.when });
      planned++;
    }
  }
  return planned;
}

export async function onReminderAlarm(browser: Browser, store: Store, alarmName: string): Promise<boolean> {
  const parsed = parseReminderName(alarmName);
  if (!parsed) return false;
  const c = await store.getCase(parsed.caseId);
  if (!c) return false;
  const overdue = parsed.deadlineId === 'reply-overdue';
  // In the UI language like every other string: a German browser gets a German reminder.
  const label = overdue ? t('reminderReplyOverdueBody') : deadlineLabel(parsed.deadlineId as Parameters<typeof deadlineLabel>[0]);
  const left = t(parsed.daysLeft === 1 ? 'deadlineDayLeft' : 'deadlineDaysLeft', formatCount(parsed.daysLeft, uiLocale()));
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: overdue ? t('reminderReplyOverdueTitle', c.title) : t('reminderDueTitle', [c.title, left]),
    message: label,
  });
  return true;
}
