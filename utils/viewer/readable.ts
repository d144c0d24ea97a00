/**
 * Saved pages shown for reading, never for running. A page copy (MHTML or
 * HTML) is evidence from a hostile origin: it is turned into inert markup here
 * and shown in a sandboxed frame without scripts, under a policy that forbids
 * every network request. The extension's own origin never renders it.
 */

/** The policy inside the frame: pictures only from the copy itself (data:/blob:), inline styles, nothing else. */
export const VIEWER_CSP = "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'";

/** The sandbox attribute of the frame: no allow-scripts, no allow-same-origin, no forms, no popups, no navigation. */
export const VIEWER_SANDBOX = '';

export type Readable = { kind: 'text'; text: string } | { kind: 'html'; srcdoc: string } | { kind: 'image' } | { kind: 'none' };

/** How a record's bytes can be read by a person: as text, as a locked-down page, as a picture, or only downloaded. */
export function readableKind(mime: string, kind: string): 'text' | 'html' | 'mhtml' | 'image' | 'none' {
  const m = mime.split(';')[0].trim().toLowerCase();
  // SVG can carry script: it is shown as a locked-down page, never as <img> in our origin.
  if (m.startsWith('image/') && m !== 'image/svg+xml') return 'image';
  if (m === 'multipart/related' || m === 'application/x-mimearchive' || m === 'message/rfc822' || kind === 'mhtml') return 'mhtml';
  if (m === 'text/html' || m === 'application/xhtml+xml' || m === 'image/svg+xml' || kind === 'html') return 'html';
  if (m.startsWith('text/') || m === 'application/json' || kind === 'text') return 'text';
  return 'none';
}

export function toReadable(bytes: ArrayBuffer, mime: string, kind: string, parse: (html: string) => Document = defaultParse): Readable {
  const how = readableKind(mime, kind);
  if (how === 'image') return { kind: 'image' };
  if (how === 'none') return { kind: 'none' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (how === 'text') return { kind: 'text', text };
  const page = how === 'mhtml' ? fromMhtml(text) : { html: text, resources: new Map<string, string>() };
  return { kind: 'html', srcdoc: inertHtml(page.html, page.resources, parse) };
}

function defaultParse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

interface MhtmlPart {
  headers: Record<string, string>;
  body: string;
}

function splitParts(text: string): MhtmlPart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
  if (!boundary) return [];
  return text
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .map((chunk) => {
      const cut = chunk.search(/\r?\n\r?\n/);
      const head = cut < 0 ? chunk : chunk.slice(0, cut);
      const body = cut < 0 ? '' : chunk.slice(cut).replace(/^\r?\n\r?\n/, '');
      const headers: Record<string, string> = {};
      for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { headers, body };
    });
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      // Characters above 0x7f do not occur in valid QP; keep them as UTF-8 anyway.
      bytes.push(...new TextEncoder().encode(c));
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
}

/** The page of an MHTML file, with its pictures as data: URLs keyed by their original address. */
export function fromMhtml(text: string): { html: string; resources: Map<string, string> } {
  const parts = splitParts(text);
  const resources = new Map<string, string>();
  let html = '';
  for (const part of parts) {
    const type = (part.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
    const location = part.headers['content-location'] ?? '';
    const id = (part.headers['content-id'] ?? '').replace(/^<|>$/g, '');
    if (type === 'text/html' && !html) {
      html = encoding === 'quoted-printable' ? decodeQuotedPrintable(part.body) : encoding === 'base64' ? safeAtobText(part.body) : part.body;
    } else if (type.startsWith('image/') && type !== 'image/svg+xml' && encoding === 'base64') {
      const uri = `data:${type};base64,${part.body.replace(/\s+/g, '')}`;
      if (location) resources.set(location, uri);
      if (id) resources.set(`cid:${id}`, uri);
    }
  }
  return { html: html || '<p></p>', resources };
}

function safeAtobText(b64: string): string {
  try {
    const binary = atob(b64.replace(/\s+/g, ''));
    return new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

const DROP = 'script, noscript, iframe, frame, frameset, object, embed, applet, base, link, meta, form, portal, template, audio, video, source, track';

/**
 * Markup with nothing left that runs or fetches: no scripts, frames, forms,
 * plugins, <base>, <link>, <meta> (a refresh would navigate), no event
 * handlers, no links to follow; pictures only when the copy carries them.
 */
export function inertHtml(html: string, resources: Map<string, string>, parse: (html: string) => Document = defaultParse): string {
  const doc = parse(html);
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      if (name.startsWith('on') || name === 'srcset' || name === 'formaction' || name === 'ping' || name === 'action' || name === 'background' || name === 'poster') {
        el.removeAttribute(attr.name);
      } else if (name === 'href' || name === 'xlink:href') {
        // Links stay readable (the address goes to the tooltip) but lead nowhere.
        if (el.tagName.toLowerCase() === 'a' && value && !el.getAttribute('title')) el.setAttribute('title', value);
        el.removeAttribute(attr.name);
      } else if (name === 'src') {
        const local = resources.get(value);
        if (local) el.setAttribute('src', local);
        else if (!/^data:image\/(png|jpeg|gif|webp);/i.test(value)) el.removeAttribute('src');
      } else if (name === 'style' && /url\s*\(|expression\s*\(/i.test(value)) {
        el.setAttribute('style', value.replace(/url\s*\([^)]*\)/gi, 'none').replace(/expression\s*\(/gi, '('));
      }
    }
  }
  // @import and url() in <style> could fetch: the policy blocks them, and they are removed too.
  doc.querySelectorAll('style').forEach((s) => (s.textContent = (s.textContent ?? '').replace(/@import[^;]*;?/gi, '').replace(/url\s*\([^)]*\)/gi, 'none')));
  const body = doc.body?.innerHTML ?? '';
  const styles = Array.from(doc.querySelectorAll('head style')).map((s) => s.outerHTML).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${VIEWER_CSP}">${styles}</head><body>${body}</body></html>`;
}
