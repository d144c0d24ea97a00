// npm run bench:scale — issue 18 item 5, in Debian's Chromium with the e2e
// build: seed a profile through the extension's own store (5 cases, 1,000
// captures, 50,000 pins with 50,000 small generated PNG pin images), then
// measure the Locker and the popup to first case content, the Locker's heap,
// and export, verify and import of the whole bundle. Prints figures; asserts
// only that the bench itself worked (the bundle is intact, nothing is lost).
// BENCH_QUICK=1: 5 cases, 50 captures, 500 pins.
import { cpSync, existsSync, readdirSync as listDir, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { artifactPath, EXTENSION_DIR, launch, newProfileDir, readStore } from '../test/e2e/harness.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { bytesSource, listEntries, readEntry } from '../utils/bundle/zip-reader.js';

/** A random-access source over a file on disk (the bench reads a 900 MB bundle's directory without loading it). */
function fdSource(path) {
  const fd = openSync(path, 'r');
  process.once('exit', () => closeSync(fd));
  return { size: statSync(path).size, read: async (offset, length) => { const b = new Uint8Array(length); return b.subarray(0, readSync(fd, b, 0, length, offset)); } };
}

const QUICK = process.env.BENCH_QUICK === '1';
const CASES = 5;
const CAPTURES = Number(process.env.BENCH_SCALE_CAPTURES ?? (QUICK ? 50 : 1000));
const PINS = Number(process.env.BENCH_SCALE_PINS ?? (QUICK ? 500 : 50_000));
// BENCH_SCALE_SEEDED=<dir>: keep the seeded profile there and reuse a copy of it on the next runs (seeding 50,000 pins takes minutes).
const SEEDED = process.env.BENCH_SCALE_SEEDED;
// Page loads measured per page: the first, then the same page again; median and worst printed.
// BENCH_SCALE_LOADS=<n>: more loads per page, for a steadier worst figure on a shared machine.
const LOADS = Number(process.env.BENCH_SCALE_LOADS ?? (QUICK ? 3 : 5));
const line = (label, value) => process.stdout.write(`${label.padEnd(58)} ${value}\n`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// BENCH_SCALE_PROFILE=1: a CPU profile of the bundle page for export, verify and import (test-results/scale-*.cpuprofile), top functions printed.
const PROFILE = process.env.BENCH_SCALE_PROFILE === '1';

/** Starts the CDP sampling profiler on a page; the returned function stops it, saves the profile and prints the top self times. */
async function profile(context, page, name) {
  if (!PROFILE) return async () => {};
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile: p } = await cdp.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(artifactPath(`scale-${name}.cpuprofile`), JSON.stringify(p));
    const self = new Map();
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = p.timeDeltas;
    for (let i = 0; i < p.samples.length; i++) {
      const f = byId.get(p.samples[i]).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`   profile of ${name} (${(total / 1000).toFixed(1)} s sampled), top self time:\n`);
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) process.stdout.write(`     ${ms.toFixed(0).padStart(7)} ms  ${k}\n`);
  };
}

/**
 * Realistic file sizes (issue 18's MB/s figures mean nothing over 8×8 PNGs):
 * captures spread over 150 KB–2 MB (visible-area screenshots at the low end,
 * full-page ones and MHTML snapshots up to 2 MB), pin images 4–20 KB, the
 * weight of the 236-px JPEG thumbnails Pinterest serves and the inventory
 * saves. Pixels are random, so nothing compresses them away. A handful of
 * distinct blobs is made here once; the worker gives each file its own bytes
 * with a tEXt chunk carrying its number (a valid PNG, a distinct SHA-256).
 * Quick mode divides capture sizes by 4 so CI stays fast.
 */
const CAPTURE_SIZES = [150, 250, 400, 600, 900, 1200, 1600, 2000].map((kb) => (kb * 1024) / (QUICK ? 4 : 1));
const MHTML_SIZES = [200, 500, 900, 1500].map((kb) => (kb * 1024) / (QUICK ? 4 : 1));
const PIN_SIZES = [4, 7, 10, 13, 16, 20].map((kb) => kb * 1024);

