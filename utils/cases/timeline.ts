import type { CorrespondenceRecord, EvidenceRecord, LetterRecord, LogRecord, NoticeRecord } from '../db/schema';

export type TimelineKind = 'notice' | 'capture' | 'letter' | 'sent' | 'received' | 'status' | 'change' | 'deletion' | 'case';

export interface TimelineEvent {
  /** UTC ISO instant; shown in local time. */
  at: string;
  kind: TimelineKind;
  title: string;
  detail?: string;
  ref: string;
}

/** Everything that happened in a case, oldest first: one list to read the story from. */
export function buildTimeline(parts: {
  notices: NoticeRecord[];
  evidence: EvidenceRecord[];
  letters: LetterRecord[];
  correspondence: CorrespondenceRecord[];
  log: LogRecord[];
}): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...parts.notices.map((n) => ({ at: n.seenAt, kind: 'notice' as const, title: n.kind, detail: n.text, ref: n.id })),
    ...parts.evidence.map((e) => ({ at: e.capturedAt, kind: 'capture' as const, title: e.kind, detail: `${e.url} · SHA-256 ${e.sha256}`, ref: e.id })),
    ...parts.letters.map((l) => ({ at: l.createdAt, kind: 'letter' as const, title: l.subject, detail: `${l.kind} · ${l.language}`, ref: l.id })),
    ...parts.correspondence.map((c) => ({ at: c.at, kind: c.direction, title: c.summary, detail: [c.channel, c.referenceId].filter(Boolean).join(' · '), ref: c.id })),
    ...parts.log.map((l) => ({
      at: l.at,
      kind: l.action === 'case.status' ? ('status' as const) : l.action === 'evidence.deleted' ? ('deletion' as const) : l.action === 'case.created' ? ('case' as const) : ('change' as const),
      title: l.summary,
      ref: l.id,
    })),
  ];
  return events.filter((e) => !Number.isNaN(Date.parse(e.at))).sort((a, b) => a.at.localeCompare(b.at) || a.ref.localeCompare(b.ref));
}
