import { useState } from 'preact/hooks';
import type { ExpiringCounts } from '../../lib/browser/store/requests';
import { KEEP_FEED_DAYS_CHOICES, type KeepFeedDays } from '../../lib/browser/store/retention';

/** "Keep feed entries for …": the choice, what it would remove now, and what is always kept. */
export function KeepFeedEntries({ keep, expiring, onSave }: { keep: KeepFeedDays; expiring: ExpiringCounts; onSave: (keep: KeepFeedDays) => Promise<number> }) {
  const [chosen, setChosen] = useState<KeepFeedDays>(keep);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const removable = chosen === 'forever' ? 0 : expiring[chosen];

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const removed = await onSave(chosen);
      setMessage({ text: `Feed entries are now kept ${keptFor(chosen)}.${removed > 0 ? ` Removed ${entries(removed)}.` : ''}`, error: false });
    } catch (error) {
      setMessage({ text: `Your choice could not be applied: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="options-section keep-feed-entries" aria-labelledby="keep-heading">
      <h2 id="keep-heading">Old feed entries</h2>
      <form class="row" onSubmit={(event) => void save(event)}>
        <label>
          Keep feed entries{' '}
          <select class="keep-feed-days" value={String(chosen)} onChange={(e) => setChosen(choiceOf((e.currentTarget as HTMLSelectElement).value, keep))}>
            {KEEP_FEED_DAYS_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                {keptFor(choice)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="keep-feed-save" disabled={busy || chosen === keep}>
          Save
        </button>
      </form>
      <p class="keep-feed-preview" role="status">
        {preview(chosen, keep, removable)}
      </p>
      <p class="hint">
        Counted from the day Crosscheck stored the entry. Older entries are removed after each feed check. Articles you compared or imported are always kept
        until you delete them.
      </p>
      {message && (
        <p class={message.error ? 'feed-status-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function preview(chosen: KeepFeedDays, keep: KeepFeedDays, removable: number): string {
  if (chosen === 'forever') return 'Feed entries will never be removed.';
  if (removable === 0) return `No feed entry is older than ${period(chosen)}.`;
  const older = `${entries(removable)} older than ${period(chosen)}`;
  return chosen === keep ? `${older} will be removed after the next feed check.` : `Saving removes ${older}.`;
}

/** "for 30 days", "for 1 year", "forever". */
function keptFor(keep: KeepFeedDays): string {
  return keep === 'forever' ? 'forever' : `for ${period(keep)}`;
}

function period(days: Exclude<KeepFeedDays, 'forever'>): string {
  return days === 365 ? '1 year' : `${days} days`;
}

function entries(count: number): string {
  return count === 1 ? '1 feed entry' : `${count} feed entries`;
}

function choiceOf(value: string, fallback: KeepFeedDays): KeepFeedDays {
  return KEEP_FEED_DAYS_CHOICES.find((choice) => String(choice) === value) ?? fallback;
}
