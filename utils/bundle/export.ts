import type { BoardRecord, CaseRecord, CorrespondenceRecord, EvidenceRecord, InventoryRecord, LetterRecord, LogRecord, NoticeRecord, PinRecord } from '../db/schema';
import type { Store } from '../db/store';
import { ReinstateError } from '../errors';
import { sha256Hex } from '../hash';
import { BundlePaths, safeSite, safeStamp } from './paths';
import { keyFingerprint } from './fingerprint.js';
import { renderReport, renderVerifyText } from './report';
import { standaloneVerifier } from './standalone';
import { BUNDLE_FORMAT, DIGEST, MANIFEST, TIMESTAMP, type Manifest, type ManifestFile } from './verify-core.js';
import { ZipWriter } from './zip-writer';
import { canonicalJson } from './canonical-json';
import { evidenceSource, keepForReport, type Outline } from './evidence-source';
import { inventoryFiles } from './inventory-files';
import { JsonArrayFile, type MadeFile } from './json-array-file';
import { isBlob, type RecordWithBytes } from '../db/stores/evidence';
import { hashBlobHere, type HashBlob } from './hash-blob';
import type { LayOut, LaidOutBatch } from './lay-out';

export { canonicalJson };
import { phase } from './phase.js';

const EXT: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'multipart/related': 'mhtml', 'message/rfc822': 'mhtml',
  'text/html': 'html', 'text/plain': 'txt', 'application/pdf': 'pdf', 'application/json': 'json',
};
const extOf = (mime: string) => EXT[mime.split(';')[0]!.trim()] ?? 'bin';

export interface Signed {
  signature: string;
  publicKey: JsonWebKey;
  publicKeyId: string;
}

export interface ExportOptions {
  caseIds?: string[];
  now?: Date;
  generator: string;
  /** Signs the manifest's bytes. A failure stops the export: no silently unsigned bundle. */
  sign?(manifestBytes: Uint8Array): Promise<Signed | undefined>;
  /** The signing key's fingerprint (64 hex), printed in report.html and VERIFY.txt; checked against the key that signs. */
  keyFingerprint?: string;
  /** Why the bundle is not signed, when `sign` is not given; written into the bundle for every reader to see. */
  unsignedReason?: string;
  /** Asks a timestamping authority for a token (DER) over the manifest's SHA-256 (opt-in). A failure stops the export. */
  timestamp?(manifestSha256: string): Promise<{ tsa: string; token: Uint8Array }>;
  onProgress?(done: number, total: number): void;
  /**
   * Takes a stored evidence Blob into the output by reference, in order with
   * `write`'s chunks: its bytes never pass through the page (the bundle page
   * splices it into the download). Without it every file's bytes are written.
   */
  writeBlob?(blob: Blob): void | Promise<void>;
  /** Hashes a stored Blob (Workers on the bundle page); on the page by default. */
  hashBlob?: HashBlob;
  /**
   * Lays out a batch of evidence files as ZIP entries, reading their bytes
   * itself (Workers on the bundle page, `lay-out-in-workers.ts`): the page
   * then reads only the records. Without it the page reads, hashes and
   * writes every file.
   */
  layOut?: LayOut;
  /**
   * SHA-256 of a file made in chunks (`evidence.json`, the inventory JSON and
   * CSV, 60 MB for 50,000 pins): WebCrypto in a Worker on the bundle page.
   * Without it they are hashed in JavaScript as they are made.
   */
  hashChunks?(chunks: readonly Uint8Array[]): Promise<string>;
  /** A name for the OPFS file of the n-th laid-out batch (where the Workers may write it; bytes come back otherwise). */
  partName?(n: number): string;
}

export interface ExportResult {
  manifestSha256: string;
  files: number;
  bytes: number;
  problems: string[];
  signed: boolean;
  fingerprint?: string;
  unsignedReason?: string;
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
  inventories?: { run: InventoryRecord; boards: BoardRecord[]; pins: PinRecord[]; path: string; pinCount?: number }[];
}

const NO_KEY = 'no signing key was given to the exporter';

