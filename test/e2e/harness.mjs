// Shared E2E plumbing: Debian's Chromium with the built extension, a local
// HTTPS server that answers for Pinterest's hosts, and nothing leaving the machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = resolve(root, process.env.REINSTATE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const ARTIFACTS = resolve(root, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'reinstate-e2e-'));
}

/**
 * Launches Chromium with the extension. `port` maps Pinterest's hosts (and
 * nothing else) to the local HTTPS server; every other host fails to resolve,
 * so the run provably sends nothing off the machine.
 */
export async function launch({ profileDir = newProfileDir(), pinterestPort, extraHosts = [], headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run "npm run build:e2e" first.`);
  }
  const mapped = pinterestPort
    ? ['*.pinterest.com', 'pinterest.com', '*.pinterest.de', ...extraHosts].map((h) => `MAP ${h} 127.0.0.1:${pinterestPort}`)
    : [];
  const rules = [...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    // No emulated viewport: captureVisibleTab sees the real window, so the page must too.
    viewport: null,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--window-size=1280,900',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    /** The service worker of the moment: MV3 may have replaced the first one. */
    async sw() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? context.waitForEvent('serviceworker');
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Reads the extension's IndexedDB from inside the service worker. */
export async function readEvidence(sw) {
  return sw.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'reinstate')) return [];
    const db = await new Promise((res, rej) => {
      const req = indexedDB.open('reinstate');
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const all = (store) =>
      new Promise((res, rej) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
    const evidence = await all('evidence');
    const bytes = await all('evidenceBytes');
    const out = [];
    for (const e of evidence) {
      const b = bytes.find((x) => x.id === e.id);
      const digest = b ? await crypto.subtle.digest('SHA-256', b.bytes) : null;
      const hex = digest ? [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('') : null;
      const { thumb, ...rest } = e;
      out.push({ ...rest, hasThumb: !!thumb, rehash: hex, byteLength: b?.bytes.byteLength ?? 0 });
    }
    db.close();
    return out;
  });
}

/** A throw-away self-signed certificate for the local Pinterest stand-in. */
export function throwAwayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'reinstate-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=www.pinterest.com',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { dir, keyPath: join(dir, 'key.pem'), certPath: join(dir, 'cert.pem') };
}

/** All records of one store of the extension's IndexedDB (bytes left out). */
export async function readStore(sw, store) {
  return sw.evaluate(async (name) => {
    // Never create the database from a test: only look if the extension made it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'reinstate')) return [];
    const db = await new Promise((res, rej) => {
      const req = indexedDB.open('reinstate');
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    if (!db.objectStoreNames.contains(name)) return [];
    const rows = await new Promise((res, rej) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    db.close();
    return rows.map(({ bytes, thumb, ...rest }) => rest);
  }, store);
}

/** Polls until `probe` returns a truthy value or the time is up. */
export async function eventually(probe, { timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
}

/**
 * Writes one setting straight into the extension's database (tests only: a
 * faster pace, a switch). The extension creates its database first: opening
 * it here before would make an empty one that its migrations then skip.
 */
export async function putSetting(ext, key, value) {
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup.html'));
  await popup.getByTestId('current-case').getByText(/My case/).waitFor();
  await popup.close();
  const sw = await ext.sw();
  await sw.evaluate(async ([k, v]) => {
    const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
    await new Promise((res) => { const tx = db.transaction('settings', 'readwrite'); tx.objectStore('settings').put({ key: k, value: v }); tx.oncomplete = res; });
    db.close();
  }, [key, value]);
}
