import { useState } from 'preact/hooks';
import { CoverageList } from './CoverageList';
import { DetailsPending } from './DetailsPending';
import { openOnboarding } from './follow-outlets';
import { DifferenceList } from './DifferenceList';
import { ReadingHeader } from './ReadingHeader';
import { RepublishedCopies } from './RepublishedCopies';
import { resultModel } from './result-model';
import type { ComparisonOk } from './use-comparison';
import { NoCoverageState } from './states';

export interface PopupResultProps {
  response: ComparisonOk;
  onRetryDetails: () => void;
  onShowInPage: (sentence: string) => void;
  onOpenComparison: () => void;
}

/** The popup's answer: who else covered it, and the details that differ, most telling first. */
export function PopupResult({ response, onRetryDetails, onShowInPage, onOpenComparison }: PopupResultProps) {
  const model = resultModel(response);
  const [showAll, setShowAll] = useState(false);
  const { article } = response.result;
  const shown = showAll ? model.disagreements : model.shown;
  const conflicts = model.disagreements.filter((d) => d.status === 'conflict').length;
  return (
    <div class="result">
      <ReadingHeader article={article} label={model.labelOf(article.id)} />
      {model.sameStory.length === 0 ? (
        <NoCoverageState searched={response} onFollowMore={openOnboarding} />
      ) : (
        <>
          <p class="summary">
            <strong>{model.sameStory.length}</strong> other outlet{model.sameStory.length === 1 ? '' : 's'}
            {response.details.status === 'ok' && (
              <>
                {' '}
                · <strong>{conflicts}</strong> conflict{conflicts === 1 ? '' : 's'} · <strong>{model.corroborated}</strong> corroborated fact
                {model.corroborated === 1 ? '' : 's'}
              </>
            )}
          </p>
          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Same story</h2>
            <CoverageList items={model.sameStory} labelOf={model.labelOf} label="Coverage of this story" />
          </section>
          <section aria-labelledby="differences-heading">
            <div class="section-head">
              <h2 id="differences-heading">Differences</h2>
              <button type="button" class="link-button" onClick={onOpenComparison}>
                Open full comparison
              </button>
            </div>
            {response.details.status !== 'ok' ? (
              <DetailsPending details={response.details} onRetry={onRetryDetails} />
            ) : shown.length > 0 ? (
              <DifferenceList differences={shown} labelOf={model.labelOf} readingId={article.id} onShowInPage={onShowInPage} />
            ) : model.disagreements.length > 0 ? (
              <p class="empty">No difference stands out: the outlets differ only in minor details.</p>
            ) : (
              <p class="empty">The outlets agree on every detail Crosscheck found.</p>
            )}
            {model.disagreements.length > shown.length && (
              <button type="button" class="more" onClick={() => setShowAll(true)}>
                Show all {model.disagreements.length} differences
              </button>
            )}
          </section>
        </>
      )}
      <RepublishedCopies model={model} />
      {model.related.length > 0 && (
        <details class="related">
          <summary>Related stories ({model.related.length})</summary>
          <CoverageList items={model.related} labelOf={model.labelOf} label="Related stories" />
        </details>
      )}
    </div>
  );
}
