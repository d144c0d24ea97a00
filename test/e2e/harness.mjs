// Shared E2E plumbing: Debian's Chromium with the built extension, a local
// HTTPS server that answers for Pinterest's hosts, and nothing leaving the machine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = resolve(root, process.env.REINSTATE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const ARTIFACTS = resolve(root, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Clicks the control `testId` on a Playwright page, waits for the download it starts and saves it as test-results/<name>; returns the path. */
export async function saveDownload(page, testId, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = artifactPath(name);
  await download.saveAs(path);
  return path;
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'reinstate-e2e-'));
}

/**
 * Launches Chromium with the extension. `port` maps Pinterest's hosts (and
 * nothing else) to the local HTTPS server; every other host fails to resolve,
 * so the run provably sends nothing off the machine.
 */
export async function launch({ profileDir = newProfileDir(), pinterestPort, extraHosts = [], headless = true, lang, extraArgs = [] } = {}) {
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
    // The interface language: --lang for Windows and macOS builds, LANGUAGE for Linux ones.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {}),
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--window-size=1280,900',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      ...(lang ? [`--lang=${lang}`] : []),
      ...extraArgs,
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
      // Files from 64 KiB are stored as Blobs (utils/db/stores/evidence.ts), smaller ones as ArrayBuffers.
      const data = b && b.bytes instanceof Blob ? await b.bytes.arrayBuffer() : b?.bytes;
      const digest = data ? await crypto.subtle.digest('SHA-256', data) : null;
      const hex = digest ? [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('') : null;
      const { thumb, ...rest } = e;
      out.push({ ...rest, hasThumb: !!thumb, rehash: hex, byteLength: data?.byteLength ?? 0, stored: b ? (b.bytes instanceof Blob ? 'blob' : 'buffer') : 'none', crc32: b?.crc32 });
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
  await sw.evaluate(writeSettingInExtension, [key, value]);
}

/** Runs inside the extension (service worker or background page): both browsers' putSetting send it there. */
export async function writeSettingInExtension([k, v]) {
  const db = await new Promise((res) => { const r = indexedDB.open('reinstate'); r.onsuccess = () => res(r.result); });
  await new Promise((res) => { const tx = db.transaction('settings', 'readwrite'); tx.objectStore('settings').put({ key: k, value: v }); tx.oncomplete = res; });
  db.close();
}

// ---------------------------------------------------------------------------
// One harness, two drivers. `launch()` above stays the Chromium entry point the
// Chromium tests use; `launchDriver('chromium' | 'firefox')` wraps either
// browser behind one small interface (tabs, extension pages, a privileged
// evaluate, downloads, restart, the add-on's errors), so a flow written once
// in test/e2e/flows.mjs runs in both.
// ---------------------------------------------------------------------------

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(root, process.env.REINSTATE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-e2e');
export const GECKO_ID = 'reinstate@reinstate.invalid';
/** Fixed before install (pref extensions.webextensions.uuids), so page URLs are known and stay across restarts. */
export const FIREFOX_UUID = '5e1f7c3a-0b1d-4c2e-9a8f-7e6d5c4b3a21';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every file under `dir`, keyed by its path inside it (the contents of an XPI). */
function filesOf(dir, base = dir, out = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesOf(path, base, out);
    else out[relative(base, path)] = readFileSync(path);
  }
  return out;
}

/** Hosts the simulated Pinterest answers for: the same list for Chromium's resolver rules and Firefox's PAC script. */
const simHosts = (extraHosts) => ['*.pinterest.com', 'pinterest.com', '*.pinterest.de', ...extraHosts];

/**
 * A proxy auto-config script: loopback goes direct, the simulated hosts go to
 * the local CONNECT proxy, everything else to a dead port (nothing leaves the machine).
 */
export function pacScript(proxyPort, hosts) {
  const test = hosts
    .map((h) => (h.startsWith('*.') ? `dnsDomainIs(host, ${JSON.stringify(h.slice(1))})` : `host == ${JSON.stringify(h)}`))
    .join(' || ');
  return `function FindProxyForURL(url, host) {
  if (host == "127.0.0.1" || host == "localhost") return "DIRECT";
  if (${test || 'false'}) return "PROXY 127.0.0.1:${proxyPort}";
  return "PROXY 127.0.0.1:9";
}`;
}

/** A tiny CONNECT proxy that pipes every tunnel to one local port (the simulated Pinterest's HTTPS port). */
export async function startTunnelProxy(targetPort) {
  const { createServer } = await import('node:http');
  const { connect } = await import('node:net');
  const sockets = new Set();
  const server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('Only CONNECT (HTTPS) is proxied in tests.');
  });
  server.on('connect', (_req, client, head) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => (client.destroy(), upstream.destroy()));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(r); }),
  };
}

