import { clauseAround } from '../lib/core/compare/card-label';
import type { Difference, DifferenceValue } from '../lib/core/types';
import { DayReadAs } from './DayReadAs';
import { shortValue, type ArticleLabel } from './format';
import { HighlightedSentence } from './HighlightedSentence';
import { KIND_NAME } from './kinds';
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
 * a short clause of its sentence (the whole sentence on hover), "not reported" (with the outlet's
 * nearest sentence on hover), or the conflicting value.
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
                <span class="fact-kind">{KIND_NAME[fact.kind]}</span>
                <StatusBadge status={fact.status} />
              </th>
              {articleIds.map((id) => {
                const value = fact.values.find((v) => v.articleId === id);
                if (!value) {
                  return (
                    <td key={id} class="cell cell-missing" title={nearest(fact, id)}>
                      {fact.missingFrom.includes(id) ? 'not reported' : '—'}
                    </td>
                  );
                }
                return (
                  <td key={id} class={`cell cell-${fact.status}`} title={value.sentence}>
                    <CellText kind={fact.kind} value={value} />
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

/** What a silent outlet says nearest to the detail, shown on hover over its "not reported". */
function nearest(fact: Difference, articleId: string): string | undefined {
  const sentence = fact.closest?.find((c) => c.articleId === articleId)?.sentence;
  return sentence && `Nearest it comes: “${sentence}”`;
}

/** A quote or claim is its own words, shortened; any other value is marked in a clause of its sentence. */
function CellText({ kind, value }: { kind: Difference['kind']; value: DifferenceValue }) {
  const maybe = value.inOtherWords && <span class="maybe-tag">may say it in other words: </span>;
  if (kind === 'quote' || kind === 'claim') return <span class="sentence">{maybe}“{shortValue(value.text)}”</span>;
  return (
    <>
      {maybe}
      <HighlightedSentence sentence={clauseAround(value.sentence, value.text)} value={value.text} />
      <DayReadAs kind={kind} value={value} />
    </>
  );
}
