import type { DifferenceKind } from '../lib/core/types';
import { KIND_LABEL } from './kinds';

export type KindFilter = DifferenceKind | 'all';

export interface KindTabsProps {
  counts: Map<KindFilter, number>;
  selected: KindFilter;
  onSelect: (kind: KindFilter) => void;
  panelId: string;
}

/** Filters by kind, as ARIA tabs: arrow keys move between tabs, only the selected one is tabbable. */
export function KindTabs({ counts, selected, onSelect, panelId }: KindTabsProps) {
  const kinds = [...counts.keys()];
  const move = (event: KeyboardEvent, from: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = kinds[(from + step + kinds.length) % kinds.length];
    onSelect(next);
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`[data-kind="${next}"]`)?.focus();
  };
  return (
    <div class="kind-tabs" role="tablist" aria-label="Filter details by kind">
      {kinds.map((kind, index) => (
        <button
          type="button"
          role="tab"
          key={kind}
          data-kind={kind}
          id={`tab-${kind}`}
          aria-selected={kind === selected}
          aria-controls={panelId}
          tabIndex={kind === selected ? 0 : -1}
          onClick={() => onSelect(kind)}
          onKeyDown={(event) => move(event, index)}
        >
          {kind === 'all' ? 'All' : KIND_LABEL[kind]} <span class="count">{counts.get(kind)}</span>
        </button>
      ))}
    </div>
  );
}
