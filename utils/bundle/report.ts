import { checkNotice } from '../appeal/checklist';
import { citeLabel } from '../appeal/citations';
import type { CaseRecord, CorrespondenceRecord, EvidenceRecord, NoticeRecord } from '../db/schema';
import { formatFingerprint } from './fingerprint.js';
import type { ManifestFile } from './verify-core';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything from a page or a user goes through here: text, never markup. */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);

const LABELS: Record<string, string> = {
  N1: 'Action: suspension or termination', N2: 'Territorial scope', N3: 'Duration', N4: 'The content concerned', N5: 'Facts and circumstances',
  N6: 'Origin of the flag', N7: 'Automated detection and decision', N8: 'Legal ground', N9: 'Specific guideline clause', N10: 'Redress options',
  N11: 'Specific and individual', N12: 'Timing', N13: 'Durable medium (business)', N14: 'Appeal window', N15: 'Reference ID', N16: 'Prior warning',
};

export interface ReportInput {
  cases: CaseRecord[];
  notices: NoticeRecord[];
  evidence: (EvidenceRecord & { path: string })[];
  correspondence: CorrespondenceRecord[];
  files: ManifestFile[];
  thumbs: Map<string, string>;
  /** The signing key's fingerprint (64 hex) when the bundle is signed. */
  fingerprint?: string;
  /** Why the bundle is not signed. */
  unsignedReason?: string;
  now?: Date;
}

