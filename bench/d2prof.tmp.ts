import { build } from 'esbuild';
import { chromium } from 'playwright-core';
const ROOT = '/work/wt/detect2';
const ENTRY = `
import { classifyByRules } from './utils/detection/rules';
import { committedDetector, classifyNotice } from './utils/detection/classify';
import { normalizeText } from './utils/detection/normalize';
import { featureVector } from './utils/detection/model/features';
import { LEXICONS } from './utils/detection/lexicon';
import { ACTION_WORDS, ANY_ENFORCEMENT, CONTENT_REMOVAL } from './utils/detection/verbs';
import { SECOND_PERSON, THIRD_PERSON_SUBJECT } from './utils/detection/persons';
import { cueFeatures } from './utils/detection/model/cues';
window.__p = (text) => {
  const out = {};
  let t = performance.now();
  for (const l of LEXICONS) for (const v of Object.values(l)) if (v instanceof RegExp) { v.lastIndex = 0; v.test(text); v.lastIndex = 0; }
  out.allLex = performance.now() - t; t = performance.now();
  ANY_ENFORCEMENT.test(text); out.any = performance.now() - t; t = performance.now();
  for (const a of ACTION_WORDS) a.re.test(text); CONTENT_REMOVAL.test(text); out.actions = performance.now() - t; t = performance.now();
  SECOND_PERSON.test(text); THIRD_PERSON_SUBJECT.test(text); out.persons = performance.now() - t; t = performance.now();
  cueFeatures(text.toLowerCase()); out.cues = performance.now() - t; t = performance.now();
  normalizeText(text); out.normalize = performance.now() - t; t = performance.now();
  const r = classifyByRules({ text }); out.rules = performance.now() - t; t = performance.now();
  const d = committedDetector(); out.load = performance.now() - t; t = performance.now();
  featureVector(text, r, 13); out.features = performance.now() - t; t = performance.now();
  classifyNotice({ text }); out.classify = performance.now() - t; t = performance.now();
  classifyNotice({ text: text + ' x' }); out.again = performance.now() - t;
  return out;
};`;
(async () => {
  const b = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', minify: true, alias: { '@': ROOT }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (let i = 0; i < 4; i++) {
    const page = await browser.newPage();
    await page.setContent('<p>x</p>');
    await page.addScriptTag({ content: b.outputFiles[0]!.text });
    const r = await page.evaluate(() => (window as any).__p('Your account has been suspended for violating our community guidelines.'));
    console.log(Object.entries(r).map(([k, v]) => `${k}=${(v as number).toFixed(1)}`).join(' '));
    await page.close();
  }
  await browser.close();
})();
