import type { FollowOutcome, FollowStatus } from '../../lib/browser/feeds/follow';
import './follow-progress.css';

export interface FollowItem {
  url: string;
  /** What the reader knows the feed by (its outlet, or its title in an OPML file). */
  label: string;
}

const STATUS_CLASS: Record<FollowStatus, string> = {
  ok: 'follow-ok',
  'already followed': 'follow-ok',
  unreachable: 'follow-problem',
  'not a feed': 'follow-problem',
  'permission refused': 'follow-problem',
  'not a web address': 'follow-problem',
};

/** A progress bar over feeds being followed, and each feed's status as it comes. */
export function FollowProgress({ items, outcomes }: { items: FollowItem[]; outcomes: ReadonlyMap<string, FollowOutcome> }) {
  const done = items.filter((item) => outcomes.has(item.url)).length;
  const label = done < items.length ? `Reading feeds: ${done} of ${items.length}` : `Read all ${items.length} feed${items.length === 1 ? '' : 's'}`;
  return (
    <div class="follow-progress">
      <div role="status">
        <progress max={Math.max(1, items.length)} value={done} aria-label={label} />
        <span class="hint follow-count">{label}</span>
      </div>
      <ul class="follow-list">
        {items.map((item) => {
          const outcome = outcomes.get(item.url);
          return (
            <li key={item.url} class="follow-item" data-url={item.url} data-status={outcome?.status ?? 'waiting'}>
              <span class="follow-label">{item.label}</span>{' '}
              <span class={`follow-status ${outcome ? STATUS_CLASS[outcome.status] : 'hint'}`}>{outcome?.status ?? 'waiting'}</span>
              {outcome && <span class="hint follow-detail"> {outcome.detail}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