/**
 * Writes one ZIP: the original files, the notices' words, letters and
 * correspondence, case.json, a self-contained report.html, VERIFY.txt,
 * SHA256SUMS, verify.mjs, manifest.json (every file with size and SHA-256)
 * and manifest-digest.json (the manifest's own SHA-256 and its signature, or
 * the reason it is unsigned). Files are stored, not compressed, and streamed
 * one at a time to `write`; ZIP64 where the bundle outgrows classic ZIP.
 */
export async function exportBundle(store: Store, options: ExportOptions, write: (chunk: Uint8Array) => void | Promise<void>): Promise<ExportResult> {
  const now = options.now ?? new Date();
  phase('export:start');
  const problems: string[] = [];
  const unsignedReason = options.sign ? undefined : (options.unsignedReason ?? NO_KEY);
  const allCases = (await store.listCases()).flatMap((l) => (l.ok ? [l.record] : []));
  const cases = (options.caseIds ? allCases.filter((c) => options.caseIds!.includes(c.id)) : allCases).sort((a, b) => a.id.localeCompare(b.id));
  const caseIds = new Set(cases.map((c) => c.id));

  const zip = new ZipWriter(write, options.writeBlob);
  const paths = new BundlePaths();
  const files: ManifestFile[] = [];
  const add = async (path: string, data: Uint8Array, meta: Partial<ManifestFile> & { kind: string }, hashing?: Promise<string>) => {
    const mtime = meta.capturedAt && !Number.isNaN(Date.parse(meta.capturedAt)) ? new Date(meta.capturedAt) : undefined;
    await zip.add(path, data, mtime);
    files.push({ path, size: data.length, sha256: await (hashing ?? sha256Hex(data)), kind: meta.kind, ...(meta.capturedAt ? { capturedAt: meta.capturedAt } : {}), ...(meta.sourceUrl ? { sourceUrl: meta.sourceUrl } : {}) });
  };
  const text = (s: string) => new TextEncoder().encode(s);
  /** A file made in chunks, its CRC and digest taken as they were made. */
  const addChunks = async (path: string, made: MadeFile, meta: { kind: string; capturedAt?: string }) => {
    const mtime = meta.capturedAt && !Number.isNaN(Date.parse(meta.capturedAt)) ? new Date(meta.capturedAt) : undefined;
    const hashing = options.hashChunks ? options.hashChunks(made.chunks) : Promise.resolve(made.sha256);
    hashing.catch(() => undefined); // thrown below, after the file is written
    await zip.addStream(path, made.size, async function* () { yield* made.chunks; }, mtime, made.crc);
    files.push({ path, size: made.size, sha256: await hashing, kind: meta.kind, ...(meta.capturedAt ? { capturedAt: meta.capturedAt } : {}) });
  };

  const records: BundleRecords = { cases, notices: [], evidence: [], letters: [], correspondence: [], log: [] };
  for (const c of cases) {
    records.notices.push(...(await store.listNotices(c.id)));
    records.letters.push(...(await store.listLetters(c.id)));
    records.correspondence.push(...(await store.listCorrespondence(c.id)));
  }
  records.log = (await store.listLog()).filter((l) => !l.caseId || caseIds.has(l.caseId));
  const source = evidenceSource(store);
  // What is kept of each record until its turn: id, time and size. Its record comes back with its bytes.
  const batches = evidenceBatches(await source.outline(caseIds, problems));
  const total = batches.reduce((n, batch) => n + batch.length, 0);

  phase('export:records-listed');
  const thumbs = new Map<string, string>();
  // evidence.json is made as the files are written, a record at a time, so no record is held for it.
  const evidenceJson = new JsonArrayFile(!options.hashChunks);
  const keep = keepForReport();
  let done = 0;
  /** What follows each written evidence file: its thumbnail, its line in evidence.json and what the report keeps. */
  const listFile = async (record: RecordWithBytes['record'], path: string) => {
    const { thumb, ...meta } = record;
    let thumbPath: string | undefined;
    if (thumb) {
      thumbPath = path.replace(/^evidence\//, 'thumbnails/').replace(/\.[a-z0-9]+$/, '.jpg');
      const thumbBytes = new Uint8Array(thumb.bytes);
      await add(thumbPath, thumbBytes, { kind: 'thumbnail' });
      let binary = '';
      for (let i = 0; i < thumbBytes.length; i += 0x8000) binary += String.fromCharCode(...thumbBytes.subarray(i, i + 0x8000));
      thumbs.set(record.id, `data:image/jpeg;base64,${btoa(binary)}`);
    }
    const listed = { ...meta, path, ...(thumbPath ? { thumbPath } : {}) };
    evidenceJson.push(listed);
    records.evidence.push(keep(listed));
    // A page re-renders on each report: every 100th file and the last are enough to show progress.
    if (++done % 100 === 0 || done === total) options.onProgress?.(done, total);
  };
  if (options.layOut && source.records) {
    await writeLaidOut({ batches, source: { records: source.records }, layOut: options.layOut, partName: options.partName, paths, zip, files, problems, listFile });
  } else {
    // Bytes come a batch at a time (one readonly transaction each), up to
    // BATCHES_AHEAD batches read while this one is written, and each batch's
    // files are handed to WebCrypto (another thread) the moment its bytes
    // arrive: the page's thread then only CRCs and copies. Reads of large
    // values (kept by IndexedDB as files) and the digests overlap the writing
    // instead of taking turns with it. At most BATCHES_AHEAD + 1 batches in memory.
    const prepare = evidencePreparer(options);
    const ahead: { batch: Outline[]; fetched: Promise<(Promise<Prepared> | Error)[]> }[] = [];
    let toRead = 0;
    const readMore = () => {
      while (ahead.length < BATCHES_AHEAD && toRead < batches.length) {
        const batch = batches[toRead]!;
        batches[toRead++] = [];
        const fetched = source.read(batch).then((read) =>
          read.map((item) => {
            if (item instanceof Error) return item;
            const prepared = prepare(item);
            prepared.catch(() => undefined); // an unreadable file is named when its turn comes, in order
            return prepared;
          }),
        );
        fetched.catch(() => undefined); // a failed read is thrown when its turn comes, in order
        ahead.push({ batch, fetched });
      }
    };
    readMore();
    while (ahead.length) {
      const { batch, fetched } = ahead.shift()!;
      readMore();
      const read = await fetched;
      for (let i = 0; i < batch.length; i++) {
        const pending = read[i]!;
        read[i] = undefined as never; // let the batch's memory go as it is written
        const item = pending instanceof Error ? pending : await pending.catch((error: Error) => error);
        if (item instanceof Error) {
          problems.push(item.message);
          continue;
        }
        const { record } = item;
        const path = paths.name('evidence', [safeStamp(record.capturedAt), record.kind, safeSite(record.url)], extOf(record.mime));
        const mtime = !Number.isNaN(Date.parse(record.capturedAt)) ? new Date(record.capturedAt) : undefined;
        // A file whose digest is not the one recorded at capture is written as it is now and named; its stored CRC
        // (taken with the old bytes) cannot be trusted, so its CRC is taken from the bytes.
        const changed = item.sha256 !== record.sha256;
        if (item.blob && !changed && item.crc !== undefined) {
          await zip.addBlob(path, item.blob, item.crc, mtime);
          files.push(listedFile(path, item.blob.size, item.sha256, record));
        } else {
          const data = item.data ?? new Uint8Array(await item.blob!.arrayBuffer());
          const now = changed ? await sha256Hex(data) : item.sha256;
          await zip.add(path, data, mtime, changed ? undefined : item.crc);
          files.push(listedFile(path, data.length, now, record));
        }
        if (changed) problems.push(`${path} no longer matches the SHA-256 recorded at capture.`);
        await listFile(record, path);
      }
    }

}
  phase('export:evidence-files');
  for (const n of records.notices) await add(paths.name('notices', [safeStamp(n.seenAt), n.kind, safeSite(n.url)], 'txt'), text(n.text), { kind: 'notice', capturedAt: n.seenAt, sourceUrl: n.url });
  for (const l of records.letters) await add(paths.name('letters', [safeStamp(l.createdAt), l.kind, l.language], 'txt'), text(`${l.subject}\n\n${l.body}\n`), { kind: 'letter', capturedAt: l.createdAt });
  for (const m of records.correspondence) if (m.text) await add(paths.name('correspondence', [safeStamp(m.at), m.channel, m.direction], 'txt'), text(m.text), { kind: 'correspondence', capturedAt: m.at });
  records.inventories = [];
  for (const c of cases) {
    const runs = await store.listInventories(c.id);
    for (const run of runs) {
      const boards = (await store.listBoards(run.id)).sort((a, b) => a.id.localeCompare(b.id));
      const pins = (await store.listPins(run.id)).sort((a, b) => a.id.localeCompare(b.id));
      const path = paths.name('inventory', [safeStamp(run.state.startedAt), run.state.username], 'json');
      const made = inventoryFiles(run, boards, pins, !options.hashChunks);
      await addChunks(path, made.json, { kind: 'inventory', capturedAt: run.state.startedAt });
      await addChunks(path.replace(/\.json$/, '-pins.csv'), made.csv, { kind: 'inventory', capturedAt: run.state.startedAt });
      // The report needs the pins themselves only to compare two runs of a case; otherwise their count
      // (50,000 pin records are tens of MB of the page's heap, held until the report is written).
      records.inventories.push({ run, boards, pins: runs.length > 1 ? pins : [], pinCount: pins.length, path });
    }
  }
  phase('export:inventories');
  await add('case.json', text(canonicalJson({ cases: records.cases })), { kind: 'case' });
  await add('notices.json', text(canonicalJson(records.notices)), { kind: 'data' });
  await addChunks('evidence.json', evidenceJson.finish(), { kind: 'data' });
  await add('letters.json', text(canonicalJson(records.letters)), { kind: 'data' });
  await add('correspondence.json', text(canonicalJson(records.correspondence)), { kind: 'data' });
  await add('log.json', text(canonicalJson(records.log)), { kind: 'data' });
  const trust = { fingerprint: options.sign ? options.keyFingerprint : undefined, unsignedReason };
  phase('export:data-files');
  await add('report.html', text(renderReport({ ...records, inventories: records.inventories, evidence: records.evidence as never, files: [...files].sort((a, b) => a.path.localeCompare(b.path)), thumbs, ...trust, now })), { kind: 'report' });
  await add('VERIFY.txt', text(renderVerifyText(trust)), { kind: 'report' });
  await add('verify.mjs', text(standaloneVerifier()), { kind: 'report' });
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  await add('SHA256SUMS', text(sorted.map((f) => `${f.sha256}  ${f.path}\n`).join('')), { kind: 'report' });

  phase('export:report-files');
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: 1,
    generator: options.generator,
    caseIds: cases.map((c) => c.id),
    files: [...files].sort((a, b) => a.path.localeCompare(b.path)),
  };
  const manifestBytes = text(canonicalJson(manifest));
  const manifestSha256 = await sha256Hex(manifestBytes);
  phase('export:manifest');
  const signed = options.sign ? await signOrFail(options.sign, manifestBytes, options.keyFingerprint) : undefined;
  const timestamp = options.timestamp ? await timestampOrFail(options.timestamp, manifestSha256) : undefined;
  phase('export:signed');
  await zip.add(MANIFEST, manifestBytes);
  const digest = { manifestSha256, exportedAt: now.toISOString(), generator: options.generator, ...(signed ?? { unsigned: unsignedReason }), ...(timestamp ? { timestamp: { tsa: timestamp.tsa } } : {}) };
  await zip.add(DIGEST, text(canonicalJson(digest)));
  if (timestamp) await zip.add(TIMESTAMP, timestamp.token);
  await zip.end();
  phase('export:zip-end');
  const fingerprint = signed ? await fingerprintOf(signed.publicKey) : undefined;
  return { manifestSha256, files: files.length + (timestamp ? 3 : 2), bytes: zip.bytes, problems, signed: !!signed, ...(fingerprint ? { fingerprint } : {}), ...(unsignedReason ? { unsignedReason } : {}) };
}