function firefoxPrefs({ proxyPort, hosts, downloadsDir }) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'xpinstall.signatures.required': false,
    'browser.download.folderList': 2,
    'browser.download.dir': downloadsDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'network.proxy.type': proxyPort ? 2 : 0,
    ...(proxyPort ? { 'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pacScript(proxyPort, hosts))}` } : {}),
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disableIPv6': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  };
}

/** Wraps a Playwright or puppeteer page: the few calls the flows need, the same in both. */
function wrapTab(raw, driver) {
  return {
    raw,
    evaluate: (fn, arg) => raw.evaluate(fn, arg),
    /** Polls `fn(arg)` in the page until it is truthy; returns its value. */
    waitFor: (fn, arg, { timeout = 15_000 } = {}) => eventually(() => raw.evaluate(fn, arg).catch(() => null), { timeout, interval: 100 }),
    /** Waits for the element with this test id and clicks it. */
    async click(testId) {
      await eventually(() => raw.evaluate((id) => !!document.querySelector(`[data-testid="${id}"]`), testId).catch(() => false));
      await raw.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).click(), testId);
    },
    /** Waits until the element with this test id contains `text` (a string or RegExp source). */
    async waitForText(testId, text, { timeout = 15_000 } = {}) {
      const pattern = text instanceof RegExp ? text.source : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return eventually(
        () => raw.evaluate(([id, p]) => {
          const value = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
          return new RegExp(p).test(value) ? value : null;
        }, [testId, pattern]).catch(() => null),
        { timeout },
      );
    },
    front: () => raw.bringToFront(),
    reload: () => raw.reload(),
    screenshot: (name, { fullPage = false } = {}) => raw.screenshot({ path: artifactPath(`${driver.name}-${name}`), fullPage }),
    close: () => raw.close(),
    /** Clicks `testId` and returns the path of the file it downloads. */
    download: (testId) => driver.download(raw, testId),
    /** Types `text` into the field `selector` as a person would (real key events), replacing what was there. */
    async fill(selector, text) {
      if (driver.name !== 'firefox') return raw.fill(selector, text);
      // puppeteer's Locator.fill('') leaves the old text: clear it with the keyboard, as a person would.
      if (text) return raw.locator(selector).fill(text);
      await raw.focus(selector);
      await raw.evaluate((sel) => document.querySelector(sel).select(), selector);
      await raw.keyboard.press('Backspace');
    },
    /** Puts the caret at the end of the field `selector` and types `text` there. */
    async typeAtEnd(selector, text) {
      await raw.focus(selector);
      await raw.evaluate((sel) => { const el = document.querySelector(sel); el.setSelectionRange(el.value.length, el.value.length); }, selector);
      await raw.keyboard.type(text);
    },
    /** Chooses `value` in the select `selector`. */
    select: (selector, value) => (driver.name === 'firefox' ? raw.select(selector, value) : raw.selectOption(selector, value)),
    /** Gives the file input `selector` these files, as the file picker would. */
    async setFiles(selector, ...paths) {
      if (driver.name === 'firefox') return (await raw.$(selector)).uploadFile(...paths);
      return raw.setInputFiles(selector, paths);
    },
    /** The in-page note's words, read through its closed shadow root ('' when there is none). */
    toastText: () => driver.toastText(raw),
    /** Light or dark: prefers-color-scheme for this page (Chromium) or for content pages (Firefox). */
    colorScheme: (scheme) => driver.colorScheme(raw, scheme),
    setViewport: (width, height) => (driver.name === 'firefox' ? raw.setViewport({ width, height }) : raw.setViewportSize({ width, height })),
  };
}

/**
 * Uncaught errors and rejections of the extension's service worker. Playwright
 * reports a worker's console but not its exceptions, so a second DevTools
 * client (puppeteer-core, on the port Chromium writes to DevToolsActivePort)
 * attaches to every service-worker target of the extension, the ones MV3
 * starts later included, and listens for Runtime.exceptionThrown.
 */
