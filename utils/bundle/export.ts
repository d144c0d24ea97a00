import { Zip, ZipPassThrough } from 'fflate';
import type { BoardRecord, CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, NoticeRecord, PinRecord } from '../db/schema';
import { pinsToCsv } from '../inventory/csv';
import type { Store } from '../db/store';
import { sha256Hex } from '../hash';
import { renderReport, renderVerifyText } from './report';
import { BUNDLE_FORMAT, DIGEST, MANIFEST, type Manifest, type ManifestFile } from './verify-core.js';

const EXT: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'multipart/related': 'mhtml', 'message/rfc822': 'mhtml',
  'text/html': 'html', 'text/plain': 'txt', 'application/pdf': 'pdf', 'application/json': 'json',
};
const extOf = (mime: string) => EXT[mime.split(';')[0]!.trim()] ?? 'bin';
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** JSON with a stable key order, so the same records always give the same bytes. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' && !(v instanceof ArrayBuffer) ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

export interface ExportOptions {
  caseIds?: string[];
  now?: Date;
  generator: string;
  sign?(manifestBytes: Uint8Array): Promise<{ signature: string; publicKey: JsonWebKey; publicKeyId: string } | undefined>;
  onProgress?(done: number, total: number): void;
}

export interface ExportResult {
  manifestSha256: string;
  files: number;
  bytes: number;
  problems: string[];
}

/** The records a bundle holds, in the form they are written and read back. */
export interface BundleRecords {
  cases: CaseRecord[];
  notices: NoticeRecord[];
  evidence: (Omit<EvidenceRecord, 'thumb'> & { path: string; thumbPath?: string })[];
  letters: LetterRecord[];
  correspondence: CorrespondenceRecord[];
  log: LogRecord[];
  /** Inventory runs with their boards and pins; CSV beside each for people. */
  inventories?: { run: InventoryRecord; boards: BoardRecord[]; pins: PinRecord[]; path: string }[];
}

/**
 * Writes one ZIP: the original files, the notices' words, letters and
 * correspondence, case.json, a self-contained report.html, VERIFY.txt,
 * SHA256SUMS, manifest.json (every file with size and SHA-256) and
 * manifest-digest.json (the manifest's own SHA-256, optionally signed).
 * Files are stored, not compressed, and streamed one at a time to `write`.
 */
