// Issue 16 item 4 and issue 14 item 7: page copies are read in a locked-down frame, never run.
import { describe, expect, it } from 'vitest';
import { fromMhtml, inertHtml, readableKind, toReadable, VIEWER_CSP } from '@/utils/viewer/readable';
import { downloadName } from '@/utils/format';

const enc = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const MHTML = [
  'From: <Saved by Blink>',
  'Subject: Suspended',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----MultipartBoundary--abc----"',
  '',
  '',
  '------MultipartBoundary--abc----',
  'Content-Type: text/html',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: https://www.pinterest.com/login/',
  '',
  '<html><head><meta http-equiv=3D"refresh" content=3D"0;url=3Dhttps://evil.example/"><script>alert(1)</script></head>',
  '<body onload=3D"steal()"><h1>Your account has been suspended</h1><p>K=C3=BCndigung <a href=3D"https://evil.example/x">help</a></p>',
  '<img src=3D"https://i.pinimg.com/x.png"><img src=3D"https://tracker.example/p.gif"><iframe src=3D"https://evil.example/"></iframe></body></html>',
  '------MultipartBoundary--abc----',
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Location: https://i.pinimg.com/x.png',
  '',
  PNG,
  '------MultipartBoundary--abc------',
  '',
].join('\r\n');

describe('readable page copies', () => {
  it('decodes the page of an MHTML file and keeps its own pictures', () => {
    const { html, resources } = fromMhtml(MHTML);
    expect(html).toContain('Your account has been suspended');
    expect(html).toContain('Kündigung');
    expect(resources.get('https://i.pinimg.com/x.png')).toBe(`data:image/png;base64,${PNG}`);
  });

  it('leaves nothing that runs, navigates or fetches', () => {
    const r = toReadable(enc(MHTML), 'multipart/related', 'mhtml');
    expect(r.kind).toBe('html');
    const srcdoc = (r as { srcdoc: string }).srcdoc;
    expect(srcdoc).toContain(`content="${VIEWER_CSP}"`);
    expect(srcdoc).toContain('Your account has been suspended');
    expect(srcdoc).not.toMatch(/<script|onload|refresh|<iframe|evil\.example\/"|tracker\.example/i);
    expect(srcdoc).not.toMatch(/href=/i);
    // The link text stays, its address only as a tooltip.
    expect(srcdoc).toMatch(/title="https:\/\/evil\.example\/x"[^>]*>help</);
    expect(srcdoc).toContain(`src="data:image/png;base64,${PNG}"`);
  });

  it('an HTML file (or an attachment or "thumbnail" labelled text/html) is treated the same way', () => {
    expect(readableKind('text/html', 'attachment')).toBe('html');
    expect(readableKind('text/html', 'thumbnail')).toBe('html');
    expect(readableKind('image/svg+xml', 'thumbnail')).toBe('html');
    const out = inertHtml('<style>@import url(https://x.example/a.css); body{background:url(https://x.example/b.png)}</style><div style="background:url(https://x.example/c)" onclick="x()">hi</div>', new Map());
    expect(out).not.toContain('x.example');
    expect(out).not.toContain('onclick');
    expect(out).toContain('>hi</div>');
  });

  it('saved text stays text', () => {
    expect(toReadable(enc('<b>not bold</b>'), 'text/plain', 'text')).toEqual({ kind: 'text', text: '<b>not bold</b>' });
    expect(readableKind('image/png', 'screenshot')).toBe('image');
    expect(readableKind('application/pdf', 'attachment')).toBe('none');
  });
});

describe('download names', () => {
  it('are <date>-<kind>-<site>.<ext>', () => {
    expect(downloadName({ capturedAt: '2026-11-26T09:15:00.000Z', kind: 'screenshot', url: 'https://www.pinterest.com/login/', mime: 'image/png' })).toBe('2026-11-26-screenshot-www.pinterest.com.png');
    expect(downloadName({ capturedAt: '2026-11-26T09:15:00.000Z', kind: 'mhtml', url: 'https://www.pinterest.com/', mime: 'multipart/related' })).toBe('2026-11-26-mhtml-www.pinterest.com.mhtml');
    expect(downloadName({ capturedAt: '2026-11-26T09:15:00.000Z', kind: 'attachment', url: '', mime: 'application/octet-stream', title: 'Reply from Pinterest.eml' })).toBe('2026-11-26-attachment-reply-from-pinterest.eml');
  });
});
