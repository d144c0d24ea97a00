import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A list that renders `step` items, then `step` more each time its end
 * scrolls near the viewport: a case with thousands of captures shows its
 * first cards at once instead of building every card (and decoding every
 * thumbnail) before the first paint.
 */
export function GrowingList<T>({ items, step, render, onMore, ...attrs }: { items: T[]; step: number; render(item: T): ComponentChildren; onMore?: () => void; class?: string; 'data-testid'?: string }) {
  const [count, setCount] = useState(step);
  const end = useRef<HTMLLIElement>(null);
  // `onMore`: the items are read a page at a time; the next page is asked for when the end comes near.
  const more = items.length > count || !!onMore;
  useEffect(() => {
    if (!more || !end.current || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      if (items.length > count) setCount((c) => c + step);
      else onMore?.();
    }, { rootMargin: '600px' });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [more, count, items.length]);
  return (
    <ul {...attrs}>
      {items.slice(0, typeof IntersectionObserver === 'undefined' ? items.length : count).map(render)}
      {more && <li ref={end} class="growing-end" aria-hidden="true" />}
    </ul>
  );
}
