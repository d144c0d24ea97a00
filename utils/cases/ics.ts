import { createEvents, type EventAttributes } from 'ics';
import type { Deadline } from './deadlines';

/**
 * Deadlines as an iCalendar file that common calendars import: one all-day
 * event on the last day, with an alarm a week before. Built with the `ics`
 * package rather than by hand (escaping, folding, UIDs).
 */
export function deadlinesToIcs(items: { caseTitle: string; caseId: string; deadline: Deadline; label: string }[]): string {
  if (!items.length) return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:reinstate\r\nEND:VCALENDAR\r\n';
  const events: EventAttributes[] = items.map(({ caseTitle, caseId, deadline, label }) => {
    const [y, m, d] = deadline.dueDate.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    return {
      uid: `${caseId}-${deadline.id}@reinstate.invalid`,
      title: `${label} (${caseTitle})`,
      description: `${label}. Sources: ${deadline.sources.join(', ')}. Counted from ${deadline.from.event} on ${deadline.from.at}.`,
      start: [y, m, d],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      alarms: [{ action: 'display', description: label, trigger: { days: 7, before: true } }],
      productId: 'reinstate',
      calName: 'Reinstate deadlines',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('Could not build the calendar file.');
  return value;
}