export async function exportBundle(store: Store, options: ExportOptions, write: (chunk: Uint8Array) => void): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const problems: string[] = [];
  const allCases = (await store.listCases()).flatMap((l) => (l.ok ? [l.record] : []));
  const cases = (options.caseIds ? allCases.filter((c) => options.caseIds!.includes(c.id)) : allCases).sort((a, b) => a.id.localeCompare(b.id));
  const caseIds = new Set(cases.map((c) => c.id));

  let zipError: Error | undefined;
  let bytes = 0;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else {
      bytes += chunk.length;
      write(chunk);
    }
  });
  const files: ManifestFile[] = [];
  const add = async (path: string, data: Uint8Array, meta: Partial<ManifestFile> & { kind: string }) => {
    const entry = new ZipPassThrough(path);
    entry.mtime = new Date(meta.capturedAt ?? '2000-01-01T00:00:00Z');
    zip.add(entry);
    entry.push(data, true);
    if (zipError) throw zipError;
    files.push({ path, size: data.length, sha256: await sha256Hex(data), kind: meta.kind, ...(meta.capturedAt ? { capturedAt: meta.capturedAt } : {}), ...(meta.sourceUrl ? { sourceUrl: meta.sourceUrl } : {}) });
  };
  const text = (s: string) => new TextEncoder().encode(s);

  const records: BundleRecords = { cases, notices: [], evidence: [], letters: [], correspondence: [], log: [] };
  for (const c of cases) {
    records.notices.push(...(await store.listNotices(c.id)));
    records.letters.push(...(await store.listLetters(c.id)));
    records.correspondence.push(...(await store.listCorrespondence(c.id)));
  }
  records.log = (await store.listLog()).filter((l) => !l.caseId || caseIds.has(l.caseId));
  const listed = (await store.listEvidence()).filter((l) => !l.ok || caseIds.has(l.record.caseId));
  for (const item of listed) if (!item.ok) problems.push(`Damaged record ${item.id} left out: ${item.problem}.`);
  const evidence = listed.flatMap((l) => (l.ok ? [l.record] : [])).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));

  const thumbs = new Map<string, string>();
  let done = 0;
  for (const record of evidence) {
    const path = `evidence/${stamp(record.capturedAt)}-${record.kind}-${record.id}.${extOf(record.mime)}`;
    let data: Uint8Array;
    try {
      data = new Uint8Array(await store.getEvidenceBytes(record.id));
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    await add(path, data, { kind: record.kind, capturedAt: record.capturedAt, sourceUrl: record.url });
    if (files[files.length - 1]!.sha256 !== record.sha256) problems.push(`${path} no longer matches the SHA-256 recorded at capture.`);
    const { thumb, ...meta } = record;
    let thumbPath: string | undefined;
    if (thumb) {
      thumbPath = `thumbnails/${record.id}.jpg`;
      const thumbBytes = new Uint8Array(thumb.bytes);
      await add(thumbPath, thumbBytes, { kind: 'thumbnail' });
      let binary = '';
      for (let i = 0; i < thumbBytes.length; i += 0x8000) binary += String.fromCharCode(...thumbBytes.subarray(i, i + 0x8000));
      thumbs.set(record.id, `data:${thumb.mime};base64,${btoa(binary)}`);
    }
    records.evidence.push({ ...meta, path, ...(thumbPath ? { thumbPath } : {}) });
    options.onProgress?.(++done, evidence.length);
  }

  for (const n of records.notices) await add(`notices/${n.id}.txt`, text(n.text), { kind: 'notice', capturedAt: n.seenAt, sourceUrl: n.url });
  for (const l of records.letters) await add(`letters/${l.id}.txt`, text(`${l.subject}\n\n${l.body}\n`), { kind: 'letter', capturedAt: l.createdAt });
  for (const m of records.correspondence) if (m.text) await add(`correspondence/${m.id}.txt`, text(m.text), { kind: 'correspondence', capturedAt: m.at });
  records.inventories = [];
  for (const c of cases) {
    for (const run of await store.listInventories(c.id)) {
      const boards = (await store.listBoards(run.id)).sort((a, b) => a.id.localeCompare(b.id));
      const pins = (await store.listPins(run.id)).sort((a, b) => a.id.localeCompare(b.id));
      const path = `inventory/${run.id}.json`;
      await add(path, text(canonicalJson({ run, boards, pins })), { kind: 'inventory', capturedAt: run.state.startedAt });
      await add(`inventory/${run.id}-pins.csv`, text(pinsToCsv(pins, new Map(boards.map((b) => [b.id, b.name])))), { kind: 'inventory', capturedAt: run.state.startedAt });
      records.inventories.push({ run, boards, pins, path });
    }
  }
  await add('case.json', text(canonicalJson({ cases: records.cases })), { kind: 'case' });
  await add('notices.json', text(canonicalJson(records.notices)), { kind: 'data' });
  await add('evidence.json', text(canonicalJson(records.evidence)), { kind: 'data' });
  await add('letters.json', text(canonicalJson(records.letters)), { kind: 'data' });
  await add('correspondence.json', text(canonicalJson(records.correspondence)), { kind: 'data' });
  await add('log.json', text(canonicalJson(records.log)), { kind: 'data' });
  await add('report.html', text(renderReport({ ...records, evidence: records.evidence.map((e) => ({ ...e })) as never, files: [...files].sort((a, b) => a.path.localeCompare(b.path)), thumbs })), { kind: 'report' });
  await add('VERIFY.txt', text(renderVerifyText()), { kind: 'report' });
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  await add('SHA256SUMS', text(sorted.map((f) => `${f.sha256}  ${f.path}\n`).join('')), { kind: 'report' });

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: 1,
    generator: options.generator,
    caseIds: cases.map((c) => c.id),
    files: [...files].sort((a, b) => a.path.localeCompare(b.path)),
  };
  const manifestBytes = text(canonicalJson(manifest));
  const manifestSha256 = await sha256Hex(manifestBytes);
  const manifestEntry = new ZipPassThrough(MANIFEST);
  zip.add(manifestEntry);
  manifestEntry.push(manifestBytes, true);
  const signed = await options.sign?.(manifestBytes).catch(() => undefined);
  const digest = { manifestSha256, exportedAt: now.toISOString(), generator: options.generator, ...(signed ?? {}) };
  const digestEntry = new ZipPassThrough(DIGEST);
  zip.add(digestEntry);
  digestEntry.push(text(canonicalJson(digest)), true);
  zip.end();
  if (zipError) throw zipError;
  return { manifestSha256, files: files.length + 2, bytes, problems };
}
