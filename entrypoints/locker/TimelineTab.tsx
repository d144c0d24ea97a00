import { splitNoticeText } from '@/utils/viewer/notice-text';
import { EvidenceThumb } from '@/components/EvidenceThumb';
import { evidenceKindLabel, logLine, noticeKindLabel } from '@/utils/cases/labels';
import { buildTimeline, type TimelineKind } from '@/utils/cases/timeline';
import type { CorrespondenceRecord, EvidenceRecord, NoticeRecord } from '@/utils/db/schema';
import type { Listed, Store } from '@/utils/db/store';
import { formatLocal, formatUtc } from '@/utils/format';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import type { CaseData } from './useCaseData';

// Symbols every system font has (DejaVu, Segoe UI Symbol, Hiragino): emoji fonts are not everywhere.
const ICONS: Record<TimelineKind, string> = { notice: '⚠', capture: '▣', letter: '✎', sent: '↗', received: '↘', status: '↻', change: '✎', deletion: '✕', case: '▤' };

/** The story of the case, newest first, each event with an icon, and captures with their picture. */
export function TimelineTab({ store, data, evidence: listed, complete }: { store: Store; data: CaseData; evidence?: Listed<EvidenceRecord>[]; complete: boolean }) {
  const lang = uiLocale();
  // The captures join the story once the case's evidence list is read (it is read for this tab only).
  const evidence = (listed ?? []).flatMap((l) => (l.ok ? [l.record] : []));
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const noticeById = new Map(data.notices.map((n) => [n.id, n]));
  const logById = new Map(data.log.map((l) => [l.id, l]));
  const messageById = new Map(data.correspondence.map((m) => [m.id, m]));
  const events = buildTimeline({ notices: data.notices, evidence, letters: data.letters, correspondence: data.correspondence, log: data.log }).reverse();
  const titleOf = (kind: TimelineKind, ref: string, title: string): string => {
    if (kind === 'notice') return noticeKindLabel((noticeById.get(ref) as NoticeRecord | undefined)?.kind ?? (title as NoticeRecord['kind']));
    if (kind === 'capture') {
      const e = byId.get(ref);
      return e ? `${evidenceKindLabel(e.kind)}${e.url ? ` · ${hostOf(e.url)}` : e.title ? ` · ${e.title}` : ''}` : title;
    }
    if (kind === 'status' || kind === 'change' || kind === 'case' || kind === 'deletion') {
      const entry = logById.get(ref);
      return entry ? logLine(entry) : title;
    }
    return title;
  };
  return (
    <section class="card" data-testid="timeline" aria-labelledby="timeline-title" aria-busy={!complete}>
      <h2 id="timeline-title">{t('lockerTimeline')}</h2>
      {events.length === 0 && <p class="muted">{t('lockerTimelineEmpty')}</p>}
      <ol class="timeline">
        {events.map((event) => {
          const picture = event.kind === 'capture' ? byId.get(event.ref) : undefined;
          return (
            <li key={`${event.kind}-${event.ref}`} data-kind={event.kind}>
              <span class="timeline-icon" aria-hidden="true">{ICONS[event.kind]}</span>
              <div class="timeline-body">
                <time dateTime={event.at} title={formatUtc(event.at)}>{formatLocal(event.at, undefined, lang)}</time>
                <div>
                  <span class="visually-hidden">{t(`timelineKind_${event.kind}` as MessageKey)}: </span>
                  <strong>{titleOf(event.kind, event.ref, event.title)}</strong>
                </div>
                {event.kind === 'notice' && event.detail && <NoticeWords text={event.detail} />}
                {(event.kind === 'sent' || event.kind === 'received') && <MessageDetail message={messageById.get(event.ref)} />}
              </div>
              {picture && kindHasPicture(picture) && (
                <div class="timeline-thumb">
                  <EvidenceThumb record={picture} store={store} alt={titleOf(event.kind, event.ref, event.title)} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function kindHasPicture(e: EvidenceRecord): boolean {
  return e.kind !== 'thumbnail' && e.mime.startsWith('image/') && e.mime !== 'image/svg+xml';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The notice's own heading, then its words: never run together as one line. */
function NoticeWords({ text }: { text: string }) {
  const { heading, body } = splitNoticeText(text);
  return (
    <div class="muted clamp">
      {heading && <strong>{heading}: </strong>}
      {body}
    </div>
  );
}

/** How a message went, in words ("web form · REF-1"), never the stored code `web-form`. */
function MessageDetail({ message }: { message?: CorrespondenceRecord }) {
  if (!message) return null;
  const parts = [t(`channel_${message.channel.replace(/-/g, '_')}` as MessageKey), message.referenceId].filter(Boolean);
  return <div class="muted">{parts.join(' · ')}</div>;
}
