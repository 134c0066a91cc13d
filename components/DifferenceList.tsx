import type { Difference } from '../lib/types';
import { DifferenceCard, type DifferenceCardProps } from './DifferenceCard';
import { KIND_LABEL, KINDS } from './kinds';

type SharedCardProps = Omit<DifferenceCardProps, 'difference'>;

/** Differences grouped by kind, each group a labelled list. */
export function DifferenceList({ differences, ...card }: { differences: Difference[] } & SharedCardProps) {
  return (
    <div class="differences">
      {KINDS.filter((kind) => differences.some((d) => d.kind === kind)).map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{KIND_LABEL[kind]}</h3>
          <ul class="difference-list" aria-labelledby={`kind-${kind}`}>
            {differences
              .filter((d) => d.kind === kind)
              .map((d, index) => (
                <DifferenceCard key={`${d.label}-${index}`} difference={d} {...card} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
