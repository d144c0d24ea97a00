/**
 * Functions run inside the captured page through scripting.executeScript.
 * Each must be self-contained: it is serialised and runs in the page, not here.
 */

export interface PageMetrics {
  scrollHeight: number;
  innerHeight: number;
  innerWidth: number;
  dpr: number;
  scrollX: number;
  scrollY: number;
  url: string;
}

export function measurePage(): PageMetrics {
  const doc = document.documentElement;
  return {
    scrollHeight: Math.max(doc.scrollHeight, document.body?.scrollHeight ?? 0),
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
    dpr: window.devicePixelRatio,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    url: location.href,
  };
}

/**
 * Scrolls to `y` and waits for the page to settle (two frames, and images in
 * view to finish, at most 400 ms). From the second tile on, fixed and sticky
 * elements are hidden so a header appears once, in the first tile. When
 * nothing moved and nothing was hidden (the first tile of a page already at
 * its top), the frame on screen is already the one to capture: no frames are
 * waited for, which starts the capture sooner.
 */
export async function scrollForTile(y: number, hideFixed: boolean): Promise<{ scrollY: number; scrollHeight: number }> {
  let hidden = 0;
  if (hideFixed) {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const position = getComputedStyle(el).position;
      if ((position === 'fixed' || position === 'sticky') && !el.hasAttribute('data-reinstate-hidden')) {
        el.setAttribute('data-reinstate-hidden', el.style.visibility || '-');
        el.style.setProperty('visibility', 'hidden', 'important');
        hidden++;
      }
    }
  }
  const before = window.scrollY;
  window.scrollTo({ left: window.scrollX, top: y, behavior: 'instant' as ScrollBehavior });
  if (hidden > 0 || window.scrollY !== before) await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const pending = Array.from(document.images).filter((img) => {
    const rect = img.getBoundingClientRect();
    return !img.complete && rect.bottom > 0 && rect.top < window.innerHeight;
  });
  if (pending.length) {
    await Promise.race([
      Promise.all(pending.map((img) => new Promise((r) => (img.addEventListener('load', r, { once: true }), img.addEventListener('error', r, { once: true }))))),
      new Promise((r) => setTimeout(r, 400)),
    ]);
    await new Promise((r) => requestAnimationFrame(r));
  }
  return { scrollY: window.scrollY, scrollHeight: Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0) };
}

export function restorePage(x: number, y: number): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-reinstate-hidden]'))) {
    const before = el.getAttribute('data-reinstate-hidden');
    if (before === '-') el.style.removeProperty('visibility');
    else el.style.visibility = before ?? '';
    el.removeAttribute('data-reinstate-hidden');
  }
  window.scrollTo({ left: x, top: y, behavior: 'instant' as ScrollBehavior });
}

/**
 * The page's DOM as HTML without anything that could run or load on its own
 * when the snapshot is opened, for browsers without MHTML: scripts (also
 * inside SVG and templates), iframes and their srcdoc, object/embed,
 * event-handler attributes, javascript:/vbscript:/data:text/html URLs,
 * meta refresh. Self-contained: it is serialised into the page.
 */
export function serializePage(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const DROP = 'script, noscript, template, iframe, frame, frameset, object, embed, applet, portal, link[rel~="import" i], meta[http-equiv="refresh" i]';
  const DANGEROUS_URL = /^(?:javascript|vbscript|data:(?:text\/html|application\/xhtml|image\/svg))/i;
  const URL_ATTRS = /^(?:href|src|srcset|action|formaction|data|poster|background|xlink:href|ping|srcdoc|codebase|cite|manifest)$/i;
  clone.querySelectorAll(DROP).forEach((el) => el.remove());
  clone.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name;
      // Browsers ignore blanks and control characters inside a URL scheme ("java\tscript:").
      const compact = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (/^on/i.test(name) || name.toLowerCase() === 'srcdoc' || (URL_ATTRS.test(name) && DANGEROUS_URL.test(compact))) el.removeAttribute(name);
    }
  });
  const head = clone.querySelector('head');
  if (head) {
    head.querySelectorAll('base').forEach((el) => el.remove());
    const base = document.createElement('base');
    base.href = /^(https?|file):/i.test(document.baseURI) ? document.baseURI : location.href;
    head.prepend(base);
  }
  return `<!doctype html>\n<!-- Saved by Reinstate from ${location.href} at ${new Date().toISOString()} -->\n${clone.outerHTML}`;
}
