// The detector timed in real Chromium: esbuild bundles detectPage with the
// committed weights, the saved pin-closeup page is loaded (all network cut),
// and the bundle times the model load, the first pass and later passes.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ENTRY = `
import { detectPage } from './utils/detection/page';
import { scanPage } from './utils/detection/page-scan';
import { loadDetector } from './utils/detection/model/model';
import weights from './utils/detection/model/weights.json';
window.__detectBench = (href, passes, notice, loadFirst) => {
  const url = new URL(href);
  // The model's own load, cold (nothing else has run on the page yet).
  let coldLoadMs = -1;
  if (loadFirst) { const c = performance.now(); loadDetector(weights); coldLoadMs = performance.now() - c; }
  if (notice) {
    // A notice in the page: the first pass must also load the model to classify it.
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.textContent = notice;
    document.body.append(dialog);
  }
  // What the content script pays on the page since round eight: the structural pass, the words left for the background.
  const s0 = performance.now();
  scanPage(document, url, {}, { classify: () => undefined });
  const scanFirstMs = performance.now() - s0;
  const t0 = performance.now();
  const first = detectPage(document, url);
  const firstMs = performance.now() - t0;
  // Timers are coarse in a page (0.1 ms): time batches of 10 passes.
  const later = [];
  for (let i = 0; i < passes / 10; i++) { const t = performance.now(); for (let j = 0; j < 10; j++) detectPage(document, url); later.push((performance.now() - t) / 10); }
  const l0 = performance.now();
  loadDetector(weights);
  const loadMs = performance.now() - l0;
  return { scanFirstMs, firstMs, later, loadMs: coldLoadMs >= 0 ? coldLoadMs : loadMs, kind: first.kind };
};`;

export interface ChromiumTimes {
  /** The content script's first structural pass, cold (no classification: that is the background's). */
  scanFirstMs: number;
  firstMs: number;
  later: number[];
  loadMs: number;
  kind: string;
  bundleBytes: number;
}

export async function timeInChromium(htmlPath: string, href: string, passes = 200, notice = '', loadFirst = false): Promise<ChromiumTimes | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM}`;
  if (!existsSync(htmlPath)) return `${htmlPath} not present`;
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    // The page's own scripts stay out: the figure is the detector's, not Pinterest's.
    const html = readFileSync(htmlPath, 'utf8').replace(/<script(?![^>]*__PWS_DATA__)[^>]*>[\s\S]*?<\/script>/gi, '');
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: code });
    const times = await page.evaluate(([h, n, text, l]) => (window as unknown as { __detectBench(h: string, n: number, t: string, l: boolean): Omit<ChromiumTimes, 'bundleBytes'> }).__detectBench(h as string, n as number, text as string, l as boolean), [href, passes, notice, loadFirst] as const);
    return { ...times, bundleBytes: code.length };
  } finally {
    await browser.close();
  }
}
