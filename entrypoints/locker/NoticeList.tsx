import type { CaseRecord, NoticeRecord } from '@/utils/db/schema';
import { formatLocal, formatUtc } from '@/utils/format';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';

/** Each notice as the platform worded it: shown as text, never as HTML. */
export function NoticeList({ notices, highlight, cases = [], onMove }: { notices: NoticeRecord[]; highlight?: string; cases?: CaseRecord[]; onMove?(id: string, toCaseId: string): void }) {
  if (!notices.length) return <p class="muted">{t('lockerNoNotices')}</p>;
  return (
    <ul class="notices" data-testid="notice-list">
      {notices.map((notice) => (
        <li key={notice.id} id={`notice-${notice.id}`} class={notice.id === highlight ? 'card highlight' : 'card'} data-testid="notice">
          <strong>{t(`noticeKind_${notice.kind}` as MessageKey)}</strong>
          <blockquote lang={notice.language}>{notice.text}</blockquote>
          <p class="muted">
            {t('noticeSeenAt', [`${formatUtc(notice.seenAt)} (${formatLocal(notice.seenAt, notice.timeZone)})`, notice.url])}
          </p>
          {notice.screenshotMissing && <p class="muted">{t('noticeNoScreenshot', notice.screenshotMissing)}</p>}
          <a class="button primary" href={browser.runtime.getURL(`/appeal.html?notice=${notice.id}`)} data-testid="draft-appeal">
            {t('lockerDraftAppeal')}
          </a>
          {onMove && cases.length > 1 && (
            <select aria-label={t('lockerMoveTo')} value="" onChange={(e) => onMove(notice.id, (e.target as HTMLSelectElement).value)}>
              <option value="">{t('lockerMoveTo')}…</option>
              {cases.filter((c) => c.id !== notice.caseId).map((c) => <option value={c.id} key={c.id}>{c.title}</option>)}
            </select>
          )}
          <details>
            <summary>{t('noticeWhy')}</summary>
            <p class="mono">{notice.signals.join(' · ')}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