/** A valid PNG of about `bytes` bytes: random RGB rows, stored deflate blocks (zlib level 0). */
function randomPng(bytes, width, seed) {
  const rowBytes = 1 + 3 * width;
  const height = Math.max(1, Math.round((bytes - 100) / rowBytes));
  const raw = Buffer.alloc(rowBytes * height);
  let x = seed * 2654435761 >>> 0 || 1;
  for (let i = 0; i < raw.length; i++) {
    if (i % rowBytes === 0) { raw[i] = 0; continue; }
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    raw[i] = x & 0xff;
  }
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An MHTML snapshot of about `bytes` bytes: a text part and a base64 image part of random bytes. */
function randomMhtml(bytes, seed) {
  const image = randomPng(bytes * 0.7, 400, seed).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(`From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html><body>${'<p>pin</p>'.repeat(Math.max(1, Math.round((bytes - image.length) / 10)))}</body></html>\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${image}\r\n--b--\r\n`);
}

const seedBlobs = () => ({
  captures: CAPTURE_SIZES.map((b, i) => randomPng(b, 1280, i + 1).toString('base64')),
  mhtml: MHTML_SIZES.map((b, i) => randomMhtml(b, i + 101).toString('base64')),
  pins: PIN_SIZES.map((b, i) => randomPng(b, 236, i + 201).toString('base64')),
});

/** Runs in the service worker, through the extension's own `Store` (the e2e build lends it). */
async function seed({ cases, captures, pins, blobs }) {
  const store = globalThis.reinstateStore;
  if (!store) throw new Error('No reinstateStore on the worker: build with npm run build:e2e.');
  const provenance = { browser: navigator.userAgent, extensionVersion: chrome.runtime.getManifest().version };
  const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const pool = { captures: blobs.captures.map(decode), mhtml: blobs.mhtml.map(decode), pins: blobs.pins.map(decode) };
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = ~0;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
  };
  // The pool PNG with a tEXt chunk naming file n before IEND: every file its own bytes, still a valid PNG.
  const png = (base, n) => {
    const text = new TextEncoder().encode(`Comment\0reinstate bench file ${n}`);
    const chunk = new Uint8Array(12 + text.length);
    const v = new DataView(chunk.buffer);
    v.setUint32(0, text.length);
    chunk.set([0x74, 0x45, 0x58, 0x74], 4);
    chunk.set(text, 8);
    v.setUint32(8 + text.length, crc(chunk.subarray(4, 8 + text.length)));
    const out = new Uint8Array(base.length + chunk.length);
    out.set(base.subarray(0, base.length - 12));
    out.set(chunk, base.length - 12);
    out.set(base.subarray(base.length - 12), base.length - 12 + chunk.length);
    return out.buffer;
  };
  // MHTML: the number goes into a header line the snapshot's text part would carry anyway.
  const mhtml = (base, n) => {
    const head = new TextEncoder().encode(`X-Reinstate-Bench: ${n}\r\n`);
    const out = new Uint8Array(head.length + base.length);
    out.set(head);
    out.set(base, head.length);
    return out.buffer;
  };
  const totals = { files: 0, bytes: 0, largest: 0, captureBytes: 0, pinBytes: 0 };
  const count = (bytes, key) => {
    totals.files++;
    totals.bytes += bytes.byteLength;
    totals[key] += bytes.byteLength;
    totals.largest = Math.max(totals.largest, bytes.byteLength);
    return bytes;
  };
  const ids = [];
  for (let i = 0; i < cases; i++) ids.push((await store.addCase({ title: `Scale case ${i}`, region: 'eu' })).id);
  await store.setSetting('currentCaseId', ids[0]);
  const t0 = Date.UTC(2025, 4, 1);
  for (let i = 0; i < captures; i += 8) {
    await Promise.all(Array.from({ length: Math.min(8, captures - i) }, async (_, k) => {
      const n = i + k;
      const screenshot = n % 4 !== 0;
      const bytes = count(screenshot ? png(pool.captures[(n * 7) % pool.captures.length], n) : mhtml(pool.mhtml[(n / 4) % pool.mhtml.length], n), 'captureBytes');
      return store.addEvidence({ caseId: ids[n % cases], kind: screenshot ? 'screenshot' : 'mhtml', mime: screenshot ? 'image/png' : 'multipart/related', bytes, url: `https://www.pinterest.com/capture/${n}/`, title: `Capture ${n}`, provenance, capturedAt: new Date(t0 + n * 60_000) });
    }));
  }
  const now = new Date(t0 + 30 * 86_400_000).toISOString();
  const state = { id: 'inv_scale', username: 'maya', status: 'done', boardsListed: true, boards: [], unorganized: { done: true }, counts: { boards: 10, pins, requests: Math.ceil(pins / 25) }, startedAt: now, updatedAt: now };
  await store.startInventory(ids[0], state);
  for (let from = 0; from < pins; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, pins - from) }, (_, k) => {
      const n = from + k;
      return { id: String(1e15 + n), title: `Pin ${n}`, description: `A pin about ${n}`, link: '', imageOriginal: `https://i.pinimg.com/originals/${n}.png`, imageSmall: `https://i.pinimg.com/236x/${n}.png`, boardId: `b${n % 10}`, sectionId: '', createdAt: '', pinner: 'maya', source: 'bench' };
    });
    const boards = from ? [] : Array.from({ length: 10 }, (_, b) => ({ id: `b${b}`, name: `Board ${b}`, url: `/maya/b${b}/`, privacy: 'public', pinCount: pins / 10, sectionCount: 0, archived: false }));
    await store.saveInventoryBatch({ state, boards, pins: batch });
  }
  for (let n = 0; n < pins; n += 50) {
    await Promise.all(Array.from({ length: Math.min(50, pins - n) }, async (_, k) => store.addEvidence({ caseId: ids[0], kind: 'thumbnail', mime: 'image/png', bytes: count(png(pool.pins[(n + k) % pool.pins.length], captures + n + k), 'pinBytes'), url: `https://i.pinimg.com/236x/${n + k}.png`, title: `Pin ${n + k}`, provenance, capturedAt: new Date(Date.parse(now) + n + k) })));
  }
  return { ids, totals };
}

