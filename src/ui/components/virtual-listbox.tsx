/**
 * A virtualised, keyboard-operable listbox: only the rows in view (plus a few) are in the DOM, so 5,000
 * posts or 10,000 FAQ entries cost the same as fifty. Focus stays on the listbox and the active row is
 * announced through aria-activedescendant; rows are role="option" with aria-posinset/aria-setsize so a
 * screen reader still hears "12 of 5,000".
 *
 * Keys: ↑/↓ move, Home/End, PageUp/PageDown, Space toggles the selection (multi-select), Enter activates.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListboxProps<T> {
  id: string;
  label: string;
  items: readonly T[];
  rowHeight: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number, active: boolean) => ComponentChildren;
  active: number;
  onActive: (index: number) => void;
  /** Enter or click on a row. */
  onActivate?: (item: T, index: number) => void;
  selected?: ReadonlySet<string>;
  onToggle?: (item: T, index: number, range: boolean) => void;
  /** Extra keys (return true when handled). */
  onKey?: (e: KeyboardEvent, item: T | undefined, index: number) => boolean;
  overscan?: number;
  class?: string;
  emptyText?: string;
}

export function VirtualListbox<T>(p: VirtualListboxProps<T>): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const overscan = p.overscan ?? 4;
  const n = p.items.length;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight || 480);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 480));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the active row in view.
  useEffect(() => {
    const el = ref.current;
    if (!el || p.active < 0) return;
    const top = p.active * p.rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + p.rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = top + p.rowHeight - el.clientHeight;
  }, [p.active, p.rowHeight]);

  // Never render more than a screenful or two, even if a layout leaves the list unbounded in height.
  const viewport = Math.min(height, (typeof window !== 'undefined' ? window.innerHeight : 800) * 1.5);
  const first = Math.max(0, Math.floor(scrollTop / p.rowHeight) - overscan);
  const last = Math.min(n, Math.ceil((scrollTop + viewport) / p.rowHeight) + overscan);
  const activeItem = p.items[p.active];
  const optionId = (i: number) => `${p.id}-opt-${i}`;

  const onKeyDown = (e: KeyboardEvent) => {
    const item = p.items[p.active];
    if (p.onKey?.(e, item, p.active)) {
      e.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor(height / p.rowHeight) - 1);
    const move = (to: number) => {
      e.preventDefault();
      if (n === 0) return;
      const next = Math.max(0, Math.min(n - 1, to));
      p.onActive(next);
      if (e.shiftKey && p.onToggle) {
        const it = p.items[next];
        if (it !== undefined) p.onToggle(it, next, true);
      }
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(p.active < 0 ? 0 : p.active + 1);
      case 'ArrowUp':
        return move(p.active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(n - 1);
      case 'PageDown':
        return move(p.active + page);
      case 'PageUp':
        return move(p.active - page);
      case ' ':
        if (item !== undefined && p.onToggle) {
          e.preventDefault();
          p.onToggle(item, p.active, false);
        }
        return;
      case 'Enter':
        if (item !== undefined && p.onActivate) {
          e.preventDefault();
          p.onActivate(item, p.active);
        }
        return;
    }
  };

  const rows: JSX.Element[] = [];
  for (let i = first; i < last; i++) {
    const item = p.items[i] as T;
    const key = p.keyOf(item);
    const active = i === p.active;
    const isSel = p.selected?.has(key) ?? false;
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the listbox (aria-activedescendant)
      // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox; the option is its aria-activedescendant
      <div
        key={key}
        id={optionId(i)}
        role="option"
        aria-selected={p.selected ? isSel : active}
        aria-posinset={i + 1}
        aria-setsize={n}
        data-key={key}
        class={`vrow ${active ? 'vrow--active' : ''} ${isSel ? 'vrow--selected' : ''}`}
        style={{ top: `${i * p.rowHeight}px`, height: `${p.rowHeight}px` }}
        onClick={(e) => {
          p.onActive(i);
          if ((e.ctrlKey || e.metaKey || e.shiftKey) && p.onToggle) p.onToggle(item, i, e.shiftKey);
          else p.onActivate?.(item, i);
        }}
      >
        {p.renderRow(item, i, active)}
      </div>,
    );
  }

  return (
    <>
      <div
        ref={ref}
        id={p.id}
        class={`vlist ${p.class ?? ''}`}
        role="listbox"
        tabIndex={0}
        aria-label={p.label}
        aria-multiselectable={p.selected ? true : undefined}
        aria-activedescendant={
          activeItem !== undefined && p.active >= first && p.active < last ? optionId(p.active) : undefined
        }
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (p.active < 0 && n > 0) p.onActive(0);
        }}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div class="vlist-spacer" style={{ height: `${n * p.rowHeight}px` }}>
          {rows}
        </div>
      </div>
      {n === 0 && p.emptyText && <p class="vlist-empty muted">{p.emptyText}</p>}
    </>
  );
}
