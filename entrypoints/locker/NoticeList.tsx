import type { CaseRecord, NoticeRecord } from '@/utils/db/schema';
import { noticeKindLabel } from '@/utils/cases/labels';
import { formatLocal, formatUtc } from '@/utils/format';
import { browser } from 'wxt/browser';
import { t, uiLocale } from '@/utils/i18n';
import { splitNoticeText } from '@/utils/viewer/notice-text';

/** Each notice as the platform worded it: shown as text, never as HTML. */
export function NoticeList({ notices, highlight, cases = [], onMove }: { notices: NoticeRecord[]; highlight?: string; cases?: CaseRecord[]; onMove?(id: string, toCaseId: string): void }) {
  if (!notices.length) return <p class="muted">{t('lockerNoNotices')}</p>;
  return (
    <ul class="notices" data-testid="notice-list">
      {notices.map((notice) => {
        const { heading, body } = splitNoticeText(notice.text);
        return (
          <li key={notice.id} id={`notice-${notice.id}`} class={notice.id === highlight ? 'card highlight' : 'card'} data-testid="notice">
            <strong>{noticeKindLabel(notice.kind)}</strong>
            <blockquote lang={notice.language}>
              {heading && <span class="notice-heading">{heading}</span>}
              <span class="notice-body">{body}</span>
            </blockquote>
            <p class="muted">
              <time dateTime={notice.seenAt} title={formatUtc(notice.seenAt)}>{formatLocal(notice.seenAt, undefined, uiLocale())}</time>
              {' · '}
              {hostOf(notice.url)}
            </p>
            {notice.screenshotMissing && <p class="muted">{t('noticeNoScreenshot', notice.screenshotMissing)}</p>}
            <p>
              <a class="button primary" href={browser.runtime.getURL(`/appeal.html?notice=${notice.id}`)} data-testid="draft-appeal">
                {t('popupWriteAppeal')}
              </a>
            </p>
            {onMove && cases.length > 1 && (
              <select aria-label={t('lockerMoveTo')} value="" onChange={(e) => onMove(notice.id, (e.target as HTMLSelectElement).value)}>
                <option value="">{t('lockerMoveTo')}…</option>
                {cases.filter((c) => c.id !== notice.caseId).map((c) => <option value={c.id} key={c.id}>{c.title}</option>)}
              </select>
            )}
            <details class="technical">
              <summary>{t('technicalDetails')}</summary>
              <p class="mono">{notice.url}</p>
              <p class="mono">{formatUtc(notice.seenAt)}</p>
              <p>{t('noticeWhy')}</p>
              <p class="mono">{notice.signals.join(' · ')}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
