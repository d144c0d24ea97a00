import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollForTile, serializePage } from '@/utils/capture/page-scripts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Parses the saved snapshot as a browser would open it. */
function saved(html: string): Document {
  document.body.innerHTML = html;
  return new DOMParser().parseFromString(serializePage(), 'text/html');
}

describe('the saved-HTML snapshot keeps nothing that runs or loads by itself', () => {
  it('drops scripts, frames, srcdoc, object/embed, templates and meta refresh', () => {
    const doc = saved(`
      <p id="keep">Your account has been suspended</p>
      <script>alert(1)</script>
      <svg><script>alert(2)</script></svg>
      <iframe srcdoc="<script>alert(3)</script>"></iframe>
      <iframe src="https://evil.example/"></iframe>
      <template><script>alert(4)</script><img src=x onerror=alert(5)></template>
      <object data="evil.swf"></object><embed src="evil.swf">
      <meta http-equiv="refresh" content="0;url=javascript:alert(6)">
      <noscript><img src=x onerror=alert(7)></noscript>`);
    expect(doc.getElementById('keep')?.textContent).toBe('Your account has been suspended');
    for (const tag of ['script', 'iframe', 'template', 'object', 'embed', 'noscript', 'meta[http-equiv]']) expect(doc.querySelectorAll(tag)).toHaveLength(0);
    expect(serializePage()).not.toMatch(/alert\(/);
  });

  it('drops event handlers and javascript:, vbscript: and data:text/html URLs, however they are spelled', () => {
    const doc = saved(`
      <a id="a1" href="javascript:alert(1)">one</a>
      <a id="a2" href=" JaVa&#x09;Script:alert(2)">two</a>
      <a id="a3" href="https://www.pinterest.com/">kept</a>
      <form id="f" action="javascript:alert(3)"><button id="b" formaction="vbscript:x">go</button></form>
      <img id="i" src="data:text/html,<script>alert(4)</script>" onerror="alert(5)" onload="alert(6)">
      <img id="ok" src="data:image/png;base64,iVBORw0KGgo=">
      <div id="d" onclick="alert(7)" OnMouseOver="alert(8)">x</div>
      <svg><a id="s" xlink:href="javascript:alert(9)"><text>x</text></a></svg>`);
    expect(doc.getElementById('a1')?.hasAttribute('href')).toBe(false);
    expect(doc.getElementById('a2')?.hasAttribute('href')).toBe(false);
    expect(doc.getElementById('a3')?.getAttribute('href')).toBe('https://www.pinterest.com/');
    expect(doc.getElementById('f')?.hasAttribute('action')).toBe(false);
    expect(doc.getElementById('b')?.hasAttribute('formaction')).toBe(false);
    expect(doc.getElementById('i')?.getAttributeNames()).toEqual(['id']);
    expect(doc.getElementById('ok')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(doc.getElementById('d')?.getAttributeNames()).toEqual(['id']);
    expect(serializePage()).not.toMatch(/alert\(/);
  });

  it('keeps one <base> pointing at the page, not one the page planted', () => {
    document.head.innerHTML = '<base href="javascript:alert(1)//">';
    const doc = saved('<p>x</p>');
    const bases = doc.querySelectorAll('base');
    expect(bases).toHaveLength(1);
    expect(bases[0]!.getAttribute('href')).not.toMatch(/javascript/i);
  });
});

describe('scrollForTile', () => {
  it('waits two frames after a scroll or after hiding a fixed header, and none when nothing moved', async () => {
    // happy-dom has no document.images; the page script reads it.
    if (!('images' in document)) Object.defineProperty(document, 'images', { configurable: true, get: () => document.getElementsByTagName('img') });
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => (setTimeout(() => cb(0), 0), 0));
    try {
      document.body.innerHTML = '<header style="position:fixed;top:0">Top</header><main style="height:5000px">page</main>';
      window.scrollTo(0, 0);
      // The first tile of a page already at its top: the frame on screen is the one to capture.
      await scrollForTile(0, false);
      expect(frames).not.toHaveBeenCalled();
      // The second tile: a scroll (and the header hidden) must reach the screen first.
      const second = await scrollForTile(700, true);
      expect(frames).toHaveBeenCalledTimes(2);
      expect(second.scrollY).toBe(700);
      expect(document.querySelector('header')!.style.visibility).toBe('hidden');
      // Hiding alone also changes what is drawn.
      frames.mockClear();
      document.body.insertAdjacentHTML('afterbegin', '<nav style="position:sticky;top:0">Menu</nav>');
      await scrollForTile(700, true);
      expect(frames).toHaveBeenCalledTimes(2);
    } finally {
      frames.mockRestore();
      window.scrollTo(0, 0);
    }
  });
});
