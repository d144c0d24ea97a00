// Makes the hostile bundles of the security suite from one good, signed
// bundle: forged trust (deleted digest, stripped, renamed or foreign
// signatures, edits re-signed with another key) and ZIP tricks that make
// tools read something other than what a lax verifier checked (second
// manifest, hidden directory records, encryption flags, wrong CRCs,
// disagreeing headers, unsafe or duplicate names, ZIP64 lies …).
//
//   node test/security/hostile-bundles.mjs good.zip out-dir   # writes them as files
//
// Plain JavaScript with fflate and WebCrypto only, so it runs without a build.
import { webcrypto } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { crc32 } from '../../utils/bundle/crc32.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

// ---- a raw ZIP builder whose every field can be set wrong on purpose ----

/**
 * entries: [{ name, data, method?, flags?, crc?, size?, compressedSize?, localName?, localCrc?,
 *             localSize?, localFlags?, localMethod?, centralExtra?, localExtra?, gapAfter? }]
 * options: { prepend?, trailing?, comment?, count?, cdExtra? (bytes inside the directory after the counted records),
 *            cdGap? (bytes between directory and end record), zip64? { count?, locatorOnly?, badOffset? } }
 */
export function buildZip(entries, options = {}) {
  const parts = [];
  let offset = 0;
  const push = (bytes) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  if (options.prepend) push(options.prepend);
  const central = [];
  for (const e of entries) {
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const crc = e.crc ?? crc32(e.data);
    const method = e.method ?? 0;
    const flags = e.flags ?? 0x0800;
    const size = e.size ?? e.data.length;
    const compressedSize = e.compressedSize ?? e.data.length;
    const localExtra = e.localExtra ?? new Uint8Array(0);
    const header = new Uint8Array(30 + localName.length + localExtra.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, e.localFlags ?? flags, true);
    v.setUint16(8, e.localMethod ?? method, true);
    v.setUint32(14, e.localCrc ?? crc, true);
    v.setUint32(18, e.localCompressedSize ?? compressedSize, true);
    v.setUint32(22, e.localSize ?? size, true);
    v.setUint16(26, localName.length, true);
    v.setUint16(28, localExtra.length, true);
    header.set(localName, 30);
    header.set(localExtra, 30 + localName.length);
    const at = options.prepend && !options.fixOffsets ? offset - options.prepend.length : offset;
    push(header);
    push(e.data);
    if (e.gapAfter) push(e.gapAfter);
    const centralExtra = e.centralExtra ?? new Uint8Array(0);
    const record = new Uint8Array(46 + name.length + centralExtra.length);
    const c = new DataView(record.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, method, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, compressedSize, true);
    c.setUint32(24, size, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, centralExtra.length, true);
    c.setUint32(42, e.localOffset ?? at, true);
    record.set(name, 46);
    record.set(centralExtra, 46 + name.length);
    central.push(record);
  }
  const cdOffset = offset;
  for (const r of central) push(r);
  if (options.cdExtra) push(options.cdExtra);
  const counted = options.count ?? entries.length;
  // uncountedOutside: the end record's directory size covers only the counted records, the rest sits between directory and end record.
  const cdSize = options.uncountedOutside ? central.slice(0, counted).reduce((n, r) => n + r.length, 0) : offset - cdOffset;
  if (options.cdGap) push(options.cdGap);
  const count = options.count ?? entries.length;
  if (options.zip64) {
    const z = new Uint8Array(76);
    const v = new DataView(z.buffer);
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setUint16(14, 45, true);
    v.setBigUint64(24, BigInt(options.zip64.count ?? count), true);
    v.setBigUint64(32, BigInt(options.zip64.count ?? count), true);
    v.setBigUint64(40, BigInt(cdSize), true);
    v.setBigUint64(48, BigInt(cdOffset), true);
    v.setUint32(56, 0x07064b50, true);
    v.setBigUint64(64, BigInt(offset + (options.zip64.badOffset ?? 0)), true);
    v.setUint32(72, 1, true);
    push(options.zip64.locatorOnly ? z.subarray(56) : z);
  }
  const end = new Uint8Array(22 + (options.comment?.length ?? 0));
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, options.eocdCount ?? count, true);
  v.setUint16(10, options.eocdCount ?? count, true);
  v.setUint32(12, options.eocdCdSize ?? cdSize, true);
  v.setUint32(16, cdOffset, true);
  v.setUint16(20, options.comment?.length ?? 0, true);
  if (options.comment) end.set(options.comment, 22);
  push(end);
  if (options.trailing) push(options.trailing);
  const out = new Uint8Array(offset);
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
}

