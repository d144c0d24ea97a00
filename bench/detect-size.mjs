// What the Pinterest content script is made of: builds the Chromium
// extension once with source maps into a temporary folder and attributes
// every byte of content-scripts/pinterest.js to the source file it came from.
// Usage: node bench/detect-size.mjs [content-script name, default pinterest]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

const name = process.argv[2] ?? 'pinterest';
const outDir = join(tmpdir(), `reinstate-size-${process.pid}`);
try {
  await build({ outDir, logger: { debug() {}, log() {}, info() {}, warn: console.warn, error: console.error, success() {}, level: 0 }, vite: () => ({ build: { sourcemap: true } }) });
  const file = join(outDir, 'chrome-mv3', 'content-scripts', `${name}.js`);
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  // Each generated segment runs to the next mapping on its line; unmapped bytes are the bundler's glue.
  const bytes = new Map();
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  let mapped = 0;
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length + 1;
    const size = Buffer.byteLength(line.slice(m.generatedColumn, end));
    const source = m.source ? relative(process.cwd(), m.source.replace(/^.*?(node_modules|utils|entrypoints|components)\//, '$1/')) : '(glue)';
    bytes.set(source, (bytes.get(source) ?? 0) + size);
    mapped += size;
  }
  const total = Buffer.byteLength(code);
  bytes.set('(unmapped)', total - mapped);
  console.log(`content-scripts/${name}.js: ${total} bytes (${(total / 1024).toFixed(1)} kB; goal ≤ 150 kB)`);
  const byFolder = new Map();
  for (const [source, size] of bytes) {
    const folder = source.startsWith('node_modules/') ? source.split('/').slice(0, 2).join('/') : source.split('/').slice(0, -1).join('/') || source;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + size);
  }
  console.log('\nby folder:');
  for (const [folder, size] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`${String(size).padStart(8)}  ${(size / total * 100).toFixed(1).padStart(5)} %  ${folder}`);
  console.log('\nlargest files:');
  for (const [source, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(size).padStart(8)}  ${(size / total * 100).toFixed(1).padStart(5)} %  ${source}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
