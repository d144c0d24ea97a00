// Pages of the simulated Pinterest. Wording follows Pinterest's own (see
// research/pinterest-structure.md §4 and help.pinterest.com/en/article/account-suspension).

const VIEWER = { id: '1000000000000000001', username: 'maya_makes', full_name: 'Maya' };

function pwsData({ viewer = VIEWER, writeBanned = false, loginState = 1, authenticated = true } = {}) {
  const user = authenticated ? { ...viewer, is_write_banned: writeBanned, login_state: loginState } : null;
  return JSON.stringify({ appVersion: 'sim0001', context: { is_authenticated: authenticated, user, locale: 'en-US' }, initialHandlerId: 'www/index.js' });
}

function page({ title, body, data, script = '', lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#111}
header{padding:12px 24px;border-bottom:1px solid #eee;font-weight:700;color:#e60023}
main{padding:24px;max-width:900px;margin:auto}
[role=dialog]{position:fixed;inset:0;display:grid;place-items:center;background:rgb(0 0 0/.45)}
[role=dialog]>div{background:#fff;border-radius:24px;padding:32px;max-width:420px;text-align:center}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.grid div{background:#f1f1f1;border-radius:16px;height:160px}
</style>
<script id="__PWS_DATA__" type="application/json">${data ?? pwsData()}</script></head>
<body><header>Pinterest</header><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

export const SUSPENSION_TEXT =
  'Your account has been suspended for violating our community guidelines. We previously sent you an email explaining why and how to appeal.';

export const pages = {
  /** The start page of `npm start`: what to try, in order. */
  tour: () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reinstate tour</title>
<style>body{font:17px/1.6 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 20px;color:#1d1d1f}h1{color:#0b57d0}li{margin:.6em 0}code{background:#f1f3f4;padding:1px 4px;border-radius:4px}.note{background:#fff7e0;padding:10px 14px;border-radius:8px}</style></head><body>
<h1>Try Reinstate on a simulated Pinterest</h1>
<p class="note">Everything here runs on your computer: this browser reaches Pinterest's addresses, but a local server answers them. Nothing is sent anywhere.</p>
<ol>
<li><a href="/maya_makes/">Open Maya's profile</a> (you are “logged in” as her). Click the Reinstate button in the toolbar and choose <b>Save my boards and pins</b>: 10 boards and 1,080 pins are saved, politely paced.</li>
<li><a href="/login/">Get suspended</a>: the login page answers with Pinterest's suspension error (code 83) and shows the notice. Reinstate saves it at once, with a screenshot and the page itself, and says so in a small note.</li>
<li>Click <b>Open the case</b> in that note, or <b>Open the Locker</b> in the Reinstate button: the notice, word for word, the evidence with its fingerprints, the deadlines.</li>
<li>Click <b>Draft appeal</b>: the letter quotes the notice and lists every detail it leaves out, with the rule that requires it.</li>
<li>In the Locker, <b>Export, check or import a bundle</b>: one ZIP that anyone can check with their computer's own tools (<code>sha256sum -c SHA256SUMS</code>) or the <code>verify.mjs</code> inside it (<code>node verify.mjs</code>).</li>
<li>For comparison: <a href="https://help.pinterest.com/en/article/account-suspension">Pinterest's help article on suspensions</a> talks about suspension too, and Reinstate rightly does nothing.</li>
</ol></body></html>`,

  home: () => page({ title: 'Pinterest', body: '<h1>Home feed</h1><div class="grid"><div></div><div></div><div></div><div></div></div>' }),

  /** The login page: the session API answers 83 and the page shows the suspension dialog, after a delay. */
  login: (delayMs = 800) =>
    page({
      title: 'Log in | Pinterest',
      data: pwsData({ authenticated: false }),
      body: '<h1>Welcome to Pinterest</h1><form><input name="id" value="maya@example.invalid"><input type="password" value="x"><button type="button">Log in</button></form>',
      script: `setTimeout(async () => {
        const r = await fetch('/resource/UserSessionResource/create/', { method: 'POST', body: 'data=%7B%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        const body = await r.json();
        const d = document.createElement('div'); d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true');
        const box = document.createElement('div');
        const h = document.createElement('h2'); h.textContent = 'Account suspended';
        const p = document.createElement('p'); p.textContent = body.resource_response.error.message;
        box.append(h, p); d.append(box); document.body.append(d);
      }, ${delayMs});`,
    }),

  sessionError: () =>
    JSON.stringify({
      resource: { name: 'UserSessionResource', options: {} },
      resource_response: {
        status: 'failure',
        code: 83,
        message: SUSPENSION_TEXT,
        error: { http_status: 401, code: 83, api_error_code: 83, message: SUSPENSION_TEXT, message_detail: null },
      },
      request_identifier: 'sim',
    }),

  /** Pinterest's help article: talks about suspension, must trigger nothing. */
  helpArticle: () =>
    page({
      title: 'Account suspension | Pinterest help',
      data: pwsData({ authenticated: false }),
      body: `<h1>Account suspension</h1>
<p>If your account's suspended, you'll see an error message when you try to log in. It may be because you did something that went against our Acceptable Use Policy.</p>
<p>We have policies and tools in place to keep Pinterest a safe and trustworthy site. Be sure to check our content policies to see what's allowed on Pinterest.</p>
<p>We review all reports manually and do our best to only act on content that goes against our policies, but sometimes we make mistakes. If you think we shouldn't have suspended your account, get in touch with us.</p>`,
    }),

  /** Somebody else's profile that shows a suspension banner: not the viewer's own. */
  otherProfile: () =>
    page({
      title: 'sam_other - Profile | Pinterest',
      body: '<div role="alert"><h2>This account has been suspended</h2><p>Your account has been suspended for violating our community guidelines.</p></div>',
    }),

  /** Not Pinterest: X's home timeline with its suspension banner (wording quoted by tomsguide.com, 2023). */
  xSuspendedHome: () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>
<div role="alert"><h2>Your account is suspended</h2><p>After careful review, we determined your account broke the X Rules. Your account is permanently in read-only mode, which means you can't post, repost, or Like content.</p></div></body></html>`,

  reportsAndViolations: () =>
    page({
      title: 'Reports and violations center | Pinterest',
      body: `<h1>Reports and violations center</h1>
<section data-test-id="rvc-account-status"><h2>Account status</h2>
<p>Your account has been deactivated because it goes against our Community Guidelines. You can submit an appeal through your reports and violations center within 6 months.</p>
<p>Enforcement ID: 5f2c9a1e-7b3d-4c1a-9e8f-2a6b4c8d0e11</p></section>`,
    }),
};

// Hostile pages (issue 14 item 5): page content posing as a notice. Each must store nothing
// (or, for the flood, at most the per-page limit). Served by path on www.pinterest.com,
// the article on newsroom.pinterest.com.
const QUOTED = 'Your account has been suspended for violating our community guidelines.';
export const hostilePages = {
  /** A pin whose title (h1) reads like a notice. */
  '/pin/987654321/': () => page({ title: 'Pin | Pinterest', body: `<h1>${QUOTED}</h1><p>Saved by maya_makes</p><div class="grid"><div></div><div></div></div>` }),
  /** A search whose heading repeats the query. */
  '/search/pins/': () => page({ title: 'Search | Pinterest', body: `<h1>Results for “${QUOTED}”</h1><div aria-live="polite">${QUOTED}</div><div class="grid"><div></div></div>` }),
  /** A dialog the user cannot see, on the account's own settings page. */
  '/settings/hostile-hidden/': () =>
    page({ title: 'Settings | Pinterest', body: `<h1>Settings</h1><div role="dialog" style="display:none">${QUOTED}</div><div role="alert" aria-hidden="true">${QUOTED}</div><div role="alert" style="position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden">${QUOTED}</div>` }),
  /** The page posing as the API tap: window.postMessage with code 83, and the bridge's own event names. */
  '/settings/hostile-postmessage/': () =>
    page({
      title: 'Settings | Pinterest',
      body: '<h1>Settings</h1>',
      script: `const fake = { source: 'reinstate:api-error', url: '/resource/UserSessionResource/create/', httpStatus: 401, apiErrorCode: 83, code: 83, message: 'Your account has been suspended.' };
        for (let i = 0; i < 3; i++) setTimeout(() => {
          window.postMessage(fake, location.origin);
          document.dispatchEvent(new Event('reinstate:tap-hello'));
          document.dispatchEvent(new CustomEvent('reinstate:api-error', { detail: JSON.stringify(fake) }));
        }, 300 * i);`,
    }),
  /** Audit of issue 14: an "API response" the page makes itself, from a data: or blob: URL whose text contains a resource path. */
  '/settings/hostile-data-url/': () =>
    page({
      title: 'Settings | Pinterest',
      body: '<h1>Settings</h1>',
      script: `const body = JSON.stringify({ resource_response: { status: 'failure', http_status: 401, error: { api_error_code: 83, code: 83, http_status: 401, message: 'Your account has been suspended (a data: URL).' } } });
        fetch('data:application/json,' + encodeURIComponent(body) + '#/resource/UserSessionResource/create/').catch(() => {});
        fetch(URL.createObjectURL(new Blob([body], { type: 'application/json' })) + '#/resource/UserSessionResource/create/').catch(() => {});
        const x = new XMLHttpRequest(); x.open('GET', 'data:application/json,' + encodeURIComponent(body) + '#/resource/UserSessionResource/create/'); x.send();`,
    }),
  /** Audit of issue 14: the page patches the parsers the tap reads with, then asks the real API. */
  '/settings/hostile-patched-parsers/': () =>
    page({
      title: 'Settings | Pinterest',
      body: '<h1>Settings</h1>',
      script: `const forged = { resource_response: { status: 'failure', http_status: 401, error: { api_error_code: 83, code: 83, http_status: 401, message: 'Your account has been suspended (the page patched the parsers).' } } };
        Response.prototype.json = async function () { return forged; };
        Response.prototype.clone = function () { return this; };
        const realParse = JSON.parse; JSON.parse = function (t) { try { const v = realParse(t); return v && typeof v === 'object' && 'resource_response' in v ? forged : v; } catch { return forged; } };
        Object.defineProperty(XMLHttpRequest.prototype, 'responseText', { get() { return JSON.stringify(forged); } });
        Object.defineProperty(XMLHttpRequest.prototype, 'status', { get() { return 401; } });
        fetch('/resource/UserResource/get/?data=%7B%7D').catch(() => {});
        const x = new XMLHttpRequest(); x.open('GET', '/resource/UserResource/get/?data=%7B%7D'); x.send();`,
    }),
  /** An alert whose text changes 30 times. */
  '/settings/hostile-flood/': () =>
    page({
      title: 'Settings | Pinterest',
      body: '<h1>Settings</h1><div role="alert" id="flood"></div>',
      script: `let n = 0; const timer = setInterval(() => {
          document.getElementById('flood').textContent = 'Your account has been suspended for violating our community guidelines. Notice ' + (++n) + '.';
          if (n >= 30) clearInterval(timer);
        }, 150);`,
    }),
  /** A real-looking notice, and a page script that tries to press the in-page note's button. */
  '/settings/hostile-click/': () =>
    page({
      title: 'Settings | Pinterest',
      body: `<div role="dialog"><div><h2>Account suspended</h2><p>${QUOTED}</p></div></div>`,
      script: `const poke = () => {
          const host = document.getElementById('reinstate-toast-host');
          if (!host) return setTimeout(poke, 100);
          window.__toastShadow = String(host.shadowRoot);
          host.click();
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          for (const b of (host.shadowRoot?.querySelectorAll('button') ?? [])) b.click();
          window.__poked = true;
        };
        poke();`,
    }),
  // Attack run (second), test/e2e/redteam-pages.test.mjs: each stores nothing.
  /** Notice words the page hides inside visible structures, in frames, shadow roots, CSS content, and behind patched prototypes. */
  '/settings/redteam-hiding/': () =>
    page({
      title: 'Settings | Pinterest',
      body: `<h1>Settings</h1>
<div role="alert">Saved to board <span style="display:none">${QUOTED}</span></div>
<div role="status" data-test-id="toast">Link copied <b style="font-size:0">${QUOTED}</b></div>
<div role="dialog"><p>Share this Pin</p><p hidden>${QUOTED}</p><p style="opacity:0">${QUOTED}</p></div>
<div role="dialog" id="patched" style="display:none">${QUOTED}</div>
<style>#css-alert::before { content: "${QUOTED}"; }</style><div role="alert" id="css-alert" style="min-height:40px"></div>
<iframe srcdoc="<div role='dialog'>${QUOTED}</div>" style="width:400px;height:80px"></iframe>
<div id="shadow-host"></div>`,
      script: `const root = document.getElementById('shadow-host').attachShadow({ mode: 'open' });
        root.innerHTML = '<div role="dialog">${QUOTED}</div>';
        // A page cannot make hidden elements look visible to the extension's isolated world.
        const real = window.getComputedStyle;
        window.getComputedStyle = (el, p) => { const s = real(el, p); return new Proxy(s, { get: (t, k) => k === 'display' ? 'block' : k === 'visibility' ? 'visible' : k === 'opacity' ? '1' : Reflect.get(t, k) }); };
        Element.prototype.getBoundingClientRect = () => new DOMRect(10, 10, 500, 100);
        Element.prototype.checkVisibility = () => true;`,
    }),
  /** A pin closeup modal (the platform's dialog) whose pin is titled like a notice, and a comment in a dialog. */
  '/pin/555000111/': () =>
    page({
      title: 'Pin | Pinterest',
      body: `<div role="dialog" aria-label="Pin closeup"><div data-test-id="closeup-body"><h1 data-test-id="pin-title">${QUOTED}</h1>
<div data-test-id="truncated-description">${QUOTED}</div></div><button>Save</button></div>
<div role="dialog"><h2>Comments</h2><div data-test-id="comment">${QUOTED}</div></div>`,
    }),
  /** A settings page that navigates in place 50 times, a new notice each time. */
  '/settings/redteam-pushstate/': () =>
    page({
      title: 'Settings | Pinterest',
      body: '<h1>Settings</h1><div role="alert" id="n"></div>',
      script: `let i = 0; const timer = setInterval(() => {
          history.pushState({}, '', '/settings/redteam-pushstate/' + (++i) + '/');
          document.getElementById('n').textContent = 'Your account has been suspended for violating our community guidelines. Case ' + i + '.';
          if (i >= 50) clearInterval(timer);
        }, 80);`,
    }),
};

/** A news story on a Pinterest host that quotes a notice. */
export const newsArticle = () =>
  page({
    title: 'Pinterest users locked out | Newsroom',
    data: pwsData({ authenticated: false }),
    body: `<article><h1>Pinners locked out after enforcement error</h1>
<p>${'Many pinners woke up this week to find they could no longer log in. '.repeat(12)}</p>
<p>One of them showed us the message she saw:</p>
<blockquote>${QUOTED} We previously sent you an email explaining why and how to appeal.</blockquote>
<h2>${QUOTED}</h2>
<p>The company said it was reviewing the accounts.</p></article>`,
  });
