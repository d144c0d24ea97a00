// Accessibility checks for every E2E suite: axe-core, injected from
// node_modules (nothing downloaded), run in the page; serious and critical
// violations fail the test with what and where.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on `page` (Playwright or Puppeteer) and throws on serious or critical violations. */
export async function checkA11y(page, label, { exclude = [] } = {}) {
  const injected = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Extension pages forbid inline and eval'd script by CSP; evaluate() runs in the page's world unhindered.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (excluded) => {
    const context = excluded.length ? { exclude: excluded.map((s) => [s]) } : document;
    const r = await window.axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`) }));
  }, exclude);
  const blocking = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const text = blocking.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`).join('\n');
    throw new Error(`axe-core (${label}): ${blocking.length} serious/critical violation(s)\n${text}`);
  }
  return results;
}
