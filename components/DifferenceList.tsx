import type { Difference, DifferenceKind } from '../lib/types';

const KIND_LABEL: Record<DifferenceKind, string> = {
  number: 'Numbers',
  date: 'Dates',
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  quote: 'Quotes',
  claim: 'Claims',
};
const STATUS_LABEL = { conflict: 'Conflict', partial: 'Only some report it', consensus: 'All agree' } as const;

export function DifferenceList({ differences, sourceOf }: { differences: Difference[]; sourceOf: (articleId: string) => string }) {
  const kinds = (Object.keys(KIND_LABEL) as DifferenceKind[]).filter((kind) => differences.some((d) => d.kind === kind));
  return (
    <div class="differences">
      {kinds.map((kind) => (
        <section key={kind} aria-label={KIND_LABEL[kind]}>
          <h3>{KIND_LABEL[kind]}</h3>
          <ul class="difference-list">
            {differences
              .filter((d) => d.kind === kind)
              .map((d, index) => (
                <li key={`${d.label}-${index}`} class={`difference difference-${d.status}`} data-kind={d.kind} data-status={d.status}>
                  <div class="difference-head">
                    <span class="difference-label">{d.label}</span>
                    <span class={`status status-${d.status}`}>{STATUS_LABEL[d.status]}</span>
                  </div>
                  <ul class="values">
                    {d.values.map((v) => (
                      <li key={v.articleId} title={v.sentence}>
                        <span class="value-source">{sourceOf(v.articleId)}</span>: <span class="value-text">{v.text}</span>
                      </li>
                    ))}
                  </ul>
                  {d.missingFrom.length > 0 && (
                    <div class="missing">Not in: {d.missingFrom.map(sourceOf).join(', ')}</div>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
