import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A list that renders only the rows in view: 50,000 pins stay as fast as 50.
 * Rows are fetched by range (`load`), so memory holds what is on screen.
 */
export function VirtualList<T>(props: {
  count: number;
  rowHeight: number;
  height: number;
  load(offset: number, limit: number): Promise<T[]>;
  row(item: T, index: number): ComponentChildren;
  testId?: string;
}) {
  const { count, rowHeight, height } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const [rows, setRows] = useState<{ offset: number; items: T[] }>({ offset: 0, items: [] });
  const ref = useRef<HTMLDivElement>(null);
  const overscan = 10;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const visible = Math.ceil(height / rowHeight) + 2 * overscan;
  useEffect(() => {
    let current = true;
    void props.load(first, visible).then((items) => current && setRows({ offset: first, items }));
    return () => void (current = false);
  }, [first, visible, count]);
  return (
    <div ref={ref} class="virtual-list" style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)} data-testid={props.testId} data-count={count}>
      <div style={{ height: `${count * rowHeight}px`, position: 'relative' }}>
        {rows.items.map((item, i) => (
          <div key={rows.offset + i} style={{ position: 'absolute', top: `${(rows.offset + i) * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }} data-index={rows.offset + i}>
            {props.row(item, rows.offset + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
