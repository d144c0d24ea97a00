/**
 * The verify.mjs written into every bundle: the same verifier modules the
 * extension and `bin/reinstate-verify.mjs` use, joined into one file that
 * needs only Node's built-ins (fflate's inflate is replaced by node:zlib).
 * A recipient runs `node verify.mjs` in the unzipped folder or
 * `node verify.mjs bundle.zip`; no npm, no network.
 */
const SOURCES = import.meta.glob(['./phase.js', './crc32.js', './fingerprint.js', './zip-reader.js', './verify-core.js', './verify.js', './cli.js'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const ORDER = ['./phase.js', './crc32.js', './fingerprint.js', './zip-reader.js', './verify-core.js', './verify.js', './cli.js'];

export function standaloneVerifier(): string {
  const builtins = new Map<string, Set<string>>();
  const bodies = ORDER.map((name) => {
    const source = SOURCES[name];
    if (!source) throw new Error(`The verifier source ${name} is missing from the build.`);
    return source
      .split('\n')
      .filter((line) => {
        const m = /^import \{([^}]+)\} from '(node:[a-z/]+)';$/.exec(line);
        if (m) {
          const names = builtins.get(m[2]!) ?? new Set<string>();
          for (const n of m[1]!.split(',')) names.add(n.trim());
          builtins.set(m[2]!, names);
          return false;
        }
        return !/^import .* from '(\.\/[a-z0-9-]+\.js|fflate)';$/.test(line);
      })
      .map((line) => line.replace(/^export (async function|function|class|const)/, '$1'))
      .join('\n');
  });
  const imports = [...builtins].map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
  return [
    '#!/usr/bin/env node',
    '// Reinstate bundle verifier, self-contained: run `node verify.mjs` in the unzipped bundle,',
    '// or `node verify.mjs bundle.zip`. Needs Node.js 18 or later and nothing else.',
    '// Exit codes: 0 intact, 1 invalid, 2 unreadable or unsafe, 64 usage.',
    '// This copy is only as trustworthy as the bundle it came in: for a bundle you doubt, check',
    '// with SHA256SUMS and the fingerprint the sender gave you, or a verify.mjs you trust.',
    ...imports,
    "import { inflateRawSync } from 'node:zlib';",
    'const inflateSync = (raw) => new Uint8Array(inflateRawSync(raw));',
    ...bodies,
    'process.exitCode = await main(process.argv.slice(2), { out: (s) => process.stdout.write(`${s}\\n`), err: (s) => process.stderr.write(`${s}\\n`) }, { selfPath: scriptPath(import.meta.url) }).catch((error) => {',
    '  process.stderr.write(`The verifier could not finish: ${error?.message ?? error}\\n`);',
    '  return 2;',
    '});',
    '',
  ].join('\n');
}
