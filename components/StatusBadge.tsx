import type { DifferenceStatus } from '../lib/core/types';

/** Status words and symbols, so the state reads without relying on colour alone. */
const STATUS_TEXT: Record<DifferenceStatus, { symbol: string; label: string }> = {
  conflict: { symbol: '≠', label: 'Conflict' },
  partial: { symbol: '◐', label: 'Only some report it' },
  consensus: { symbol: '✓', label: 'All agree' },
};

export function StatusBadge({ status }: { status: DifferenceStatus }) {
  const { symbol, label } = STATUS_TEXT[status];
  return (
    <span class={`status status-${status}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