async function watchServiceWorkerErrors(profileDir, extensionId, errors) {
  const { default: puppeteer } = await import('puppeteer-core');
  const file = join(profileDir, 'DevToolsActivePort');
  const [port, path] = await eventually(() => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : null));
  const browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
  const attached = new Set();
  const attach = async (target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(`chrome-extension://${extensionId}/`) || attached.has(target)) return;
    attached.add(target);
    try {
      const session = await target.createCDPSession();
      session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
        errors.push(`${d.exception?.description ?? d.text} @ ${d.url ?? target.url()}:${d.lineNumber}`);
      });
      await session.send('Runtime.enable');
    } catch {
      attached.delete(target); // the worker stopped before we got there; its next start is a new target
    }
  };
  browser.on('targetcreated', attach);
  await Promise.all(browser.targets().map(attach));
  return { close: () => browser.disconnect() };
}

/** Chromium behind the shared interface; `launch()` does the work, as for the Chromium tests. */
async function chromiumDriver(options) {
  const withDevTools = { ...options, extraArgs: [...(options.extraArgs ?? []), '--remote-debugging-port=0'] };
  const ext = await launch(withDevTools);
  // Uncaught errors of the extension's own pages, and of its service worker.
  const errors = [];
  let workerWatch;
  const watch = async () => {
    ext.context.on('weberror', (e) => {
      if (e.page()?.url().startsWith('chrome-extension://')) errors.push(`${e.error().message} @ ${e.page().url()}`);
    });
    workerWatch = await watchServiceWorkerErrors(ext.profileDir, ext.extensionId, errors);
  };
  await watch();
  const driver = {
    name: 'chromium',
    ext,
    get profileDir() { return ext.profileDir; },
    url: (path) => ext.url(path),
    sw: () => ext.sw(),
    bg: async (fn, arg) => (await ext.sw()).evaluate(fn, arg),
    async openTab(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      return wrapTab(page, driver);
    },
    openExtensionPage: (path) => driver.openTab(ext.url(path)),
    async download(raw, testId) {
      const [download] = await Promise.all([
        raw.waitForEvent('download'),
        raw.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).click(), testId),
      ]);
      const path = artifactPath(`chromium-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return path;
    },
    addonErrors: async () => [...errors],
    /** The manifest's warnings and errors as chrome://extensions lists them (runtime errors are addonErrors' part). */
    async loadWarnings() {
      const page = await ext.context.newPage();
      try {
        await page.goto('chrome://extensions/');
        // Chromium keeps manifest warnings only in developer mode: switch it on and load the extension again.
        const info = await page.evaluate(async (id) => {
          const call = (fn, ...args) => new Promise((res) => fn(...args, res));
          let found = await call(chrome.developerPrivate.getExtensionInfo, id);
          if (found.errorCollection?.isActive) return found;
          await call(chrome.developerPrivate.updateProfileConfiguration, { inDeveloperMode: true });
          await call(chrome.developerPrivate.reload, id, { failQuietly: true });
          for (let i = 0; i < 50 && !(found.errorCollection?.isActive && found.state === 'ENABLED'); i++) {
            await new Promise((r) => setTimeout(r, 100));
            found = await call(chrome.developerPrivate.getExtensionInfo, id);
          }
          return found;
        }, ext.extensionId);
        assert(info.errorCollection?.isActive, 'chrome://extensions collects errors (developer mode)');
        return [...info.installWarnings, ...info.manifestErrors.map((e) => e.message)];
      } finally {
        await page.close();
      }
    },
    async toastText(raw) {
      const { toastText } = await import('./toast.mjs');
      return toastText(ext.context, raw);
    },
    colorScheme: (raw, colorScheme) => raw.emulateMedia({ colorScheme }),
    async restart(overrides = {}) {
      await workerWatch?.close();
      await ext.close({ keepProfile: true });
      Object.assign(options, overrides);
      Object.assign(withDevTools, overrides);
      Object.assign(ext, await launch({ ...withDevTools, profileDir: ext.profileDir }));
      await watch();
    },
    async close(opts) {
      await workerWatch?.close();
      return ext.close(opts);
    },
  };
  return driver;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), with the MV2
 * e2e build installed as a temporary add-on. Pinterest's hosts reach the
 * simulated site through a PAC script and a local CONNECT proxy, so URLs keep
 * their real form; every other host goes to a dead port.
 */
async function firefoxDriver({ profileDir = newProfileDir(), pinterestPort, extraHosts = [], headless = true, lang, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}. Install it with "apt-get install -y firefox-esr" or set FIREFOX_PATH.`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extensionDir}. Run "npx wxt build -b firefox --mode e2e" first.`);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const downloadsDir = join(profileDir, 'downloads');
  mkdirSync(downloadsDir, { recursive: true });
  const proxy = pinterestPort ? await startTunnelProxy(pinterestPort) : undefined;
  const prefs = firefoxPrefs({ proxyPort: proxy?.port, hosts: simHosts(extraHosts), downloadsDir });
  // The interface language: Firefox's and, through it, the add-on's _locales (Debian: firefox-esr-l10n-<lang>).
  const setLang = (code) => Object.assign(prefs, code ? { 'intl.locale.requested': code, 'intl.accept_languages': code } : {});
  setLang(lang);
  let browser;
  let bgTab;
  const start = async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless,
      userDataDir: profileDir,
      acceptInsecureCerts: true,
      // The window's own size (1280×900), as in Chromium, not puppeteer's 800×600 emulated viewport.
      defaultViewport: null,
      // Lets the remote agent navigate to moz-extension:// pages and read the console service in the chrome scope.
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: prefs,
    });
    try {
      if (!installed) {
        // Installed for good, as a user's add-on is (unsigned: xpinstall.signatures.required is off),
        // not as a temporary add-on: a restart then starts the same installed add-on, as a user's
        // browser does, instead of uninstalling and installing it again.
        const xpiDir = mkdtempSync(join(tmpdir(), 'reinstate-xpi-'));
        try {
          writeFileSync(join(xpiDir, 'reinstate.xpi'), zipSync(filesOf(extensionDir)));
          await browser.connection.send('webExtension.install', { extensionData: { type: 'archivePath', path: join(xpiDir, 'reinstate.xpi') }, 'moz:permanent': true });
        } finally {
          rmSync(xpiDir, { recursive: true, force: true });
        }
        installed = true;
      } else {
        await eventually(() => chromeEval(`!!WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.active`).catch(() => false), { timeout: 15_000 });
      }
    } catch (error) {
      await browser.close().catch(() => undefined);
      await proxy?.close();
      throw new Error(`Firefox refused the add-on at ${extensionDir}: ${error.message}`);
    }
    bgTab = undefined;
  };
  let installed = false;
  const extensionUrl = (path) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;
  // page.goto() never resolves for extension pages (Mozilla bug 1755014): navigate without waiting, then poll.
  const navigateExtension = async (page, url) => {
    await page.mainFrame().browsingContext.navigate(url, 'none');
    await eventually(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false), { timeout: 15_000, interval: 50 });
  };
  const chromeEval = async (expression) => {
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0].context;
    const { result } = await browser.connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (result.type !== 'success') throw new Error(`chrome-scope evaluate failed: ${JSON.stringify(result)}`);
    return result.result.value;
  };
  await start();
  const driver = {
    name: 'firefox',
    profileDir,
    downloadsDir,
    url: extensionUrl,
    /** An extension page, kept open in the background: a handle on browser.* and the add-on's IndexedDB. */
    async sw() {
      if (!bgTab || bgTab.isClosed()) {
        bgTab = await browser.newPage();
        await navigateExtension(bgTab, extensionUrl('popup.html?harness'));
      }
      return { evaluate: (fn, arg) => bgTab.evaluate(fn, arg) };
    },
    bg: async (fn, arg) => (await driver.sw()).evaluate(fn, arg),
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapTab(page, driver);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigateExtension(page, extensionUrl(path));
      return wrapTab(page, driver);
    },
    async download(raw, testId) {
      const { readdirSync, statSync } = await import('node:fs');
      const before = new Set(readdirSync(downloadsDir));
      await raw.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).click(), testId);
      // Firefox writes a download under a temporary name and renames it when done: a file counts
      // once it is still there, at the same size, on the next look.
      const sizeOf = (n) => {
        try {
          return statSync(join(downloadsDir, n)).size;
        } catch {
          return 0; // renamed or removed between the listing and the look
        }
      };
      let last = new Map();
      const name = await eventually(() => {
        const names = readdirSync(downloadsDir);
        const seen = new Map(names.filter((n) => !before.has(n) && !n.endsWith('.part')).map((n) => [n, sizeOf(n)]));
        const settled = names.some((n) => n.endsWith('.part')) ? undefined : [...seen].find(([n, size]) => size > 0 && last.get(n) === size)?.[0];
        last = seen;
        return settled ?? null;
      }, { timeout: 30_000, interval: 250 });
      return join(downloadsDir, name);
    },
    /**
     * Uncaught errors and rejections of the add-on (background, pages, content
     * scripts) and manifest warnings, from the browser's console service.
     */
    async addonErrors() {
      const json = await chromeEval(`JSON.stringify(Services.console.getMessageArray().flatMap((m) => {
        if (!(m instanceof Ci.nsIScriptError)) return /Reading manifest/.test(m.message) ? [m.message] : [];
        // Firefox hides the URL of a world "MAIN" content script from the page: its errors come as
        // "<anonymous code>". Only the add-on's main-world tap runs as such code in these runs (the
        // simulated pages' own scripts carry their URLs), so those count as the add-on's.
        const mine = (m.sourceName || '').includes(${JSON.stringify(FIREFOX_UUID)}) || (m.errorMessage || '').includes(${JSON.stringify(FIREFOX_UUID)}) || m.sourceName === '<anonymous code>';
        const manifest = /Reading manifest/.test(m.errorMessage);
        const isError = !(m.flags & Ci.nsIScriptError.warningFlag) && !(m.flags & Ci.nsIScriptError.infoFlag);
        // Firefox's own note (ExtensionCommon) when a reply reaches a page the test already closed
        // while a request of that page was in flight: no page is left to receive it, no code of ours failed.
        // "rejected … Actor 'Conduits' destroyed" is the same note when the page went before the reply came
        // (seen in the Firefox suite's first test, when settle() closes the popup as soon as it shows the case).
        const lateReply = /^Promise (resolved after context unloaded|rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage')/.test(m.errorMessage || '');
        return (mine && isError && !lateReply) || manifest ? [m.errorMessage + ' @ ' + m.sourceName + ':' + m.lineNumber] : [];
      }))`);
      return JSON.parse(json);
    },
    /** The manifest warnings Firefox logged while loading the add-on (about:debugging shows the same). */
    loadWarnings: async () => (await driver.addonErrors()).filter((line) => /Reading manifest/.test(line)),
    async restart({ lang: nextLang } = {}) {
      await browser.close();
      setLang(nextLang);
      await start();
    },
    /**
     * The in-page note's words through its closed shadow root: WebDriver BiDi
     * serialises a node's shadow root, closed ones included, when asked
     * (includeShadowTree 'all'); the words are then read from that root.
     */
    async toastText(raw) {
      const context = raw.mainFrame().browsingContext.id;
      const call = (params) => browser.connection.send('script.callFunction', { target: { context }, awaitPromise: false, ...params });
      const { result } = await call({
        functionDeclaration: '() => document.getElementById("reinstate-toast-host")',
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const shadow = result.result?.value?.shadowRoot;
      if (!shadow?.sharedId) return '';
      const text = await call({ functionDeclaration: '(root) => root.textContent', arguments: [{ sharedId: shadow.sharedId }] });
      return text.result.result?.value ?? '';
    },
    /** Firefox has no per-page emulation over BiDi: the content colour-scheme pref applies to every page at once. */
    colorScheme: (_raw, scheme) => chromeEval(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}), true`),
    async close({ keepProfile = false } = {}) {
      await browser?.close().catch(() => undefined);
      await proxy?.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
    get browser() { return browser; },
  };
  return driver;
}

/** The browser named here (default: E2E_BROWSER or chromium) with the built extension, behind the shared interface. */
export function launchDriver(name = process.env.E2E_BROWSER ?? 'chromium', options = {}) {
  if (name === 'firefox') return firefoxDriver(options);
  if (name === 'chromium') return chromiumDriver(options);
  throw new Error(`Unknown browser "${name}" (chromium or firefox).`);
}
