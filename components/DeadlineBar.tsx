import type { Deadline } from '@/utils/cases/deadlines';
import { deadlineLabel } from '@/utils/cases/labels';
import { daysLeft, elapsedShare, formatCount, formatDay } from '@/utils/format';
import { t, uiLocale } from '@/utils/i18n';

/** "152 days left · Last day for the internal complaint · 27 May 2027", with a bar of the time gone. */
export function DeadlineBar({ deadline, compact = false }: { deadline: Deadline; compact?: boolean }) {
  const lang = uiLocale();
  const days = daysLeft(deadline.due);
  const share = elapsedShare(deadline.from.at, deadline.due);
  const urgent = days <= 14;
  const left = days < 0 ? t('deadlinePassed') : days === 0 ? t('deadlineToday') : t(days === 1 ? 'deadlineDayLeft' : 'deadlineDaysLeft', formatCount(days, lang));
  return (
    <div class={`deadline${urgent ? ' urgent' : ''}${compact ? ' compact' : ''}`} data-testid="deadline-bar" data-days={days}>
      <div class="deadline-text">
        <strong>{left}</strong> · <span>{deadlineLabel(deadline.id)}</span> ·{' '}
        <span class="muted">
          <time dateTime={deadline.dueDate}>{formatDay(deadline.dueDate, lang, true)}</time>
        </span>
      </div>
      <div class="bar" role="presentation">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
