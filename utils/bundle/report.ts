import { checkNotice } from '../appeal/checklist';
import { citeLabel } from '../appeal/citations';
import { PIN_IMAGE_KIND } from '../db/schema';
import type { BoardRecord, CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, NoticeRecord, PinRecord } from '../db/schema';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { diffInventories } from '../inventory/diff';
import { formatCount } from '../format';
import { splitNoticeText } from '../viewer/notice-text';
import { formatFingerprint } from './fingerprint.js';
import type { ManifestFile } from './verify-core';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything from a page or a user goes through here: text, never markup. */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);

export interface ReportInput {
  cases: CaseRecord[];
  notices: NoticeRecord[];
  evidence: (EvidenceRecord & { path: string })[];
  correspondence: CorrespondenceRecord[];
  letters?: LetterRecord[];
  /** `pinCount`, when given, is the run's pin count (the exporter leaves `pins` empty when no comparison needs them). */
  inventories?: { run: InventoryRecord; boards: BoardRecord[]; pins: PinRecord[]; path: string; pinCount?: number }[];
  files: ManifestFile[];
  thumbs: Map<string, string>;
  /** The signing key's fingerprint (64 hex) when the bundle is signed. */
  fingerprint?: string;
  /** Why the bundle is not signed. */
  unsignedReason?: string;
  now?: Date;
}

/** A key whose English text is known to exist; falls back to the raw value for kinds added later. */
const label = (prefix: string, value: string) => {
  const key = `${prefix}${value.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
};

const WHEN: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
/** One formatter per language and zone: making one costs more than formatting, and a report lists 50,000 file times. */
const whenFormats = new Map<string, Intl.DateTimeFormat>();
function whenFormat(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}\u0000${timeZone}`;
  let format = whenFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { ...WHEN, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(lang, { ...WHEN, timeZone: 'UTC' });
    }
    whenFormats.set(key, format);
  }
  return format;
}

/** The last few minutes formatted, per language and zone: pin images come dozens to a minute, and the format shows minutes only. */
const formattedMinutes = new Map<string, string>();
const MINUTE = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** "2 May 2025, 11:15 CEST" in the reader's language; the raw value when it is not a date. */
export function formatWhen(iso: string | undefined, lang: string, timeZone?: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return iso ?? '';
  // Instants in one UTC minute read the same to the minute in every zone (offsets are whole minutes since 1972).
  const minute = iso.endsWith('Z') && iso >= '1972' ? MINUTE.exec(iso)?.[0] : undefined;
  const key = minute && `${minute}\u0000${lang}\u0000${timeZone || 'UTC'}`;
  const known = key ? formattedMinutes.get(key) : undefined;
  if (known !== undefined) return known;
  const text = whenFormat(lang, timeZone || 'UTC').format(new Date(iso));
  if (key) {
    if (formattedMinutes.size >= 4096) formattedMinutes.clear();
    formattedMinutes.set(key, text);
  }
  return text;
}

const dateOnly = (iso: string | undefined, lang: string) => (iso && !Number.isNaN(Date.parse(iso)) ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : (iso ?? ''));

/** The notice's heading on its own line, so "Account suspended" and "Your account has…" do not run together. */
function noticeWords(text: string): string {
  const { heading, body } = splitNoticeText(text);
  return heading ? `<strong class="notice-heading">${esc(heading)}</strong>\n${esc(body)}` : esc(body);
}

interface Event {
  at: string;
  icon: string;
  text: string;
  thumb?: string;
  alt?: string;
}

/**
 * A case's pin images as one line of its story, at the last one's time: an
 * inventory can save 50,000, which as 50,000 lines would bury the notice and
 * the letters (and take seconds to write). The file list still names each.
 */