// ---- helpers over a good bundle ----

const sha256Hex = async (bytes) => Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
const canonical = (value) => {
  const sort = (v) => (Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return `${JSON.stringify(sort(value), null, 2)}\n`;
};
const json = (bytes) => JSON.parse(dec.decode(bytes));
const ordered = (files) => Object.entries(files).map(([name, data]) => ({ name, data }));
/** The files of a bundle in their order, as the builder takes them. */
const entriesOf = (bytes) => ordered(unzipSync(bytes));

async function forgerKey() {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } };
}

/** Edits files, rewrites manifest.json with their new hashes, and re-signs (with `key`) or keeps the old signature. */
async function reSign(bytes, edit, key) {
  const files = unzipSync(bytes);
  edit(files);
  const manifest = json(files['manifest.json']);
  for (const f of manifest.files) {
    if (files[f.path]) Object.assign(f, { size: files[f.path].length, sha256: await sha256Hex(files[f.path]) });
  }
  for (const path of Object.keys(files)) {
    if (!['manifest.json', 'manifest-digest.json'].includes(path) && !manifest.files.some((f) => f.path === path)) manifest.files.push({ path, size: files[path].length, sha256: await sha256Hex(files[path]), kind: 'data' });
  }
  const manifestBytes = enc.encode(canonical(manifest));
  const digest = json(files['manifest-digest.json']);
  digest.manifestSha256 = await sha256Hex(manifestBytes);
  if (key) {
    const signature = new Uint8Array(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, manifestBytes));
    digest.signature = Buffer.from(signature).toString('base64');
    digest.publicKey = key.publicKey;
    digest.publicKeyId = (await sha256Hex(enc.encode(`${key.publicKey.x}.${key.publicKey.y}`))).slice(0, 16);
  }
  files['manifest.json'] = manifestBytes;
  files['manifest-digest.json'] = enc.encode(canonical(digest));
  // manifest and digest last, as the exporter writes them.
  const { 'manifest.json': m, 'manifest-digest.json': d, ...rest } = files;
  return buildZip([...ordered(rest), { name: 'manifest.json', data: m }, { name: 'manifest-digest.json', data: d }]);
}

const digestEdit = (bytes, change) => {
  const entries = entriesOf(bytes);
  const digest = entries.find((e) => e.name === 'manifest-digest.json');
  digest.data = enc.encode(JSON.stringify(change(json(digest.data)), null, 2));
  return buildZip(entries);
};

const withEntries = (bytes, change, options) => {
  const entries = entriesOf(bytes);
  change(entries);
  return buildZip(entries, options);
};

const firstEvidence = (entries) => entries.find((e) => e.name.startsWith('evidence/'));
const zip64Extra = (values) => {
  const b = new Uint8Array(4 + values.length * 8);
  const v = new DataView(b.buffer);
  v.setUint16(0, 1, true);
  v.setUint16(2, values.length * 8, true);
  values.forEach((x, i) => v.setBigUint64(4 + i * 8, BigInt(x), true));
  return b;
};

/**
 * The hostile bundles, each { name, group, bytes, how }: `how` says what a
 * lax reader would be fooled into. All must come out not INTACT, and none may import.
 */