/** Laid-out batches in flight ahead of the one being written (their bytes are in files or Workers, not on the page). */
const LAID_OUT_AHEAD = 4;

interface LaidOutContext {
  batches: Outline[][];
  source: { records(batch: readonly Outline[]): Promise<(RecordWithBytes['record'] | Error)[]> };
  layOut: LayOut;
  partName?(n: number): string;
  paths: BundlePaths;
  zip: ZipWriter;
  files: ManifestFile[];
  problems: string[];
  listFile(record: RecordWithBytes['record'], path: string): Promise<void>;
}

/**
 * The evidence files through `layOut`: the page reads a batch's records (no
 * bytes), names each file, and hands the batch to a Worker, which reads,
 * hashes and lays out the files; the page then takes each run of laid-out
 * entries as one piece (by reference when it is a file on disk), splices
 * matching stored Blobs as before and names what changed or could not be
 * read. Names are given in batch order, so the bundle has the names the
 * page's own path gives (unless a file then turns out unreadable: its name
 * stays taken).
 */
async function writeLaidOut(ctx: LaidOutContext): Promise<void> {
  const { batches, paths, zip, files, problems } = ctx;
  type Named = { record: RecordWithBytes['record']; path: string; mtime?: Date } | Error;
  const ahead: Promise<{ named: Named[]; laid?: LaidOutBatch }>[] = [];
  let toRead = 0;
  let naming: Promise<unknown> = Promise.resolve();
  const readMore = () => {
    while (ahead.length < LAID_OUT_AHEAD && toRead < batches.length) {
      const n = toRead;
      const batch = batches[toRead]!;
      batches[toRead++] = [];
      const read = ctx.source.records(batch);
      // Names are handed out strictly in batch order, whichever read comes back first.
      const named = (naming = naming.then(async () => {
        const records = await read;
        return records.map((record): Named => {
          if (record instanceof Error) return record;
          const path = paths.name('evidence', [safeStamp(record.capturedAt), record.kind, safeSite(record.url)], extOf(record.mime));
          const time = Date.parse(record.capturedAt);
          return { record, path, ...(Number.isNaN(time) ? {} : { mtime: new Date(time) }) };
        });
      })) as Promise<Named[]>;
      const job = named.then(async (list) => {
        const items = list.flatMap((x) => (x instanceof Error ? [] : [{ id: x.record.id, name: x.path, mtime: x.mtime?.getTime() ?? NaN, sha256: x.record.sha256 }]));
        return { named: list, laid: items.length ? await ctx.layOut({ items, ...(ctx.partName ? { part: ctx.partName(n) } : {}) }) : undefined };
      });
      job.catch(() => undefined); // thrown when its turn comes, in order
      ahead.push(job);
    }
  };
  readMore();
  while (ahead.length) {
    const next = ahead.shift()!;
    readMore();
    const { named, laid } = await next;
    let k = 0;
    // A run of laid-out entries waiting to be written as one piece.
    let run: { name: string; size: number; crc: number; mtime?: Date }[] = [];
    let runStart = 0;
    let runEnd = 0;
    const flush = async () => {
      if (!run.length) return;
      const data = laid!.data instanceof Uint8Array ? laid!.data.subarray(runStart, runEnd) : laid!.data.slice(runStart, runEnd);
      await zip.addLaidOut(run, data);
      run = [];
    };
    for (const item of named) {
      if (item instanceof Error) {
        problems.push(item.message);
        continue;
      }
      const out = laid!.items[k++]!;
      const { record, path, mtime } = item;
      if ('failed' in out) {
        problems.push(out.failed);
        continue;
      }
      if ('blob' in out) {
        await flush();
        await zip.addBlob(path, out.blob, out.crc, mtime);
        files.push(listedFile(path, out.blob.size, out.sha256, record));
      } else {
        if (!run.length || out.start !== runEnd) {
          await flush();
          runStart = out.start;
        }
        run.push({ name: path, size: out.size, crc: out.crc, ...(mtime ? { mtime } : {}) });
        runEnd = out.end;
        files.push(listedFile(path, out.size, out.sha256, record));
      }
      if (out.sha256 !== record.sha256) problems.push(`${path} no longer matches the SHA-256 recorded at capture.`);
      // A thumbnail is an entry of its own right after its file, as on the page's path: the run goes first.
      if (record.thumb) await flush();
      await ctx.listFile(record, path);
    }
    await flush();
  }
}

