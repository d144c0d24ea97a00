import { createEvents, type EventAttributes } from 'ics';
import { citeLabel } from '../appeal/citations';
import type { Deadline } from './deadlines';

/**
 * Text as RFC 5545 allows it: the `ics` package escapes a line feed but
 * passes a bare carriage return and other control characters through, and a
 * calendar that treats a lone CR as a line break would read what follows as
 * new properties or events (a case title is page-supplied text).
 */
export function icsText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

/** "Legal basis: DSA Art. 20(1), DSA Art. 20(2). " in words a calendar reader knows; internal ids (a body's own rule) are left out. */
function basisOf(deadline: Deadline): string {
  const labels = deadline.sources.flatMap((id) => {
    try {
      return [citeLabel(id)];
    } catch {
      return [];
    }
  });
  return labels.length ? `Legal basis: ${labels.join(', ')}. ` : '';
}

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
      title: icsText(`${label} (${caseTitle})`),
      description: icsText(`${label}. ${basisOf(deadline)}Counted from ${deadline.from.event} on ${deadline.from.at}.`),
      start: [y, m, d],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      alarms: [{ action: 'display', description: icsText(label), trigger: { days: 7, before: true } }],
      productId: 'reinstate',
      calName: 'Reinstate deadlines',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('Could not build the calendar file.');
  return value;
}