function pinImagesEvent(input: ReportInput, c: CaseRecord, lang: string): Event[] {
  let count = 0;
  let last = '';
  for (const e of input.evidence) {
    if (e.caseId !== c.id || e.kind !== PIN_IMAGE_KIND) continue;
    count++;
    if (typeof e.capturedAt === 'string' && e.capturedAt > last) last = e.capturedAt;
  }
  return count ? [{ at: last, icon: '▦', text: t('reportEventPinImages', formatCount(count, lang)) }] : [];
}

function timeline(input: ReportInput, c: CaseRecord, lang: string, zone: string): Event[] {
  const when = (iso: string) => formatWhen(iso, lang, zone);
  const events: Event[] = [
    ...input.notices.filter((n) => n.caseId === c.id).map((n) => ({ at: n.seenAt, icon: '⚠', text: t('reportEventNotice', [label('reportKind_', n.kind), n.url]) })),
    ...input.evidence.filter((e) => e.caseId === c.id && e.kind !== PIN_IMAGE_KIND).map((e) => ({ at: e.capturedAt, icon: '◉', text: t('reportEventEvidence', [label('reportEvidence_', e.kind), e.title || e.url]), thumb: input.thumbs.get(e.id), alt: e.title || e.url })),
    ...pinImagesEvent(input, c, lang),
    ...(input.letters ?? []).filter((l) => l.caseId === c.id).map((l) => ({ at: l.createdAt, icon: '✉', text: t('reportEventLetter', l.subject) })),
    ...input.correspondence.filter((m) => m.caseId === c.id).map((m) => ({ at: m.at, icon: m.direction === 'sent' ? '➜' : '⬅', text: t(m.direction === 'sent' ? 'reportEventSent' : 'reportEventReceived', [m.summary, label('channel_', m.channel)]) })),
    ...(input.inventories ?? []).filter((i) => i.run.caseId === c.id).map((i) => ({ at: i.run.state.startedAt, icon: '▦', text: t('reportEventInventory', [formatCount(i.boards.length, lang), formatCount(i.pinCount ?? i.pins.length, lang)]) })),
  ];
  return events
    .filter((e) => typeof e.at === 'string')
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => ({ ...e, at: when(e.at) }));
}

/** The account as the case names it, else as the notice named it: the reader should not see "—" when the notice named it. */
function accountOf(input: ReportInput, c: CaseRecord): string | undefined {
  return c.account || input.notices.find((n) => n.caseId === c.id && n.account)?.account || undefined;
}

function summary(input: ReportInput, c: CaseRecord, lang: string, zone: string): string {
  const notices = input.notices.filter((n) => n.caseId === c.id).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const sent = input.correspondence.filter((m) => m.caseId === c.id && m.direction === 'sent').sort((a, b) => a.at.localeCompare(b.at));
  const received = input.correspondence.filter((m) => m.caseId === c.id && m.direction === 'received');
  const letters = (input.letters ?? []).filter((l) => l.caseId === c.id);
  const first = notices[0];
  const platform = label('reportPlatform_', c.platform);
  const account = accountOf(input, c);
  const lines = [
    first
      ? account
        ? t('reportSummaryNotice', [formatWhen(first.seenAt, lang, zone), platform, account, label('reportKind_', first.kind)])
        : t('reportSummaryNoticeNoAccount', [formatWhen(first.seenAt, lang, zone), platform, label('reportKind_', first.kind)])
      : t('reportSummaryNoNotice', [platform, account ?? t('reportUnknownAccount')]),
    c.decisionDate ? t('reportSummaryDecision', dateOnly(c.decisionDate, lang)) : '',
    sent.length ? t('reportSummarySent', [formatCount(sent.length, lang), formatWhen(sent[sent.length - 1]!.at, lang, zone)]) : letters.length ? t('reportSummaryDrafted', formatCount(letters.length, lang)) : t('reportSummaryNothingSent'),
    received.length ? t('reportSummaryReplies', formatCount(received.length, lang)) : '',
    t('reportSummaryStatus', label('reportStatus_', c.status)),
  ].filter(Boolean);
  return `<ul class="summary">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`;
}

