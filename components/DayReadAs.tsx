import type { DifferenceKind, DifferenceValue } from '../lib/core/types';
import { dayReadAs } from './format';

/** After a day told as a weekday, the date it was read as, in brackets; nothing for any other value. */
export function DayReadAs({ kind, value }: { kind: DifferenceKind; value: DifferenceValue }) {
  const day = dayReadAs(kind, value);
  return day ? <span class="day-read-as"> ({day})</span> : null;
}