/** A manifest line for an evidence file. */
const listedFile = (path: string, size: number, sha256: string, record: { kind: string; capturedAt: string; url: string }): ManifestFile => ({
  path,
  size,
  sha256,
  kind: record.kind,
  capturedAt: record.capturedAt,
  ...(record.url ? { sourceUrl: record.url } : {}),
});

/**
 * An evidence file ready to write: its digest taken (as the export read it),
 * its CRC-32 (stored with it, or taken now) and either its bytes, or the
 * stored Blob itself when the output takes Blobs by reference.
 */
interface Prepared {
  record: RecordWithBytes['record'];
  sha256: string;
  crc?: number;
  data?: Uint8Array;
  blob?: Blob;
}

/**
 * Starts each file's digest the moment its batch arrives. A stored Blob that
 * the output can take by reference is hashed unread by the page (in Workers
 * on the bundle page) and keeps its stored CRC; every other file is read and
 * handed to WebCrypto (another thread) as before. A Blob that cannot be read
 * (its file gone) is a named error for that file alone.
 */
function evidencePreparer(options: Pick<ExportOptions, 'writeBlob' | 'hashBlob'>): (item: RecordWithBytes) => Promise<Prepared> {
  const hashBlob = options.hashBlob ?? hashBlobHere;
  const unreadable = (id: string, error: unknown) => new ReinstateError('damaged-record', `The file of evidence ${id} could not be read (${(error as Error)?.message ?? error}).`);
  return async ({ record, bytes, crc32: stored }) => {
    if (isBlob(bytes) && options.writeBlob) {
      const digest = await hashBlob(bytes, stored === undefined).catch((error) => Promise.reject(unreadable(record.id, error)));
      return { record, sha256: digest.sha256, crc: stored ?? digest.crc32, blob: bytes };
    }
    let buffer: ArrayBuffer;
    try {
      buffer = isBlob(bytes) ? await bytes.arrayBuffer() : bytes;
    } catch (error) {
      throw unreadable(record.id, error);
    }
    const data = new Uint8Array(buffer);
    return { record, sha256: await sha256Hex(data), crc: stored, data };
  };
}