function inventorySummary(input: ReportInput, c: CaseRecord, lang: string, zone: string): string {
  const runs = (input.inventories ?? []).filter((i) => i.run.caseId === c.id).sort((a, b) => String(a.run.state.startedAt).localeCompare(String(b.run.state.startedAt)));
  if (!runs.length) return `<p>${esc(t('reportNoInventory'))}</p>`;
  const rows = runs.map((r) => `<tr><td>${esc(formatWhen(r.run.state.startedAt, lang, zone))}</td><td>${esc(r.run.state.username)}</td><td>${formatCount(r.boards.length, lang)}</td><td>${formatCount(r.pinCount ?? r.pins.length, lang)}</td><td><code>${esc(r.path)}</code></td></tr>`);
  let diff = '';
  if (runs.length >= 2) {
    const [before, after] = runs.slice(-2) as [(typeof runs)[number], (typeof runs)[number]];
    const d = diffInventories(before, after);
    diff = `<p>${esc(t('reportInventoryDiff', [formatWhen(before.run.state.startedAt, lang, zone), formatWhen(after.run.state.startedAt, lang, zone), ...[d.boards.missing.length, d.boards.added.length, d.pins.missing.length, d.pins.added.length, d.pins.changed.length].map((n) => formatCount(n, lang))]))}</p>`;
    if (d.boards.missing.length) diff += `<p>${esc(t('reportInventoryMissingBoards'))} ${d.boards.missing.slice(0, 50).map((b) => esc(b.name)).join(', ')}</p>`;
  }
  return `<table><caption>${esc(t('reportInventoryCaption'))}</caption><thead><tr><th scope="col">${esc(t('reportColWhen'))}</th><th scope="col">${esc(t('reportColAccount'))}</th><th scope="col">${esc(t('reportColBoards'))}</th><th scope="col">${esc(t('reportColPins'))}</th><th scope="col">${esc(t('reportColFile'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>${diff}`;
}

function caseSection(input: ReportInput, c: CaseRecord, index: number, lang: string): string {
  // The user's own time zone when the notice was seen: the times they remember.
  const zone = input.notices.find((n) => n.caseId === c.id)?.timeZone ?? input.evidence.find((e) => e.caseId === c.id)?.timeZone ?? 'UTC';
  const notices = input.notices.filter((n) => n.caseId === c.id);
  const checklist = notices[0] ? checkNotice({ text: notices[0].text, kind: notices[0].kind, seenAt: notices[0].seenAt }, { platform: c.platform, region: c.region, business: c.business, decisionDate: c.decisionDate }) : [];
  const events = timeline(input, c, lang, zone);
  const id = (part: string) => `c${index}-${part}`;
  return `<article class="case" aria-labelledby="${id('title')}">
<h2 id="${id('title')}">${esc(c.title)}</h2>
<section aria-labelledby="${id('summary')}"><h3 id="${id('summary')}">${esc(t('reportSummary'))}</h3>${summary(input, c, lang, zone)}</section>
<section aria-labelledby="${id('timeline')}"><h3 id="${id('timeline')}">${esc(t('reportTimeline'))}</h3>
${events.length ? `<ol class="timeline">${events.map((e) => `<li><span class="icon" aria-hidden="true">${e.icon}</span><time>${esc(e.at)}</time> ${esc(e.text)}${e.thumb ? `<br><img alt="${esc(e.alt)}" src="${esc(e.thumb)}">` : ''}</li>`).join('\n')}</ol>` : `<p>${esc(t('reportNothingYet'))}</p>`}</section>
<section aria-labelledby="${id('notice')}"><h3 id="${id('notice')}">${esc(t('reportNotices'))}</h3>
${notices.map((n) => `<figure class="notice"><blockquote lang="${esc(n.language)}">${noticeWords(n.text)}</blockquote><figcaption>${esc(t('reportNoticeCaption', [label('reportKind_', n.kind), formatWhen(n.seenAt, lang, zone), n.url]))}</figcaption></figure>`).join('\n') || `<p>${esc(t('reportNoNotice'))}</p>`}
${checklist.length ? `<h4>${esc(t('reportLeavesOut'))}</h4><table><thead><tr><th scope="col">${esc(t('reportColItem'))}</th><th scope="col">${esc(t('reportColStatus'))}</th><th scope="col">${esc(t('reportColRequiredBy'))}</th></tr></thead><tbody>
${checklist.map((i) => `<tr class="${esc(i.status.replace(' ', '-'))}"><td>${esc(label('reportCheck_', i.id))}</td><td>${esc(label('reportCheckStatus_', i.status))}</td><td>${esc(i.citations.map(citeLabel).join(', '))}</td></tr>`).join('\n')}
</tbody></table>` : ''}</section>
<section aria-labelledby="${id('inventory')}"><h3 id="${id('inventory')}">${esc(t('reportInventory'))}</h3>${inventorySummary(input, c, lang, zone)}</section>
<section aria-labelledby="${id('details')}"><h3 id="${id('details')}">${esc(t('reportCaseDetails'))}</h3>
<dl><dt>${esc(t('reportColPlatform'))}</dt><dd>${esc(label('reportPlatform_', c.platform))}</dd><dt>${esc(t('reportColAccount'))}</dt><dd>${esc(accountOf(input, c) ?? '—')}</dd><dt>${esc(t('reportColRegion'))}</dt><dd>${esc(label('region_', c.region))}</dd><dt>${esc(t('reportColReferences'))}</dt><dd>${esc(c.referenceIds?.join(', ') || '—')}</dd></dl></section>
</article>`;
}

