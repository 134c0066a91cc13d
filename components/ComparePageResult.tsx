import { useState } from 'preact/hooks';
import { CoverageList } from './CoverageList';
import { DetailsPending } from './DetailsPending';
import { openOnboarding } from './follow-outlets';
import { FactMatrix } from './FactMatrix';
import { KindTabs, type KindFilter } from './KindTabs';
import { ReadingHeader } from './ReadingHeader';
import { RepublishedCopies } from './RepublishedCopies';
import { resultModel } from './result-model';
import type { ComparisonOk } from './use-comparison';
import { NoCoverageState } from './states';
import { DIFFERENCE_KINDS } from '../lib/core/types';

/** The full comparison: every outlet in its own column, every detail in a row, filterable by kind. */
export interface ComparePageResultProps {
  response: ComparisonOk;
  onRetryDetails: () => void;
  onShowInPage: (sentence: string) => void;
}

export function ComparePageResult({ response, onRetryDetails, onShowInPage }: ComparePageResultProps) {
  const model = resultModel(response);
  const [kind, setKind] = useState<KindFilter>('all');
  const { article } = response.result;
  const { differences } = model;
  const counts = new Map<KindFilter, number>([['all', differences.length]]);
  for (const each of DIFFERENCE_KINDS) {
    const count = differences.filter((d) => d.kind === each).length;
    if (count) counts.set(each, count);
  }
  const facts = kind === 'all' ? differences : differences.filter((d) => d.kind === kind);
  const matrix = (rows: typeof facts) => (
    <FactMatrix facts={rows} articleIds={[article.id, ...model.sameStory.map((r) => r.id)]} labelOf={model.labelOf} readingId={article.id} onShowInPage={onShowInPage} />
  );
  const first = facts.filter((d) => d.shown);
  const rest = facts.filter((d) => !d.shown);
  return (
    <div class="result result-page">
      <ReadingHeader article={article} label={model.labelOf(article.id)} />
      {model.sameStory.length === 0 ? (
        <NoCoverageState searched={response} onFollowMore={openOnboarding} />
      ) : (
        <>
          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Same story ({model.sameStory.length})</h2>
            <CoverageList items={model.sameStory} labelOf={model.labelOf} label="Coverage of this story" />
          </section>
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">Details by outlet</h2>
            {response.details.status !== 'ok' ? (
              <DetailsPending details={response.details} onRetry={onRetryDetails} />
            ) : (
              <>
            <p class="summary">
              {model.disagreements.filter((d) => d.status === 'conflict').length} conflicts · {model.disagreements.filter((d) => d.status === 'partial').length}{' '}
              reported by only some · {model.corroborated} corroborated by all
            </p>
            <KindTabs counts={counts} selected={kind} onSelect={setKind} panelId="details-panel" />
            <div role="tabpanel" id="details-panel" aria-labelledby={`tab-${kind}`}>
              {first.length > 0 && matrix(first)}
              {rest.length > 0 && (
                <details class="minor-details" open={first.length === 0}>
                  <summary>
                    {rest.length} more detail{rest.length === 1 ? '' : 's'}, less telling
                  </summary>
                  {matrix(rest)}
                </details>
              )}
            </div>
              </>
            )}
          </section>
        </>
      )}
      <RepublishedCopies model={model} />
      {model.related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related stories</h2>
          <CoverageList items={model.related} labelOf={model.labelOf} label="Related stories" />
        </section>
      )}
    </div>
  );
}
