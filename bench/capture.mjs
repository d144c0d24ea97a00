// npm run bench:capture — full-page capture time for pages of 1, 5 and 20
// windows against Chrome's quota floor ((tiles − 1) × 0.5 s), in Debian's
// Chromium with the e2e build. Prints figures; asserts nothing.
import { createServer } from 'node:http';
import { launch } from '../test/e2e/harness.mjs';

const sizes = [1, 5, 20];
const server = createServer((req, res) => {
  const windows = Number(new URL(req.url, 'http://x').searchParams.get('w') ?? 1);
  res.writeHead(200, { 'content-type': 'text/html' });
  // Exactly `windows` windows tall, whatever the window's height.
  res.end(`<!doctype html><title>${windows}</title><body style="margin:0"><script>for (let i = 0; i < ${windows} * 4; i++) { const d = document.createElement('div'); d.style.cssText = 'height:' + innerHeight / 4 + 'px;background:hsl(' + i * 17 + ',60%,60%)'; document.body.append(d); }</script></body>`);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const ext = await launch();
const line = (label, value) => process.stdout.write(`${label.padEnd(58)} ${value}\n`);
try {
  process.stdout.write('\n== Full-page capture against the captureVisibleTab quota (Chromium, e2e build)\n');
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup.html'));
  for (const windows of sizes) {
    const page = await ext.context.newPage();
    const url = `${origin}/?w=${windows}`;
    await page.goto(url);
    const inner = await page.evaluate(() => innerHeight);
    const tabId = await (await ext.sw()).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    await page.bringToFront();
    await new Promise((r) => setTimeout(r, 600)); // start with the quota fresh
    // Timed inside the extension page, with the worker's progress messages, so the figure is the capture's own.
    const { reply, ms, lastTile } = await popup.evaluate(async (id) => {
      let last = 0;
      const t0 = performance.now();
      const onProgress = (m) => void (m?.type === 'bg→ui:capture-progress' && (last = performance.now() - t0));
      chrome.runtime.onMessage.addListener(onProgress);
      const reply = await chrome.runtime.sendMessage({ type: 'ui→bg:capture-fullpage', payload: { tabId: id } });
      chrome.runtime.onMessage.removeListener(onProgress);
      return { reply, ms: Math.round(performance.now() - t0), lastTile: Math.round(last) };
    }, tabId);
    if (!reply?.ok) throw new Error(JSON.stringify(reply));
    const [record] = reply.value;
    const tiles = record.provenance.tiles;
    const floor = Math.max(0, tiles - 1) * 500;
    const w = record.provenance.viewport.width * record.provenance.dpr;
    const h = windows * inner * record.provenance.dpr;
    line(`${windows} window(s): ${tiles} tiles`, `${ms} ms · floor ${floor} ms · ratio ${floor ? (ms / floor).toFixed(2) : 'n/a'} (goal ≤ 1.10) · last tile at ${lastTile} ms, stitch+store ${ms - lastTile} ms`);
    if (windows === 20) line('  stitch canvas for 20 windows (width × height × 4 bytes)', `${((w * h * 4) / 1024 / 1024).toFixed(0)} MB (${w}×${h} px), PNG ${(record.size / 1024).toFixed(0)} kB`);
    await page.close();
  }
} finally {
  await ext.close();
  server.close();
}