/**
 * A profile seeded by an older build (before migration 006) owes its per-case pin-image counts: the background
 * counts them, paced, when it starts. Waited for here (and timed) so the pages below are measured without it.
 */
async function pinImageCounts(ext) {
  const state = await (await ext.sw()).evaluate(async () => {
    const store = globalThis.reinstateStore;
    if (!store.fillPinImageCounts) return undefined;
    await store.fillPinImageCounts();
    return (await store.db()).get('backfills', 'pin-image-counts');
  });
  if (state) line('pin-image counts of the seeded database (paced, at start)', `${((Date.parse(state.finishedAt) - Date.parse(state.startedAt)) / 1000).toFixed(1)} s from first to last batch (load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
}

/** A browser with the seeded profile: seeded now, or a copy of the one kept in BENCH_SCALE_SEEDED. */
async function seededBrowser() {
  // `files` names the seed's file sizes, so a profile kept from another seed is not reused.
  const sizes = { cases: CASES, captures: CAPTURES, pins: PINS, files: { captures: CAPTURE_SIZES, mhtml: MHTML_SIZES, pins: PIN_SIZES } };
  const marker = SEEDED && join(SEEDED, 'reinstate-scale-seed.json');
  const kept = marker && existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
  if (kept && JSON.stringify(kept.sizes) === JSON.stringify(sizes)) {
    const copy = newProfileDir();
    cpSync(SEEDED, copy, { recursive: true });
    // Chromium keeps the extension's service worker script in the profile and, for an unpacked extension of the
    // same version, runs that copy: without this the background of the build that seeded the profile would run.
    rmSync(join(copy, 'Default', 'Service Worker'), { recursive: true, force: true });
    line('seeding', `reused (a copy of ${SEEDED})`);
    const ext = await launch({ profileDir: copy });
    await pinImageCounts(ext);
    return { ext, caseIds: kept.caseIds, totals: kept.totals };
  }
  let ext = await launch(SEEDED ? { profileDir: SEEDED } : {});
  const warm = await ext.context.newPage();
  await warm.goto(ext.url('popup.html'));
  await warm.locator('h1').first().waitFor();
  await warm.close();
  const t = performance.now();
  const { ids: caseIds, totals } = await (await ext.sw()).evaluate(seed, { ...sizes, blobs: seedBlobs() });
  line('seeding through the extension\'s store', `${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (SEEDED) {
    await ext.close({ keepProfile: true });
    writeFileSync(marker, JSON.stringify({ sizes, caseIds, totals }));
    const copy = newProfileDir();
    cpSync(SEEDED, copy, { recursive: true });
    ext = await launch({ profileDir: copy });
  }
  return { ext, caseIds, totals };
}

const procPids = () => listDir('/proc').filter((d) => /^\d+$/.test(d));
/** The fields of a /proc stat line after the command name (which may itself hold spaces and parentheses). */
const statFields = (path) => {
  const text = readFileSync(path, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
};
/** User plus system time of a stat line, in seconds (clock ticks of 10 ms). */
const cpuOfStat = (fields) => (Number(fields[11]) + Number(fields[12])) / 100;
/** Chromium's process type from its command line; the browser process itself has none. */
const processType = (pid) => /--type=([a-z-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';

/**
 * CPU seconds used so far by every process of the browser running on
 * `profileDir` (browser, renderers, GPU, utility): on a machine other work is
 * loading, wall time says how long a person waits, CPU time what the work costs.
 */
function browserCpuSeconds(profileDir) {
  const byType = Object.values(browserCpuByType(profileDir));
  return byType.length ? byType.reduce((sum, cpu) => sum + cpu, 0) : NaN;
}

/** CPU seconds so far of the browser on `profileDir`, by process type (browser, renderer, gpu-process, utility…): where an export's work is done. */
function browserCpuByType(profileDir) {
  pidCache.delete(profileDir);
  const out = {};
  for (const pid of browserPids(profileDir)) {
    try {
      const type = processType(pid);
      out[type] = (out[type] ?? 0) + cpuOfStat(statFields(`/proc/${pid}/stat`));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** CPU seconds of each thread of the browser, by pid/tid, with its process type and name (Chromium names its threads: CrRendererMain, DedicatedWorker thread, WebCrypto…). */
function browserCpuByThread(profileDir) {
  pidCache.delete(profileDir);
  const out = {};
  for (const pid of browserPids(profileDir)) {
    try {
      const type = processType(pid);
      for (const tid of listDir(`/proc/${pid}/task`)) {
        try {
          const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/[0-9]+$/, '');
          out[`${pid}/${tid}`] = { key: `${type}:${name}`, cpu: cpuOfStat(statFields(`/proc/${pid}/task/${tid}/stat`)) };
        } catch {
          // the thread ended meanwhile
        }
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * Resident memory (kB → bytes) of the browser's renderer processes on
 * `profileDir`: what the page holds outside the JavaScript heap too
 * (ArrayBuffers of file bytes, Blob parts not yet handed to the browser).
 * Extension pages share a renderer, so the other pages' share is in the
 * baseline and cancels out of the rise.
 */
function rendererRss(profileDir) {
  let total = 0;
  for (const pid of browserPids(profileDir)) {
    try {
      if (processType(pid) !== 'renderer') continue;
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Every process id under the browser started on `profileDir`, the browser process included (cached: the sampler calls this often). */
const pidCache = new Map();
function browserPids(profileDir) {
  const cached = pidCache.get(profileDir);
  if (cached && Date.now() - cached.at < 2000) return cached.pids;
  const parent = new Map();
  let root;
  for (const pid of procPids()) {
    try {
      parent.set(pid, statFields(`/proc/${pid}/stat`)[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(profileDir) && !cmd.includes('--type=')) root = pid;
    } catch {
      // gone
    }
  }
  const pids = new Set();
  for (const pid of parent.keys()) {
    for (let p = pid, depth = 0; p && depth < 6; p = parent.get(p), depth++) {
      if (p === root) {
        pids.add(pid);
        break;
      }
    }
  }
  pidCache.set(profileDir, { at: Date.now(), pids });
  return pids;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(`\n== Scale in Chromium${QUICK ? ' (quick)' : ''}: ${CASES} cases, ${CAPTURES} captures, ${PINS} pins with ${PINS} PNG pin images (e2e build); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
// BENCH_SCALE_VERIFY_ONLY=<bundle.zip>: only the verify figures, for a bundle kept from an earlier run (no seeding, no export).
if (process.env.BENCH_SCALE_VERIFY_ONLY) {
  const path = process.env.BENCH_SCALE_VERIFY_ONLY;
  const browser = await launch();
  try {
    const entries = await listEntries(fdSource(path));
    // BENCH_SCALE_VERIFY_RUNS=<n>: the bundle page n times (a fresh page each), the command-line verifiers once.
    const runs = Number(process.env.BENCH_SCALE_VERIFY_RUNS ?? 1);
    for (let run = 1; run <= runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(browser.url('bundle.html'));
      await page.getByTestId('verify-file').waitFor();
      await verifyFigures(browser, page, path, statSync(path).size, entries.length, { pageOnly: run < runs });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.exit();
}
const { ext, caseIds, totals } = await seededBrowser();
line('seeded evidence files (captures + pin images)', `${totals.files} files, ${mb(totals.bytes)} (captures ${mb(totals.captureBytes)}, pin images ${mb(totals.pinBytes)}); largest ${mb(totals.largest)}`);
let fresh;
try {
  const sw = await ext.sw();
  const title = 'Scale case 0';

  // BENCH_SCALE_EXPORT_ONLY=1: straight to export and verify (quick turns on the export; the pages are not measured).
  pages: {
  if (process.env.BENCH_SCALE_EXPORT_ONLY === '1') break pages;

  // Time to first case content: navigation to the case's title on screen.
  // Also the page's own figure: the mark it sets when the case first renders, from its navigation start.
  const loadNow = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const timeTo = async (path, probe, then) => {
    const page = await ext.context.newPage();
    const t0 = performance.now();
    await page.goto(ext.url(path));
    await probe(page);
    const ms = performance.now() - t0;
    // `then`: a later probe on the same load (the case home's own content after its title).
    const thenMs = then ? (await then(page), performance.now() - t0) : NaN;
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('reinstate:')).map((m) => [m.name.split(':').pop(), m.startTime])));
    const inPage = marks['first-case'] ?? NaN;
    return { page, ms, inPage, marks, thenMs };
  };
  const spread = (xs) => `first ${xs[0].toFixed(0)} ms, median ${median(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms`;
  // The page sets its mark in an effect after the render the probe sees, so a load can be read before it marks:
  // such loads are left out of the in-page figure and counted, instead of turning it into NaN.
  const figures = (loads) => {
    const marked = loads.map((l) => l.inPage).filter(Number.isFinite);
    const unmarked = loads.length - marked.length;
    const inPage = marked.length ? `in the page median ${median(marked).toFixed(0)} ms, worst ${Math.max(...marked).toFixed(0)} ms` : 'in the page: no mark read';
    return `${spread(loads.map((l) => l.ms))}; ${inPage}${unmarked ? ` (${unmarked} of ${loads.length} loads read before the page marked)` : ''}`;
  };
  // The floor on this machine at this moment: an extension page with one heading and no script, opened the same
  // way. On a loaded machine most of a figure below is this (tab, renderer, navigation), which no page code can remove.
  const blankFloor = async () => {
    const blankPath = join(EXTENSION_DIR, 'bench-blank.html');
    writeFileSync(blankPath, '<!doctype html><meta charset="utf-8"><title>blank</title><h1>blank</h1>');
    const times = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        const blank = await timeTo('bench-blank.html', (p) => p.locator('h1').waitFor());
        times.push(blank.ms);
        await blank.page.close();
      }
    } finally {
      rmSync(blankPath, { force: true });
    }
    return times;
  };
  const blankTimes = await blankFloor();
  line(`floor: a blank extension page to its heading, ${LOADS} loads`, `${spread(blankTimes)} (load ${loadNow()})`);
  const lockerProbe = (p) => p.locator('h1', { hasText: title }).first().waitFor({ timeout: 120_000 });
  const lockerHome = (p) => p.getByTestId('checklist').waitFor({ timeout: 120_000 });
  const lockerTimes = [];
  let locker;
  for (let i = 0; i < LOADS; i++) {
    locker = await timeTo(`locker.html#/case/${caseIds[0]}`, lockerProbe, lockerHome);
    lockerTimes.push(locker);
    if (i < LOADS - 1) await locker.page.close();
  }
  line(`Locker: first case content (h1 with the case title), ${LOADS} loads`, `${figures(lockerTimes)} (goal ≤ 500 ms; load ${loadNow()})`);
  line('   Locker: the case home\'s own content (its checklist)', `${spread(lockerTimes.map((l) => l.thenMs))}`);
  // The page's own steps before it (medians, ms from navigation): its module ran, the case was read, the case showed, its home showed.
  const stepMedians = ['module', 'case-read', 'first-case', 'case-home'].map((name) => `${name} ${median(lockerTimes.map((l) => l.marks[name] ?? NaN)).toFixed(0)}`);
  line('   Locker in the page (medians, ms from navigation)', stepMedians.join(', '));
  // The heap is weighed with the Evidence tab open: the case's whole evidence list is read for that tab only.
  const tabStart = performance.now();
  await locker.page.evaluate((id) => (location.hash = `#/case/${id}/evidence`), caseIds[0]);
  await locker.page.locator('[data-testid=evidence-list] li').first().waitFor({ timeout: 120_000 });
  const firstCard = performance.now() - tabStart;
  // The whole list (its damaged rows and the pin images' count) follows the first page: weigh the page after it,
  // and let the popup's loads below not queue behind its reads in the database.
  await locker.page.locator('section[aria-labelledby=evidence-title][aria-busy=false]').waitFor({ timeout: 300_000 });
  line('   Locker: Evidence tab to its first card; to the whole list (pin images counted)', `${firstCard.toFixed(0)} ms; ${(performance.now() - tabStart).toFixed(0)} ms (load ${loadNow()})`);
  await locker.page.waitForLoadState('networkidle');
  await locker.page.waitForTimeout(QUICK ? 500 : 5000);
  const cdp = await ext.context.newCDPSession(locker.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  line('Locker: JS heap after load and GC, Evidence tab open (CDP)', `${mb(heap.usedSize)} (goal ≤ 150 MB)`);
  await locker.page.screenshot({ path: artifactPath('scale-locker.png') });
  await locker.page.close();
  // The Evidence tab opened directly, a fresh page each time: its first row (a page through the case's kind index),
  // then the audit that counts the 50,000 pin images (after the first row). Each page is closed only after its audit,
  // so the next load does not queue behind the last one's counts in IndexedDB.
  const evidenceLoads = [];
  for (let i = 0; i < LOADS; i++) {
    const load = await timeTo(`locker.html#/case/${caseIds[0]}/evidence`, (p) => p.locator('[data-testid=evidence-list] li').first().waitFor({ timeout: 120_000 }), (p) => p.locator('section[aria-labelledby=evidence-title][aria-busy=false]').waitFor({ timeout: 300_000 }));
    evidenceLoads.push(load);
    await load.page.close();
  }
  line(`Locker: Evidence tab first row (opened directly), ${LOADS} loads`, `${spread(evidenceLoads.map((l) => l.ms))} (goal ≤ 500 ms; load ${loadNow()})`);
  line('   Evidence tab: pin images counted (its audit, after the first row)', spread(evidenceLoads.map((l) => l.thenMs)));
  line('   Evidence tab in the page (medians, ms from navigation)', ['module', 'case-read', 'first-case', 'evidence-first-row', 'evidence-audit'].map((name) => `${name} ${median(evidenceLoads.map((l) => l.marks[name] ?? NaN)).toFixed(0)}`).join(', '));
  // The appeal editor for the case with the pin images: the drafted letter (its subject), and the page's own marks for
  // the letter and for its evidence (first page, all pages: 200 captures listed in the letter).
  const appealLoads = [];
  for (let i = 0; i < LOADS; i++) {
    const load = await timeTo(`appeal.html?case=${caseIds[0]}`, (p) => p.getByTestId('subject').waitFor({ timeout: 120_000 }), (p) => p.waitForFunction(() => performance.getEntriesByName('reinstate:appeal:evidence-all').length > 0 && document.querySelector('[data-testid=checklist]')?.getAttribute('aria-busy') !== 'true', undefined, { timeout: 20_000 }).catch(() => undefined));
    appealLoads.push(load);
    await load.page.close();
  }
  const markMedian = (loads, name) => median(loads.map((l) => l.marks[name] ?? NaN)).toFixed(0);
  line(`appeal editor: first content (the drafted letter), ${LOADS} loads`, `${spread(appealLoads.map((l) => l.ms))} (goal ≤ 500 ms; load ${loadNow()})`);
  line('   appeal editor in the page (medians, ms from navigation)', `letter ${markMedian(appealLoads, 'first-content')}, its evidence first page ${markMedian(appealLoads, 'evidence')}, all pages ${markMedian(appealLoads, 'evidence-all')}`);
  // The letter shows before the checker's patterns compile (cold: the first load); what the notice leaves out follows.
  // A build without the mark checked the notice before its first content.
  const checked = appealLoads.map((l) => l.marks.checked ?? l.marks['first-content'] ?? NaN);
  line('   appeal editor: notice checked, letter whole (in the page)', `first ${checked[0].toFixed(0)} ms, median ${median(checked).toFixed(0)} ms, worst ${Math.max(...checked).toFixed(0)} ms`);

  const popupTimes = [];
  for (let i = 0; i < LOADS; i++) {
    const popup = await timeTo('popup.html', (p) => p.getByText(title).first().waitFor({ timeout: 60_000 }));
    popupTimes.push(popup);
    await popup.page.close();
  }
  line(`popup: first case content (the current case title), ${LOADS} loads`, `${figures(popupTimes)} (goal ≤ 200 ms; load ${loadNow()})`);
  line('   popup in the page (medians, ms from navigation)', ['module', 'case-read', 'first-case'].map((name) => `${name} ${median(popupTimes.map((l) => l.marks[name] ?? NaN)).toFixed(0)}`).join(', '));
  // The same beside a CPU burner (one spinning process, as bench:capture uses), with the blank page's floor beside it.
  const burner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 300));
    const burnedBlank = await blankFloor();
    const burnedPopup = [];
    for (let i = 0; i < LOADS; i++) {
      const popup = await timeTo('popup.html', (p) => p.getByText(title).first().waitFor({ timeout: 60_000 }));
      burnedPopup.push(popup);
      await popup.page.close();
    }
    line('beside a CPU burner: a blank extension page', `${spread(burnedBlank)} (load ${loadNow()})`);
    line('beside a CPU burner: popup first case content', `${figures(burnedPopup)} (goal ≤ 200 ms)`);
    line('   beside a CPU burner: popup in the page (medians, ms)', ['module', 'case-read', 'first-case'].map((name) => `${name} ${median(burnedPopup.map((l) => l.marks[name] ?? NaN)).toFixed(0)}`).join(', '));
  } finally {
    burner.kill('SIGKILL');
  }

  }
  // Export, verify and import through the bundle page, as a person would (BENCH_SCALE_PAGES_ONLY=1 stops before).
  if (process.env.BENCH_SCALE_PAGES_ONLY !== '1') await bundleFigures(sw);
} finally {
  await ext.close();
  await fresh?.close();
}

/** The phases a page marked (utils/bundle/phase.js) since `from`, printed as durations between consecutive marks. */
async function printPhases(page, prefix) {
  const marks = await page.evaluate((p) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith(`reinstate:${p}`)).map((m) => ({ name: m.name, at: m.startTime, detail: m.detail })), prefix);
  for (let i = 1; i < marks.length; i++) {
    if (marks[i].name.endsWith(':start')) continue;
    // A mark with a detail reports what it counted (the verify Workers' time by step), not a step of its own.
    if (marks[i].detail) {
      const d = marks[i].detail;
      line(`   ${marks[i].name.replace('reinstate:', '')}`, Object.entries(d).map(([k, v]) => `${k} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(0) : v}`).join(', ') + (d.read !== undefined ? ' (ms summed over the Workers)' : ''));
      marks.splice(i--, 1);
      continue;
    }
    line(`   ${marks[i].name.replace('reinstate:', '')}`, `${(marks[i].at - marks[i - 1].at).toFixed(0)} ms`);
  }
  await page.evaluate(() => performance.clearMarks());
}

async function bundleFigures(sw) {
  const bundle = await ext.context.newPage();
  await bundle.goto(ext.url('bundle.html'));
  const pageHeap = async () => (await (await ext.context.newCDPSession(bundle)).send('Runtime.getHeapUsage')).usedSize;
  // The page's heap, sampled while the export runs: its peak is what the goal (≤ 2× the largest file) is about.
  const heapCdp = await ext.context.newCDPSession(bundle);
  // The page's own baseline (loaded, idle, after a GC): the goal is about what the export adds to it.
  await bundle.getByTestId('export').waitFor();
  await heapCdp.send('HeapProfiler.collectGarbage');
  const baseline = (await heapCdp.send('Runtime.getHeapUsage')).usedSize;
  const rssBaseline = rendererRss(ext.profileDir);
  let peakHeap = 0;
  let peakRss = rssBaseline;
  // Each sample with its time, so the peak can be put in the export phase it came in (the page's marks, below).
  // BENCH_SCALE_LIVE_HEAP=1: a full GC before each sample (every second), so the peak is what the export holds,
  // not garbage not yet collected; it slows the export, so its time is not comparable with a plain run.
  const LIVE = process.env.BENCH_SCALE_LIVE_HEAP === '1';
  const heapSamples = [];
  let sampling = false;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rendererRss(ext.profileDir));
    if (LIVE && sampling) return;
    sampling = true;
    void (LIVE ? heapCdp.send('HeapProfiler.collectGarbage') : Promise.resolve()).then(() => heapCdp.send('Runtime.getHeapUsage')).then((h) => {
      peakHeap = Math.max(peakHeap, h.usedSize);
      heapSamples.push({ at: Date.now(), heap: h.usedSize });
    }, () => undefined).finally(() => (sampling = false));
  }, LIVE ? 1000 : 200);
  let stop = await profile(ext.context, bundle, 'export');
  let cpu = browserCpuSeconds(ext.profileDir);
  const cpuByType = browserCpuByType(ext.profileDir);
  let t = performance.now();
  const [download] = await Promise.all([bundle.waitForEvent('download', { timeout: 3_600_000 }), bundle.getByTestId('export').click()]);
  const path = artifactPath('scale-bundle.zip');
  await download.saveAs(path);
  const exportSeconds = (performance.now() - t) / 1000;
  const exportCpu = browserCpuSeconds(ext.profileDir) - cpu;
  const exportCpuByType = Object.entries(browserCpuByType(ext.profileDir)).map(([type, s]) => `${type} ${(s - (cpuByType[type] ?? 0)).toFixed(1)} s`).join(', ');
  clearInterval(sampler);
  await stop();
  const size = statSync(path).size;
  // The heap's sampled peak within each export phase (a phase runs from the mark before it to its own mark).
  const phaseEnds = await bundle.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('reinstate:export:')).map((m) => ({ name: m.name.replace('reinstate:export:', ''), at: performance.timeOrigin + m.startTime })));
  const heapByPhase = phaseEnds.slice(1).map((end, i) => {
    const within = heapSamples.filter((x) => x.at > phaseEnds[i].at && x.at <= end.at).map((x) => x.heap);
    return `${end.name} ${within.length ? `+${mb(Math.max(...within) - baseline)}` : '(no sample)'}`;
  });
  const entries = await listEntries(bytesSource(readFileSync(path)));
  const largestEntry = entries.reduce((a, b) => (b.size > a.size ? b : a));
  const largest = largestEntry.size;
  await printPhases(bundle, 'export:');
  const rate = (seconds) => `${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s, ${Math.round(entries.length / seconds)} files/s`;
  line('export (click to saved file)', `${mb(size)}, ${entries.length} files in ${exportSeconds.toFixed(1)} s = ${rate(exportSeconds)} (goal ≥ 100 MB/s)`);
  line('   browser CPU time for it (all its processes)', `${exportCpu.toFixed(1)} s = ${rate(exportCpu)} per CPU-second`);
  line('   the same by process type', exportCpuByType);
  const limit = baseline + 2 * largest;
  line('   page heap: baseline before, peak while exporting (sampled, uncollected garbage included), after', `${mb(baseline)}, ${mb(peakHeap)} (+${mb(peakHeap - baseline)}), ${mb(await pageHeap())}`);
  line(`   page heap peak above baseline, by phase (${LIVE ? 'after a full GC, every 1 s' : 'sampled every 200 ms, garbage included'})`, heapByPhase.join(', '));
  line('   renderer processes\' resident memory: baseline, peak (all page memory, file bytes included)', `${mb(rssBaseline)}, ${mb(peakRss)} (+${mb(peakRss - rssBaseline)})`);
  line('   largest file in the bundle; limit = heap baseline + 2× it', `${mb(largest)} (${largestEntry.name}); ${mb(limit)}: JS heap ${peakHeap <= limit ? 'met' : 'NOT met'}, resident rise ${peakRss - rssBaseline <= 2 * largest ? 'within 2×' : 'over 2×'}`);
  await verifyFigures(ext, bundle, path, size, entries.length);
  // The bundle page exports the current case (case 0, which holds the inventory and the pin images).
  const exported = async (worker) => ({
    evidence: (await readStore(worker, 'evidence')).filter((e) => e.title.startsWith('Capture') ? Number(e.title.slice(8)) % CASES === 0 : true).length,
    pins: (await readStore(worker, 'pins')).length,
  });
  const before = await exported(sw);
  // BENCH_SCALE_NO_IMPORT=1: stop after verify (for quick turns on export and verify).
  if (process.env.BENCH_SCALE_NO_IMPORT === '1') return;

  fresh = await launch();
  const first = await fresh.context.newPage();
  await first.goto(fresh.url('popup.html'));
  await first.locator('h1').first().waitFor();
  const importer = await fresh.context.newPage();
  await importer.goto(fresh.url('bundle.html'));
  stop = await profile(fresh.context, importer, 'import');
  cpu = browserCpuSeconds(fresh.profileDir);
  t = performance.now();
  await importer.getByTestId('import-file').setInputFiles(path);
  const result = (await importer.getByTestId('import-result').textContent({ timeout: 3_600_000 }).catch(async () => {
    await importer.getByTestId('import-result').waitFor({ timeout: 3_600_000 });
    return importer.getByTestId('import-result').textContent();
  })).trim();
  const importSeconds = (performance.now() - t) / 1000;
  const importCpu = browserCpuSeconds(fresh.profileDir) - cpu;
  await stop();
  const fsw = await fresh.sw();
  const after = await exported(fsw);
  await printPhases(importer, '');
  line('import into a fresh profile', `${importSeconds.toFixed(1)} s (browser CPU ${importCpu.toFixed(1)} s); "${result}"`);
  line('exported case before → after import (evidence, pins)', `${before.evidence} → ${after.evidence}, ${before.pins} → ${after.pins}`);
  const lost = Math.max(0, before.evidence - after.evidence) + Math.max(0, before.pins - after.pins);
  const duplicated = Math.max(0, after.evidence - before.evidence) + Math.max(0, after.pins - before.pins);
  line('records duplicated on import', String(duplicated));
  line('records lost on import', String(lost));
  if (lost || duplicated) process.exitCode = 1;
}

/**
 * Verify figures (verify18): the bundle page in Chromium, as a person checks
 * a bundle, then the command-line verifier (bin/reinstate-verify.mjs, run in
 * this process so its CPU time can be read) and the verify.mjs inside the
 * bundle under `env -i node`, all over the same file. Load average printed
 * beside each: on a shared machine wall-clock MB/s move with it.
 */
async function verifyFigures(browser, page, path, size, files, { pageOnly = false } = {}) {
  const load = () => `load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`;
  const rate = (seconds) => `${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s, ${Math.round(files / seconds)} files/s`;
  const stop = await profile(browser.context, page, 'verify');
  const cpu = browserCpuSeconds(browser.profileDir);
  const cpuByType = browserCpuByType(browser.profileDir);
  // Threads are sampled while the check runs: a Worker's thread is gone from /proc once the check ends it.
  const threadsBefore = browserCpuByThread(browser.profileDir);
  const threadsSeen = { ...threadsBefore };
  const threadSampler = setInterval(() => Object.assign(threadsSeen, browserCpuByThread(browser.profileDir)), 100);
  const t = performance.now();
  await page.getByTestId('verify-file').setInputFiles(path);
  await page.getByTestId('verify-result').getByText(/Intact/).waitFor({ timeout: 3_600_000 });
  const seconds = (performance.now() - t) / 1000;
  const cpuSeconds = browserCpuSeconds(browser.profileDir) - cpu;
  await stop();
  await printPhases(page, 'verify:');
  line('verify on the bundle page', `${mb(size)}, ${files} files in ${seconds.toFixed(1)} s = ${rate(seconds)} (goal ≥ 300 MB/s); ${load()}`);
  line('   browser CPU time for it (all its processes)', `${cpuSeconds.toFixed(1)} s = ${rate(cpuSeconds)} per CPU-second`);
  line('   the same by process type', Object.entries(browserCpuByType(browser.profileDir)).map(([type, s]) => `${type} ${(s - (cpuByType[type] ?? 0)).toFixed(1)} s`).join(', '));
  // Threads that ended (the verify Workers are ended with the check) are not in /proc any more: read them before.
  clearInterval(threadSampler);
  Object.assign(threadsSeen, browserCpuByThread(browser.profileDir));
  const byName = {};
  for (const [tid, { key, cpu }] of Object.entries(threadsSeen)) byName[key] = (byName[key] ?? 0) + cpu - (threadsBefore[tid]?.cpu ?? 0);
  const threads = Object.entries(byName).filter(([, v]) => v >= 0.05).sort((a, b) => b[1] - a[1]);
  line('   by thread (sampled every 100 ms)', threads.map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', '));
  if (pageOnly) return;

  const { main } = await import('../utils/bundle/cli.js');
  let out = '';
  const before = process.cpuUsage();
  const t1 = performance.now();
  const code = await main([path, '--json'], { out: (s) => (out += s), err: (s) => (out += s) });
  const cliSeconds = (performance.now() - t1) / 1000;
  const used = process.cpuUsage(before);
  const cliCpu = (used.user + used.system) / 1e6;
  line('verify with bin/reinstate-verify.mjs (Node)', `${cliSeconds.toFixed(1)} s = ${rate(cliSeconds)}, exit ${code} (${JSON.parse(out).status}); ${load()}`);
  line('   its CPU time (this process)', `${cliCpu.toFixed(1)} s = ${rate(cliCpu)} per CPU-second`);

  // The copy inside the bundle, as a recipient runs it: plain node, empty environment, nothing installed.
  const dir = mkdtempSync(join(tmpdir(), 'scale-verify-'));
  try {
    const script = join(dir, 'verify.mjs');
    const source = fdSource(path);
    writeFileSync(script, await readEntry(source, (await listEntries(source)).find((e) => e.name === 'verify.mjs')));
    const t2 = performance.now();
    const run = spawnSync('/usr/bin/env', ['-i', process.execPath, script, path], { encoding: 'utf8' });
    const standaloneSeconds = (performance.now() - t2) / 1000;
    line('verify with the bundle\'s own verify.mjs (env -i node)', `${standaloneSeconds.toFixed(1)} s = ${rate(standaloneSeconds)}, exit ${run.status}: ${run.stdout.trim().split('\n').pop()}; ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