/** A self-contained page anyone can open: the story first, then the files; no scripts, no outside resources. */
export function renderReport(input: ReportInput): string {
  const lang = uiLanguage();
  // The zone the user saw things in: the times they remember, as in each case's story.
  const zone = input.notices[0]?.timeZone ?? input.evidence[0]?.timeZone ?? 'UTC';
  const trust = input.fingerprint
    ? `<p class="signed">${esc(t('reportSignedBy'))} <code class="fingerprint">${esc(formatFingerprint(input.fingerprint))}</code></p>`
    : `<p class="unsigned" role="note"><strong>${esc(t('reportNotSigned'))}</strong> ${esc(input.unsignedReason ?? '')}</p>`;
  const sums = `sha256sum -c SHA256SUMS`;
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${esc(t('reportTitle'))}</title>
<style>
:root{color-scheme:light dark}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1000px;margin:0 auto;padding:0 1em 2em;color:#1d1d1f;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e8eaed;background:#1f1f1f}a{color:#a8c7fa}.unsigned{color:#ffb4ab!important}blockquote{background:#3a2a29!important}code{color:inherit}}
h1{font-size:1.7em;margin-top:.6em}h2{border-bottom:2px solid #0b57d0;padding-bottom:.2em;margin-top:2em}
nav ul{display:flex;flex-wrap:wrap;gap:.4em 1.2em;padding:0;list-style:none}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dd{margin:0}
blockquote{border-left:4px solid #b3261e;margin:.5em 0;padding:.5em 1em;background:#fdf4f3;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #8888;padding:4px 6px;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}
.timeline{list-style:none;padding:0}.timeline li{border-left:3px solid #0b57d0;padding:.3em .8em;margin:.3em 0}.timeline img{max-width:240px;margin-top:.3em;border:1px solid #8886}
.timeline time{font-weight:600;margin-right:.4em}.icon{margin-right:.4em}
.unsigned{border:2px solid #b3261e;padding:.5em 1em;color:#8c1d18}.fingerprint{font-size:1em;letter-spacing:.04em;word-break:normal}
code{font-size:.85em;word-break:break-all}pre{background:#8881;padding:.6em;white-space:pre-wrap;word-break:break-word}
@media print{nav{display:none}}
</style></head><body>
<header>
<h1>${esc(t('reportTitle'))}</h1>
<p>${esc(t('reportIntro'))}</p>
${trust}
<p>${esc(t('reportMadeOn', formatWhen((input.now ?? new Date()).toISOString(), lang, zone)))}</p>
<nav aria-label="${esc(t('reportContents'))}"><ul>
${input.cases.map((c, i) => `<li><a href="#c${i}-title">${esc(c.title)}</a></li>`).join('')}
<li><a href="#files">${esc(t('reportFiles'))}</a></li><li><a href="#check">${esc(t('reportHowToCheck'))}</a></li>
</ul></nav>
</header>
<main>
${input.cases.map((c, i) => caseSection(input, c, i, lang)).join('\n') || `<p>${esc(t('reportNothingYet'))}</p>`}
<section id="files" aria-labelledby="files-title"><h2 id="files-title">${esc(t('reportFiles'))}</h2>
<table><thead><tr><th scope="col">${esc(t('reportColFile'))}</th><th scope="col">${esc(t('reportColBytes'))}</th><th scope="col">SHA-256</th><th scope="col">${esc(t('reportColCaptured'))}</th></tr></thead><tbody>
${input.files.map((f) => `<tr><td><code>${esc(f.path)}</code></td><td>${formatCount(f.size, lang)}</td><td><code class="hash">${esc(f.sha256)}</code></td><td>${esc(f.capturedAt ? formatWhen(f.capturedAt, lang, zone) : '')}</td></tr>`).join('\n')}
</tbody></table></section>
<section id="check" class="steps" aria-labelledby="check-title"><h2 id="check-title">${esc(t('reportHowToCheck'))}</h2>
<p>${esc(t('reportCheckIntro'))}</p>
<ol>
<li>${esc(t('reportCheckUnzip'))}</li>
<li>${esc(t('reportCheckSums'))}
<ul><li>Linux: <pre>${sums}</pre></li><li>macOS: <pre>shasum -a 256 -c SHA256SUMS</pre></li>
<li>Windows (PowerShell): <pre>Get-FileHash -Algorithm SHA256 report.html</pre> ${esc(t('reportCheckWindowsOne'))}</li>
<li>Windows (Command Prompt): <pre>certutil -hashfile report.html SHA256</pre></li></ul></li>
<li>${esc(t('reportCheckManifest'))} <pre>sha256sum manifest.json</pre></li>
<li>${esc(t('reportCheckExtension'))}</li>
<li>${esc(t('reportCheckNode'))} <pre>node verify.mjs</pre> <pre>node verify.mjs --key "${esc(input.fingerprint ? formatFingerprint(input.fingerprint) : '…')}"</pre></li>
</ol>
<p>${esc(t('reportCheckLimits'))}</p></section>
</main>
</body></html>
`;
}

export function renderVerifyText(trust: { fingerprint?: string; unsignedReason?: string } = {}): string {
  return [
    t('verifyTextTitle'),
    '',
    trust.fingerprint ? `${t('verifyTextSigned')}\n  ${formatFingerprint(trust.fingerprint)}` : `${t('verifyTextUnsigned')} ${trust.unsignedReason ?? ''}`,
    '',
    t('verifyTextStep1'),
    '     Linux:                 sha256sum -c SHA256SUMS',
    '     macOS:                 shasum -a 256 -c SHA256SUMS',
    // A real file name rather than an English "<file>": the line can be typed as it stands, in any language.
    '     Windows (PowerShell):  Get-FileHash -Algorithm SHA256 report.html',
    '     Windows (cmd):         certutil -hashfile report.html SHA256',
    t('verifyTextStep2'),
    '     sha256sum manifest.json   |   shasum -a 256 manifest.json   |   certutil -hashfile manifest.json SHA256',
    t('verifyTextStep3'),
    t('verifyTextStep4'),
    '     node verify.mjs',
    ...(trust.fingerprint ? [`     node verify.mjs --key "${formatFingerprint(trust.fingerprint)}"`] : []),
    '',
    t('verifyTextReport'),
    '',
  ].join('\n');
}
