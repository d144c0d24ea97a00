// A timestamping authority on 127.0.0.1 made with `openssl ts -reply`: a
// throw-away root, a TSA certificate under it, and an HTTP server that
// answers RFC 3161 queries. For the tests of the opt-in trusted timestamp.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

const CONFIG = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Reinstate Test TSA
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = DIR
serial = DIR/serial
crypto_device = builtin
signer_cert = DIR/tsa.pem
certs = DIR/tsa.pem
signer_key = DIR/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_alg = sha256
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
`;

/** Starts the authority; `url` takes queries, `caPem` is its root, `requests` every query received. */
export async function startLocalTsa() {
  const dir = mkdtempSync(join(tmpdir(), 'reinstate-tsa-'));
  writeFileSync(join(dir, 'tsa.cnf'), CONFIG.replaceAll('DIR', dir));
  writeFileSync(join(dir, 'serial'), '01\n');
  const ssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Reinstate Test Root');
  ssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-config', 'tsa.cnf');
  ssl('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.pem', '-days', '2', '-extfile', 'tsa.cnf', '-extensions', 'tsa_ext');
  const requests = [];
  const server = createServer((req, res) => {
    const body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      const query = Buffer.concat(body);
      requests.push({ query, contentType: req.headers['content-type'] });
      writeFileSync(join(dir, 'q.tsq'), query);
      const out = spawnSync('openssl', ['ts', '-reply', '-queryfile', 'q.tsq', '-config', 'tsa.cnf', '-out', 'r.tsr'], { cwd: dir });
      if (out.status !== 0) return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(join(dir, 'r.tsr')));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    dir,
    url: `http://127.0.0.1:${server.address().port}/tsr`,
    caPem: readFileSync(join(dir, 'ca.pem')),
    requests,
    close: async () => {
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