export async function hostileBundles(good) {
  const forger = await forgerKey();
  const out = [];
  const add = async (group, name, how, make) => out.push({ group, name, how, bytes: await make() });
  const noticeName = (files) => Object.keys(files).find((n) => n.startsWith('notices/'));

  await add('trust', 'digest-deleted', 'manifest-digest.json removed: no signature to check', () => withEntries(good, (es) => es.splice(es.findIndex((e) => e.name === 'manifest-digest.json'), 1)));
  await add('trust', 'signature-stripped', 'signature, key and key id removed', () => digestEdit(good, ({ signature: _s, publicKey: _k, publicKeyId: _i, ...rest }) => rest));
  await add('trust', 'signature-renamed', '"signature" renamed so a lax verifier sees an unsigned bundle', () => digestEdit(good, ({ signature, ...rest }) => ({ ...rest, Signature: signature })));
  await add('trust', 'signature-garbage', 'signature replaced with other bytes', () => digestEdit(good, (d) => ({ ...d, signature: Buffer.from(new Uint8Array(64).fill(7)).toString('base64') })));
  await add('trust', 'key-swapped', 'the forger’s public key put in, the old signature kept', () => digestEdit(good, (d) => ({ ...d, publicKey: forger.publicKey })));
  await add('trust', 'notice-edited', 'a notice edited, nothing else', () => withEntries(good, (es) => (es.find((e) => e.name.startsWith('notices/')).data = enc.encode('Your account is fine.'))));
  await add('trust', 'notice-edited-manifest-rehashed', 'a notice edited, manifest and digest rehashed, old signature kept', () => reSign(good, (f) => (f[noticeName(f)] = enc.encode('Your account is fine.'))));
  await add('trust', 'notice-edited-resigned', 'a notice edited and the bundle re-signed with another key (caught by --key)', () => reSign(good, (f) => (f[noticeName(f)] = enc.encode('We restored your account.')), forger));
  await add('trust', 'report-edited-resigned', 'report.html edited and re-signed with another key (caught by --key)', () => reSign(good, (f) => (f['report.html'] = enc.encode('<h1>Nothing happened</h1>')), forger));
  await add('trust', 'file-added-resigned', 'evidence added and re-signed with another key (caught by --key)', () => reSign(good, (f) => (f['evidence/planted.png'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47])), forger));

  await add('zip', 'second-manifest', 'a second manifest.json after the first (tools extract the last)', () => withEntries(good, (es) => es.push({ name: 'manifest.json', data: enc.encode('{"format":"reinstate-bundle","version":1,"files":[]}') })));
  await add('zip', 'case-duplicate', 'Report.html beside report.html: one overwrites the other on Windows and macOS', () => withEntries(good, (es) => es.push({ name: 'Report.html', data: enc.encode('<h1>forged</h1>') })));
  await add('zip', 'duplicate-evidence', 'one evidence name twice with other bytes', () => withEntries(good, (es) => es.push({ name: firstEvidence(es).name, data: new Uint8Array([1, 2, 3]) })));
  await add('zip', 'cd-record-beyond-count', 'a directory record after the counted ones (tools extract evil.html)', () => {
    const es = entriesOf(good);
    const withEvil = buildZip([...es, { name: 'evil.html', data: enc.encode('<script>alert(1)</script>') }], { count: es.length });
    return withEvil;
  });
  await add('zip', 'cd-record-outside-size', 'a directory record between the directory and the end record', () => {
    const es = entriesOf(good);
    return buildZip([...es, { name: 'evil.html', data: enc.encode('<script>alert(1)</script>') }], { count: es.length, uncountedOutside: true });
  });
  await add('zip', 'hidden-gap', 'bytes hidden between two entries that the directory does not describe', () => withEntries(good, (es) => (es[0].gapAfter = enc.encode('PK\u0003\u0004 hidden evil.html payload'))));
  await add('zip', 'prepended', 'bytes before the first entry (a self-extractor or a second ZIP)', () => buildZip(entriesOf(good), { prepend: enc.encode('MZ this could be a program or another zip'), fixOffsets: true }));
  await add('zip', 'trailing', 'bytes after the end record', () => buildZip(entriesOf(good), { trailing: enc.encode('tail') }));
  await add('zip', 'comment', 'a ZIP comment holding a fake end record', () => buildZip(entriesOf(good), { comment: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]) }));
  await add('zip', 'encrypted-flag', 'an entry flagged as encrypted', () => withEntries(good, (es) => (firstEvidence(es).flags = 0x0801)));
  await add('zip', 'strong-encryption-flag', 'an entry flagged with strong encryption', () => withEntries(good, (es) => (firstEvidence(es).flags = 0x0841)));
  await add('zip', 'unknown-method', 'an entry with compression method 99 (AES) in both headers', () => withEntries(good, (es) => (firstEvidence(es).method = 99)));
  await add('zip', 'wrong-crc', 'an entry whose CRC-32 does not match its bytes (both headers)', () => withEntries(good, (es) => (firstEvidence(es).crc = 0x12345678)));
  await add('zip', 'local-name-differs', 'the local header names another file than the directory', () => withEntries(good, (es) => (firstEvidence(es).localName = firstEvidence(es).name.replace(/^evidence/, 'evidencE'))));
  await add('zip', 'local-crc-differs', 'the local header gives another CRC', () => withEntries(good, (es) => (firstEvidence(es).localCrc = 1)));
  await add('zip', 'local-size-differs', 'the local header gives another size (streaming tools read other bytes)', () => withEntries(good, (es) => (firstEvidence(es).localSize = 3)));
  await add('zip', 'local-method-differs', 'the local header says deflated, the directory stored', () => withEntries(good, (es) => (firstEvidence(es).localMethod = 8)));
  await add('zip', 'size-lie', 'the directory gives another uncompressed size than the stored data', () => withEntries(good, (es) => (firstEvidence(es).size = 10)));
  await add('zip', 'data-descriptor-lie', 'a data-descriptor flag with no descriptor', () => withEntries(good, (es) => (firstEvidence(es).flags = 0x0808)));
  await add('zip', 'unicode-path-extra', 'an Info-ZIP Unicode Path field naming another file', () => withEntries(good, (es) => {
    const target = enc.encode('evil.html');
    const b = new Uint8Array(4 + 5 + target.length);
    const v = new DataView(b.buffer);
    v.setUint16(0, 0x7075, true);
    v.setUint16(2, 5 + target.length, true);
    b[4] = 1;
    b.set(target, 9);
    firstEvidence(es).centralExtra = b;
  }));
  await add('zip', 'non-utf8-name', 'a name with high bytes and no UTF-8 flag (CP437 in other tools)', () => withEntries(good, (es) => {
    const e = firstEvidence(es);
    e.flags = 0;
    e.name = `${e.name}\u00e9`;
  }));
  await add('zip', 'zip64-count-lie', 'a ZIP64 end record that counts one entry more than the classic one', () => buildZip(entriesOf(good), { zip64: { count: entriesOf(good).length + 1 } }));
  await add('zip', 'zip64-locator-only', 'a ZIP64 locator pointing nowhere', () => buildZip(entriesOf(good), { zip64: { locatorOnly: true } }));
  await add('zip', 'zip64-marker-without-record', 'the end record says 0xFFFF entries, no ZIP64 record', () => buildZip(entriesOf(good), { eocdCount: 0xffff }));
  await add('zip', 'zip64-extra-size-lie', 'a ZIP64 extra field giving a 5 GB size', () => withEntries(good, (es) => {
    const e = firstEvidence(es);
    e.size = 0xffffffff;
    e.centralExtra = zip64Extra([5 * 2 ** 30]);
  }));
  await add('zip', 'deflate-bomb', 'a deflated manifest.json that claims to unpack to 400 MB', async () => {
    const { deflateSync } = await import('fflate');
    const es = entriesOf(good);
    const m = es.find((e) => e.name === 'manifest.json');
    Object.assign(m, { data: deflateSync(new Uint8Array(256 * 1024), { level: 9 }), method: 8, size: 400 * 1024 * 1024 });
    return buildZip(es);
  });
  await add('zip', 'eocd-count-short', 'the end record counts one entry fewer (the last is hidden)', () => buildZip(entriesOf(good), { count: entriesOf(good).length - 1 }));
  await add('zip', 'two-records-one-entry', 'two directory records pointing at the same data under two names', () => {
    const es = entriesOf(good);
    const clone = { ...firstEvidence(es), name: 'evidence/clone.png', localOffset: 0 };
    return buildZip([...es, clone]);
  });

  const traversal = ['../../../../tmp/x.txt', '/etc/cron.d/evil', 'C:/Windows/evil.txt', 'evidence\\..\\..\\evil.txt', 'evidence/./x.png', 'notices/evil\u0000.txt', 'evil. ', 'CON/x'];
  for (const name of traversal.slice(0, 7)) {
    await add('names', `unsafe-name ${JSON.stringify(name)}`, 'an unsafe path, listed in the manifest and re-signed with another key', () => reSign(good, (f) => (f[name] = enc.encode('x')), forger));
  }
  return out;
}

// ---- command line ----
if (import.meta.url === `file://${process.argv[1]}`) {
  const [goodPath, outDir] = process.argv.slice(2);
  if (!goodPath || !outDir) {
    process.stderr.write('Usage: node test/security/hostile-bundles.mjs good.zip out-dir\n');
    process.exitCode = 64;
  } else {
    mkdirSync(outDir, { recursive: true });
    const list = await hostileBundles(new Uint8Array(readFileSync(goodPath)));
    for (const b of list) writeFileSync(join(outDir, `${b.group}-${b.name.replace(/[^a-z0-9-]+/gi, '_')}.zip`), b.bytes);
    process.stdout.write(`${list.length} hostile bundles written to ${outDir}\n`);
  }
}
