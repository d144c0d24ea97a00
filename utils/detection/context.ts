/**
 * Whether an element on a page is the platform speaking to the reader, or
 * page content: hidden elements, quotes, articles, instruction lists, posts.
 * A hostile page can write any words; what it cannot do is make hidden or
 * quoted words count.
 */

/** Containers of other people's words: quotes, articles, posts, comments, numbered instructions. */
const QUOTING = [
  'blockquote', 'q', 'article', '[itemprop="articleBody"]', '[role="article"]', '[role="feed"]', '[role="comment"]',
  'ol li', '.comment', '.post-body', '.entry-content', '[data-testid="tweetText"]', 'pre', 'code',
  // User-written parts that the platform shows inside its own dialogs and toasts: a pin's title and
  // description in a closeup modal, a comment, a pin card (markers seen in saved Pinterest pages).
  '[data-test-id="pin"]', '[data-test-id="pinWrapper" i]', '[data-test-id^="pinrep" i]', '[data-test-id="truncated-description"]',
  '[data-test-id*="pin-title" i]', '[data-test-id="pinTitle" i]', '[data-test-id*="pin-description" i]',
  '[data-test-id*="closeup-title" i]', '[data-test-id*="closeup-description" i]', '[data-test-id*="comment" i]', '[role="comment"]',
].join(',');

export function quotedContext(element: Element): boolean {
  try {
    return element.closest(QUOTING) !== null;
  } catch {
    return false;
  }
}

const HIDDEN_BY_ATTRIBUTE = '[hidden], [aria-hidden="true"], [inert], template';

/**
 * The words of a (visible) notice element that a person can actually read
 * there: text inside a hidden descendant (display, visibility, opacity 0,
 * font-size 0, hidden/aria-hidden/inert) or inside a quoted or user-written
 * part (a pin's title in a closeup dialog, a comment) is left out. A page can
 * put a visible "Saved to board" toast around hidden notice words; those words
 * were not shown, so they are neither classified nor stored. Called only for
 * elements that passed the cheap pre-check, so the styles it reads stay few.
 */
export function visibleText(element: Element, maxChars: number): string {
  const win = element.ownerDocument.defaultView;
  const verdicts = new Map<Element, boolean>();
  const hidden = (node: Element | null): boolean => {
    if (!node || node === element) return false;
    const known = verdicts.get(node);
    if (known !== undefined) return known;
    let result = false;
    try {
      result = node.matches(HIDDEN_BY_ATTRIBUTE) || node.matches(QUOTING);
      if (!result && win) {
        const style = win.getComputedStyle(node);
        result = style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse'
          || style.opacity === '0' || parseFloat(style.fontSize) === 0;
      }
    } catch {
      result = false;
    }
    result ||= hidden(node.parentElement);
    verdicts.set(node, result);
    return result;
  };
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentElement;
    const tag = parent?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const value = node.nodeValue?.trim();
    if (!value || hidden(parent)) continue;
    parts.push(value);
    length += value.length + 1;
  }
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, maxChars);
}

/** A news story, blog post or help article: its headings are the writer's, not the platform's notice. */
export function pageIsArticle(doc: Document): boolean {
  try {
    if (doc.querySelector('meta[property="og:type"][content="article" i], [itemprop="articleBody"]')) return true;
    const articles = doc.getElementsByTagName('article');
    return articles.length === 1 && (articles[0]!.textContent?.length ?? 0) > 1000;
  } catch {
    return false;
  }
}

/** Readable area below which an element is not something a person can read (sr-only, 1×1 tricks). */
const MIN_AREA = 100;

/**
 * Visible to the user: not hidden by attribute, ARIA, or CSS (display,
 * visibility, opacity, content-visibility) on itself or an ancestor, and —
 * where the browser lays the page out — neither zero-size nor off-screen.
 */
export function isVisible(element: Element): boolean {
  try {
    if (element.closest('[hidden], [aria-hidden="true"], [inert], template')) return false;
    const doc = element.ownerDocument;
    const win = doc.defaultView;
    const check = (element as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (typeof check === 'function' && check.call(element, { checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true }) === false) return false;
    if (win) {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = win.getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.opacity === '0') return false;
      }
    }
    const laidOut = (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;
    if (laidOut) {
      const r = element.getBoundingClientRect();
      if (r.width * r.height < MIN_AREA) return false;
      const scrollX = win?.scrollX ?? 0;
      const scrollY = win?.scrollY ?? 0;
      if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) return false;
    }
    return true;
  } catch {
    return true;
  }
}
