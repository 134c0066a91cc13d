import type { Difference } from '../lib/types';
import type { ArticleLabel } from './format';
import { HighlightedSentence } from './HighlightedSentence';
import { KIND_LABEL } from './kinds';
import { StatusBadge } from './StatusBadge';

export interface FactMatrixProps {
  facts: Difference[];
  /** Column order: the article being read first, then its coverage. */
  articleIds: string[];
  labelOf: (id: string) => ArticleLabel;
  readingId: string;
  onShowInPage: (sentence: string) => void;
}

/**
 * Facts by outlet: one row per fact, one column per outlet; each cell holds that outlet's value in
 * its own sentence, "not reported", or the conflicting value.
 */
export function FactMatrix({ facts, articleIds, labelOf, readingId, onShowInPage }: FactMatrixProps) {
  return (
    <div class="matrix-scroll">
      <table class="matrix">
        <caption class="visually-hidden-text">Details by outlet</caption>
        <thead>
          <tr>
            <th scope="col">Detail</th>
            {articleIds.map((id) => (
              <th scope="col" key={id}>
                {labelOf(id).outlet}
                {id === readingId && <span class="reading-tag"> (you are reading)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.map((fact, row) => (
            <tr key={`${fact.kind}-${fact.label}-${row}`} class={`fact fact-${fact.status}`} data-kind={fact.kind}>
              <th scope="row">
                <span class="fact-kind">{KIND_LABEL[fact.kind]}</span>
                <span class="difference-label">{fact.label}</span>
                <StatusBadge status={fact.status} />
              </th>
              {articleIds.map((id) => {
                const value = fact.values.find((v) => v.articleId === id);
                if (!value) {
                  return (
                    <td key={id} class="cell cell-missing">
                      {fact.missingFrom.includes(id) ? 'not reported' : '—'}
                    </td>
                  );
                }
                return (
                  <td key={id} class={`cell cell-${fact.status}`}>
                    <strong class="cell-value">{value.text}</strong>
                    <HighlightedSentence sentence={value.sentence} value={value.text} />
                    {id === readingId && (
                      <button type="button" class="link-button show-in-page" onClick={() => onShowInPage(value.sentence)}>
                        Show in page
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
