import type { Difference } from '../lib/core/types';
import { DifferenceCard, type DifferenceCardProps } from './DifferenceCard';

type SharedCardProps = Omit<DifferenceCardProps, 'difference'>;

/** Differences in the engine's ranking: what changes most what a reader knows first. */
export function DifferenceList({ differences, ...card }: { differences: Difference[] } & SharedCardProps) {
  return (
    <ol class="difference-list" aria-label="Differences, most telling first">
      {differences.map((d) => (
        <DifferenceCard key={`${d.rank}-${d.label}`} difference={d} {...card} />
      ))}
    </ol>
  );
}
