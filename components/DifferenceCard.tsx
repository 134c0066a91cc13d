import { useState } from 'preact/hooks';
import type { Difference } from '../lib/core/types';
import { DayReadAs } from './DayReadAs';
import { shortValue, type ArticleLabel } from './format';
import { HighlightedSentence } from './HighlightedSentence';
import { KIND_NAME } from './kinds';
import { StatusBadge } from './StatusBadge';

export interface DifferenceCardProps {
  difference: Difference;
  labelOf: (articleId: string) => ArticleLabel;
  /** The article on screen: its values can be shown on the page. */
  readingId: string;
  onShowInPage?: (sentence: string) => void;
}

/** One detail: every outlet's value side by side, the sentences behind them on demand. */
export function DifferenceCard({ difference, labelOf, readingId, onShowInPage }: DifferenceCardProps) {
  const [open, setOpen] = useState(false);
  const { kind, status, label, values, missingFrom, closest = [] } = difference;
  const sentencesId = `sentences-${difference.rank}`;
  return (
    <li class={`difference difference-${status}`} data-kind={kind} data-status={status} data-id={`difference-${difference.rank}`} tabIndex={0}>
      <div class="difference-head">
        <span class="fact-kind">{KIND_NAME[kind]}</span>
        <StatusBadge status={status} />
      </div>
      <p class="difference-label">{label}</p>
      <dl class="values">
        {values.map((v) => (
          <div class={v.inOtherWords ? 'value-row value-maybe' : 'value-row'} key={v.articleId}>
            <dt class="value-source">{labelOf(v.articleId).outlet}</dt>
            <dd class="value-text">
              {v.inOtherWords && <span class="maybe-tag">may say it in other words: </span>}
              {shortValue(v.text)}
              <DayReadAs kind={kind} value={v} />
            </dd>
          </div>
        ))}
        {missingFrom.map((id) => (
          <div class="value-row value-missing" key={id}>
            <dt class="value-source">{labelOf(id).outlet}</dt>
            <dd class="value-text">not reported</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="link-button" aria-expanded={open} aria-controls={sentencesId} onClick={() => setOpen(!open)}>
        {open ? 'Hide sentences' : 'Show sentences'}
      </button>
      {open && (
        <ul class="sentences" id={sentencesId}>
          {values.map((v) => (
            <li key={v.articleId}>
              <span class="value-source">{labelOf(v.articleId).outlet}: </span>
              <HighlightedSentence sentence={v.sentence} value={v.text} />
              {v.articleId === readingId && onShowInPage && (
                <button type="button" class="link-button show-in-page" onClick={() => onShowInPage(v.sentence)}>
                  Show in page
                </button>
              )}
            </li>
          ))}
          {closest.map((c) => (
            <li key={c.articleId} class="closest">
              <span class="value-source">{labelOf(c.articleId).outlet}: </span>
              <span class="maybe-tag">not reported; the nearest it comes: </span>“{c.sentence}”
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
