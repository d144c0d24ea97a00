// A local stand-in for Pinterest, on 127.0.0.1 over HTTPS with a throw-away
// certificate. The browser maps Pinterest's hosts here (--host-resolver-rules),
// so the extension's real match patterns run and nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { hostilePages, newsArticle, pages } from './pinterest-pages.mjs';
export { makeAccount, resourceApi } from './pinterest-api.mjs';

export async function startPinterestSim({ keyPath, certPath, port = 0, onRequest, api } = {}) {
  const requests = [];
  const server = createServer({ key: readFileSync(keyPath), cert: readFileSync(certPath) }, (req, res) => {
    const url = new URL(req.url, `https://${req.headers.host}`);
    requests.push({ at: Date.now(), method: req.method, host: url.hostname, path: url.pathname, search: url.search });
    onRequest?.(req, url);
    const html = (body, status = 200) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    const json = (body, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    const path = url.pathname;
    if (url.hostname.startsWith('help.')) return html(pages.helpArticle());
    if (url.hostname.startsWith('newsroom.')) return html(newsArticle());
    if (hostilePages[url.pathname]) return html(hostilePages[url.pathname]());
    if (url.hostname === 'i.pinimg.com') {
      // A 1×1 PNG stands in for every pin image.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL7GRgAAAABJRU5ErkJggg==', 'base64'));
      return;
    }
    if (url.hostname === 'x.com') return html(pages.xSuspendedHome());
    if (path.startsWith('/resource/UserSessionResource/create')) return json(pages.sessionError(), 401);
    if (path.startsWith('/resource/') && api) {
      const answer = api(req, url);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(answer.body);
      return;
    }
    if (path === '/maya_makes/' || path.startsWith('/maya_makes/')) return html(pages.home());
    if (path === '/login/' || path === '/login') return html(pages.login(Number(url.searchParams.get('delay') ?? 800)));
    if (path.startsWith('/reports-and-violations')) return html(pages.reportsAndViolations());
    if (path === '/sam_other/') return html(pages.otherProfile());
    if (path.startsWith('/_tour')) return html(pages.tour());
    if (path === '/' || path === '') return html(pages.home());
    return html('<!doctype html><title>Not found</title><h1>Not found</h1>', 404);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, port: server.address().port, requests, close: () => new Promise((r) => server.close(r)) };
}