/** Batches read ahead of the one being written. */
const BATCHES_AHEAD = 2;

/** A batch of evidence read in one transaction: at most this many records… */
export const BATCH_RECORDS = 256;
/** …and at most this many bytes by their recorded sizes (a record larger than this comes alone). */
export const BATCH_BYTES = 8 * 1024 * 1024;

/** The evidence cut into batches, in order, by count and recorded size. */
export function evidenceBatches<T extends { size: number }>(records: readonly T[], maxRecords = BATCH_RECORDS, maxBytes = BATCH_BYTES): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = Number.isFinite(record.size) && record.size > 0 ? record.size : 0;
    if (batch.length && (batch.length >= maxRecords || bytes + size > maxBytes)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(record);
    bytes += size;
  }
  if (batch.length) out.push(batch);
  return out;
}

const fingerprintOf = (key: JsonWebKey) => keyFingerprint(key, sha256Hex);

async function signOrFail(sign: NonNullable<ExportOptions['sign']>, manifestBytes: Uint8Array, expected?: string): Promise<Signed> {
  let signed: Signed | undefined;
  try {
    signed = await sign(manifestBytes);
  } catch (error) {
    throw new ReinstateError('internal', `The bundle could not be signed (${(error as Error).message}), so it was not saved. Try again, or untick “Sign” to save it marked as unsigned.`);
  }
  if (!signed?.signature || !signed.publicKey) throw new ReinstateError('internal', 'The bundle could not be signed (the signing key gave no signature), so it was not saved.');
  if (expected && (await fingerprintOf(signed.publicKey)) !== expected) throw new ReinstateError('internal', 'The bundle was signed with another key than the one shown, so it was not saved. Reload the page and try again.');
  return signed;
}

async function timestampOrFail(stamp: NonNullable<ExportOptions['timestamp']>, manifestSha256: string) {
  try {
    return await stamp(manifestSha256);
  } catch (error) {
    throw new ReinstateError('internal', `The timestamping authority did not give a timestamp (${(error as Error).message}), so the bundle was not saved. Try again, or switch the timestamp off.`);
  }
}
