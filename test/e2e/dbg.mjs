import { launch } from '/work/main/test/e2e/harness.mjs';
const ext = await launch();
const page = await ext.context.newPage();
await page.goto('chrome://version/');
const sw = await ext.sw();
console.log(await sw.evaluate(async () => {
  const tabs = await chrome.tabs.query({});
  const t = tabs.find(t => t.active) ?? tabs[0];
  try { await chrome.tabs.captureVisibleTab(t.windowId, {format:'png'}); return 'ok'; } catch (e) { return JSON.stringify(tabs.map(t=>[t.url,t.pendingUrl,t.title])) + ' ' + e.message; }
}));
await ext.close();