/** A self-contained page anyone can open: no scripts, no outside resources. */
export function renderReport(input: ReportInput): string {
  const caseBlocks = input.cases.map((c) => {
    const notices = input.notices.filter((n) => n.caseId === c.id);
    const evidence = input.evidence.filter((e) => e.caseId === c.id);
    const messages = input.correspondence.filter((m) => m.caseId === c.id);
    const checklist = notices[0] ? checkNotice({ text: notices[0].text, kind: notices[0].kind, seenAt: notices[0].seenAt }, { platform: c.platform, region: c.region, business: c.business, decisionDate: c.decisionDate }) : [];
    return `<section class="case">
<h2>${esc(c.title)}</h2>
<dl><dt>Platform</dt><dd>${esc(c.platform)}</dd><dt>Account</dt><dd>${esc(c.account ?? '—')}</dd><dt>Status</dt><dd>${esc(c.status)}</dd>
<dt>Decision date</dt><dd>${esc(c.decisionDate ?? 'unknown')}</dd><dt>Region</dt><dd>${esc(c.region)}</dd><dt>Business use</dt><dd>${c.business ? 'yes' : 'no'}</dd>
<dt>Reference IDs</dt><dd>${esc(c.referenceIds.join(', ') || '—')}</dd></dl>
<h3>Notices, verbatim</h3>
${notices.map((n) => `<figure class="notice"><blockquote lang="${esc(n.language)}">${esc(n.text)}</blockquote><figcaption>${esc(n.kind)} · seen ${esc(n.seenAt)} (UTC) at ${esc(n.url)}</figcaption></figure>`).join('\n') || '<p>No notice recorded.</p>'}
${checklist.length ? `<h3>What the notice leaves out</h3><table><thead><tr><th>Item</th><th>Status</th><th>Required by</th></tr></thead><tbody>
${checklist.map((i) => `<tr class="${i.status.replace(' ', '-')}"><td>${i.id} ${esc(LABELS[i.id])}</td><td>${esc(i.status)}</td><td>${esc(i.citations.map(citeLabel).join(', '))}</td></tr>`).join('\n')}
</tbody></table>` : ''}
<h3>Evidence</h3>
<div class="gallery">${evidence.map((e) => `<figure>${input.thumbs.has(e.id) ? `<img alt="${esc(e.title || e.url)}" src="${input.thumbs.get(e.id)}">` : ''}<figcaption><code>${esc(e.path)}</code><br>${esc(e.kind)} · ${esc(e.capturedAt)} UTC (${esc(e.timeZone)})<br>${esc(e.url)}<br><code class="hash">${esc(e.sha256)}</code></figcaption></figure>`).join('\n') || '<p>No evidence.</p>'}</div>
<h3>Correspondence</h3>
${messages.length ? `<ol>${messages.map((m) => `<li><strong>${esc(m.at)}</strong> · ${esc(m.direction)} · ${esc(m.channel)} · ${esc(m.summary)}${m.referenceId ? ` · ref. ${esc(m.referenceId)}` : ''}</li>`).join('\n')}</ol>` : '<p>None logged.</p>'}
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reinstate evidence bundle</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1d1d1f}
h1{font-size:1.6em}h2{border-bottom:2px solid #0b57d0;padding-bottom:.2em;margin-top:2em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:#5f6368}dd{margin:0}
.unsigned{border:2px solid #b3261e;padding:.5em 1em;color:#8c1d18}blockquote{border-left:4px solid #b3261e;margin:.5em 0;padding:.5em 1em;background:#fdf4f3;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
tr.missing td:nth-child(2){color:#b3261e;font-weight:600}tr.present td:nth-child(2){color:#146c2e}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}.gallery figure{margin:0;border:1px solid #ddd;border-radius:8px;padding:8px}
.gallery img{max-width:100%;border:1px solid #eee}code{font-size:.8em;word-break:break-all}.steps pre{background:#f6f7f9;padding:.6em;overflow:auto}
@media print{.gallery{grid-template-columns:repeat(2,1fr)}}
</style></head><body>
<h1>Evidence bundle</h1>
${input.fingerprint ? `<p class="signed">Signed with the sender's evidence key <code>${esc(formatFingerprint(input.fingerprint))}</code>. Compare it with the fingerprint in the sender's letter.</p>` : `<p class="unsigned"><strong>This bundle is not signed</strong>: ${esc(input.unsignedReason ?? 'no reason given')}. Nothing shows that it was not changed and re-made by someone else.</p>`}
<p>This bundle was made with Reinstate, a browser extension that saves what a platform showed its user and fingerprints each file with SHA-256 when it was captured. It holds the original files, their list with fingerprints (<code>manifest.json</code>) and this report.</p>
<section class="steps"><h2>How to check that nothing was changed</h2>
<ol>
<li>Note the SHA-256 of <code>manifest.json</code> that the sender gave you separately (it is also in <code>manifest-digest.json</code>). Compute it yourself:
<ul><li>Windows (PowerShell): <pre>Get-FileHash -Algorithm SHA256 manifest.json</pre></li>
<li>macOS (Terminal): <pre>shasum -a 256 manifest.json</pre></li>
<li>Linux: <pre>sha256sum manifest.json</pre></li></ul>
The two values must be identical.</li>
<li>Compute the SHA-256 of any file the same way (for example <code>Get-FileHash -Algorithm SHA256 evidence\\…</code>) and compare it with the table below and with <code>manifest.json</code>. On Linux or macOS you can check every file at once with <pre>sha256sum -c SHA256SUMS</pre> (or <pre>shasum -a 256 -c SHA256SUMS</pre>).</li>
<li>Or check the whole ZIP in one step, with Node.js installed: <pre>node verify.mjs bundle.zip</pre> (<code>verify.mjs</code> is in this bundle; in the unzipped folder, <code>node verify.mjs</code> alone). It names every changed, missing or extra file and checks the signature.</li>
</ol>
<p>A fingerprint shows that a file has not changed since it was fingerprinted; it does not by itself prove who captured it or when. The capture times are those of the user's computer clock, in UTC.</p></section>
${caseBlocks.join('\n')}
<section><h2>All files and their SHA-256</h2><table><thead><tr><th>File</th><th>Bytes</th><th>SHA-256</th><th>Captured (UTC)</th></tr></thead><tbody>
${input.files.map((f) => `<tr><td><code>${esc(f.path)}</code></td><td>${f.size}</td><td><code class="hash">${esc(f.sha256)}</code></td><td>${esc(f.capturedAt ?? '')}</td></tr>`).join('\n')}
</tbody></table></section>
</body></html>
`;
}

export function renderVerifyText(trust: { fingerprint?: string; unsignedReason?: string } = {}): string {
  return [
    'HOW TO CHECK THIS REINSTATE BUNDLE',
    '',
    trust.fingerprint ? `Signed with the sender's evidence key, fingerprint:\n  ${formatFingerprint(trust.fingerprint)}\nCompare it with the fingerprint the sender gave you (it is printed in their letters).` : `THIS BUNDLE IS NOT SIGNED: ${trust.unsignedReason ?? 'no reason given'}.`,
    '',
    '1. The SHA-256 of manifest.json must equal the value the sender gave you separately',
    '   (it is also written in manifest-digest.json).',
    '     Windows (PowerShell):  Get-FileHash -Algorithm SHA256 manifest.json',
    '     macOS:                 shasum -a 256 manifest.json',
    '     Linux:                 sha256sum manifest.json',
    '2. Every other file must have the SHA-256 that manifest.json lists for it.',
    '     Linux:  sha256sum -c SHA256SUMS        macOS:  shasum -a 256 -c SHA256SUMS',
    '3. Or, with Node.js (nothing to install):  node verify.mjs   in the unzipped folder,',
    '   or  node verify.mjs bundle.zip --key "<fingerprint>"   (exit code 0 = intact).',
    '',
    'report.html explains the case in plain language and lists every file.',
    '',
  ].join('\n');
}
