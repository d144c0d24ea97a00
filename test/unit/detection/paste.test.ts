import { describe, expect, it } from 'vitest';
import { fromBase64 } from '@/utils/base64';
import { Store } from '@/utils/db/store';
import { analyseEml, analysePastedText, looksBinary, MAX_EML_BYTES, MAX_PASTE_CHARS, type PasteAnalysis } from '@/utils/detection/paste';
import { recordPastedNotice } from '@/utils/detection/paste-record';
import { loadCorpus } from '../../corpus';

// Real enforcement emails from the corpus (train/dev parts only), by id.
const corpus = loadCorpus();
const emails = corpus.filter((r) => r.surface === 'email' && r.kind !== 'none' && r.part !== 'test');
// Picked by id so that rows added to the corpus later do not change what these tests read.
const english = emails.find((r) => r.id === 'youtube-en-0209')!;
const german = emails.find((r) => r.id === 'youtube-de-1139' && /[äöüß]/.test(r.text))!;
const htmlToText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

function file(name: string, text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
const qp = (bytes: Uint8Array) => [...bytes].map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : b === 32 ? ' ' : b === 10 ? '\r\n' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('').replace(/(.{70})/g, '$1=\r\n');

const headers = (extra: string) => `From: YouTube <no-reply@youtube.com>\r\nTo: someone@example.invalid\r\nDate: Tue, 13 May 2025 09:12:00 +0000\r\nSubject: Notice\r\nMIME-Version: 1.0\r\n${extra}\r\n\r\n`;

describe('paste a notice: text', () => {
  it('has corpus emails to test with', () => {
    expect(english, 'an English content-removal email outside the test part').toBeTruthy();
    expect(german, 'a German email with umlauts outside the test part').toBeTruthy();
  });

  it(`classifies a pasted enforcement email (${english?.id}) and says why in plain words`, () => {
    const result = analysePastedText(english.text) as PasteAnalysis;
    expect(result.classification.kind).toBe('content_removed');
    expect(result.platform).toBe('youtube');
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const key of result.reasons) expect(key).toMatch(/^pasteWhy[A-Z]/);
  });

  it('says "none" for a look-alike from the corpus, with the reason', () => {
    const lookalike = corpus.find((r) => r.kind === 'none' && r.part !== 'test' && /^if your account/i.test(r.text))!;
    const result = analysePastedText(lookalike.text) as PasteAnalysis;
    expect(result.classification.kind).toBe('none');
    expect(result.reasons).toContain('pasteWhyHypothetical');
  });

  it('megabytes of text: read up to the cap, say so, and answer quickly', () => {
    const huge = `${english.text}\n${'Lorem ipsum dolor sit amet. '.repeat(200_000)}`;
    const t0 = performance.now();
    const result = analysePastedText(huge) as PasteAnalysis;
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_PASTE_CHARS);
    expect(result.classification.kind).toBe('content_removed');
  });

  it('binary and empty input get a clear answer, not a crash', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(looksBinary(binary)).toBe(true);
    expect(analysePastedText(binary)).toBe('binary');
    expect(analysePastedText('   \n ')).toBe('empty');
  });
});

