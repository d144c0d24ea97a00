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
].join(',');

export function quotedContext(element: Element): boolean {
  try {
    return element.closest(QUOTING) !== null;
  } catch {
    return false;
  }
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
