import type { Deadline } from './deadlines';

export interface Reminder {
  /** The alarm's name: stable, so re-planning replaces rather than duplicates. */
  name: string;
  when: number;
  caseId: string;
  deadlineId: string;
  due: string;
  daysLeft: number;
}

export interface ReminderSettings {
  enabled: boolean;
  /** Days before a deadline to remind, e.g. [7, 1]. */
  daysBefore: number[];
  /** Days after a message sent with no answer logged before saying the reply is overdue. */
  replyDays?: number;
}

export const DEFAULT_REMINDERS: ReminderSettings = { enabled: true, daysBefore: [7, 1], replyDays: 30 };

/**
 * The last message sent with nothing received after it: when its answer is
 * overdue (a reminder with 0 days left, named `reply-overdue`).
 */
export function planReplyReminder(caseId: string, messages: { at: string; direction: 'sent' | 'received' }[], now: number, settings: ReminderSettings = DEFAULT_REMINDERS): Reminder | null {
  if (!settings.enabled || !settings.replyDays) return null;
  const ordered = [...messages].sort((a, b) => a.at.localeCompare(b.at));
  const last = ordered.at(-1);
  if (!last || last.direction !== 'sent') return null;
  const when = Date.parse(last.at) + settings.replyDays * 86_400_000;
  if (Number.isNaN(when) || when <= now) return null;
  return { name: `${REMINDER_PREFIX}${caseId}:reply-overdue:0`, when, caseId, deadlineId: 'reply-overdue', due: new Date(when).toISOString(), daysLeft: 0 };
}
export const REMINDER_PREFIX = 'reminder:';

/** Which reminders to set for a case's deadlines: future ones only, none when switched off. */
export function planReminders(caseId: string, deadlines: Deadline[], now: number, settings: ReminderSettings = DEFAULT_REMINDERS): Reminder[] {
  if (!settings.enabled) return [];
  const out: Reminder[] = [];
  for (const d of deadlines) {
    const due = Date.parse(d.due);
    for (const days of settings.daysBefore) {
      const when = due - days * 86_400_000;
      if (when > now) out.push({ name: `${REMINDER_PREFIX}${caseId}:${d.id}:${days}`, when, caseId, deadlineId: d.id, due: d.due, daysLeft: days });
    }
  }
  return out.sort((a, b) => a.when - b.when);
}

export function parseReminderName(name: string): { caseId: string; deadlineId: string; daysLeft: number } | null {
  if (!name.startsWith(REMINDER_PREFIX)) return null;
  const [caseId, deadlineId, days] = name.slice(REMINDER_PREFIX.length).split(':');
  if (!caseId || !deadlineId || !days) return null;
  return { caseId, deadlineId, daysLeft: Number(days) };
}