describe('paste a notice: .eml files', () => {
  it('quoted-printable ISO-8859-1: decoded, headers kept, raw kept for evidence', async () => {
    const body = qp(latin1(german.text));
    const eml = headers('Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable') + body;
    const result = (await analyseEml(file('notice.eml', eml), htmlToText)) as PasteAnalysis;
    expect(result.text.replace(/\s+/g, ' ')).toContain(german.text.replace(/\s+/g, ' ').slice(0, 60));
    expect(result.email?.from).toContain('no-reply@youtube.com');
    expect(result.email?.date).toMatch(/^2025-05-13T09:12:00/);
    expect(result.email?.raw.byteLength).toBe(new TextEncoder().encode(eml).byteLength);
    expect(result.classification.kind).toBe(german.kind);
  });

  it('base64 UTF-8 HTML-only: read as its text', async () => {
    const html = `<html><body><p>${english.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p><script>alert(1)</script></body></html>`;
    const b64 = Buffer.from(html, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
    const eml = headers('Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64') + b64;
    const result = (await analyseEml(file('notice.eml', eml), htmlToText)) as PasteAnalysis;
    expect(result.classification.kind).toBe('content_removed');
  });

  it('too large, binary or broken files get a clear answer', async () => {
    expect(await analyseEml({ name: 'big.eml', size: MAX_EML_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(0) }, htmlToText)).toBe('too-large');
    const noise = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(['binary', 'unreadable-eml']).toContain(await analyseEml(file('photo.eml', noise), htmlToText));
    expect(['empty', 'unreadable-eml']).toContain(await analyseEml(file('empty.eml', ''), htmlToText));
  });
});

describe('paste a notice: saving it', () => {
  const deps = (store: Store) => ({ store, userAgent: 'test', extensionVersion: '0.0.0', fromBase64 });

  it('starts a case with the notice, its words and the .eml as hashed evidence; the same words again are one notice', async () => {
    const store = new Store();
    const eml = new TextEncoder().encode(headers('Content-Type: text/plain') + english.text);
    const saved = await recordPastedNotice(deps(store), {
      text: english.text, kind: 'content_removed', language: 'en', confidence: 0.9, matched: ['en:own-content:removed'], platform: 'youtube',
      caseTitle: 'Content removed (pasted message)',
      email: { from: 'YouTube <no-reply@youtube.com>', date: '2025-05-13T09:12:00.000Z', subject: 'Notice', fileName: 'notice.eml', base64: Buffer.from(eml).toString('base64') },
    });
    expect(saved.duplicate).toBe(false);
    const theCase = await store.getCase(saved.caseId);
    expect(theCase).toMatchObject({ platform: 'youtube', decisionKind: 'content_removed', title: 'Content removed (pasted message)' });
    const notice = await store.getNotice(saved.noticeId);
    expect(notice).toMatchObject({ kind: 'content_removed', platform: 'youtube', text: english.text, title: 'Notice' });
    expect(notice!.signals).toEqual(expect.arrayContaining(['source:pasted', 'source:eml', 'email:from=YouTube <no-reply@youtube.com>', 'email:date=2025-05-13T09:12:00.000Z']));
    expect(notice!.evidenceIds).toHaveLength(2);
    const [words, raw] = await Promise.all(notice!.evidenceIds.map((id) => store.getEvidence(id)));
    expect(words).toMatchObject({ kind: 'text', noticeId: saved.noticeId });
    expect(raw).toMatchObject({ kind: 'attachment', mime: 'message/rfc822', size: eml.byteLength });
    expect(await store.verifyEvidence(raw!.id)).toBe(true);

    const again = await recordPastedNotice(deps(store), { text: `  ${english.text} `, kind: 'content_removed', language: 'en', confidence: 0.9, matched: [], platform: 'youtube', caseTitle: 'x' });
    expect(again).toEqual({ caseId: saved.caseId, noticeId: saved.noticeId, duplicate: true });
  });

  it('joins an existing case, and refuses what is not a notice', async () => {
    const store = new Store();
    const existing = await store.addCase({ title: 'My Pinterest case' });
    const saved = await recordPastedNotice(deps(store), { text: german.text, kind: german.kind as 'account_suspended', language: 'de', confidence: 0.8, matched: [], platform: 'youtube', caseId: existing.id, caseTitle: 'unused' });
    expect(saved.caseId).toBe(existing.id);
    await expect(recordPastedNotice(deps(store), { text: 'x', kind: 'none' as never, language: 'en', confidence: 0, matched: [], platform: 'other', caseTitle: 'x' })).rejects.toThrow();
    await expect(recordPastedNotice(deps(store), { text: '  ', kind: 'account_suspended', language: 'en', confidence: 0, matched: [], platform: 'other', caseTitle: 'x' })).rejects.toThrow();
  });
});
