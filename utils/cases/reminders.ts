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
}

export const DEFAULT_REMINDERS: ReminderSettings = { enabled: true, daysBefore: [7, 1] };
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
