import { useMemo, useState } from 'preact/hooks';
import { requestSites, type FollowOutcome } from '../../lib/browser/feeds/follow';
import { onboardingCatalogue } from './catalogue';
import { FollowProgress, type FollowItem } from './FollowProgress';
import { OutletChoices } from './OutletChoices';
import { saveChoice } from './save-choice';
import { followedOutletIds, groupByRegion, initialChoice, outletFeeds, saveLabel, selectionChanges } from './selection';
import { useFollowedFeeds } from './use-followed-feeds';

interface Run {
  items: FollowItem[];
  outcomes: Map<string, FollowOutcome>;
  finished: boolean;
  /** What was stopped, or why saving failed. */
  note: string | null;
  failed: boolean;
}

/** The onboarding page: choose the outlets to follow, then watch their feeds being read once. */
export function OnboardingApp() {
  const catalogue = useMemo(onboardingCatalogue, []);
  const groups = useMemo(() => groupByRegion(catalogue.outlets), [catalogue]);
  const { followed, reload } = useFollowedFeeds();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [deleteArticles, setDeleteArticles] = useState(false);
  const [run, setRun] = useState<Run | null>(null);

  if (followed.status === 'loading') return <p class="hint" role="status">Reading the outlets you follow…</p>;
  if (followed.status === 'error') {
    return (
      <div class="state state-error" role="alert">
        <h2>Crosscheck could not read the outlets you follow</h2>
        <p>{followed.message}</p>
        <button type="button" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }
  if (catalogue.outlets.length === 0) {
    return (
      <p class="empty" role="status">
        There are no outlets to choose from in this version of Crosscheck. You can still follow a feed by its address on the <a href="/options.html">options page</a>.
      </p>
    );
  }

  const followedIds = followedOutletIds(catalogue.outlets, followed.urls);
  const choice = chosen ?? initialChoice(catalogue.defaults, followedIds);
  const changes = selectionChanges(catalogue.outlets, followedIds, choice, followed.urls);

  function toggle(id: string) {
    const next = new Set(choice);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  }

  function save() {
    // Asked at once, inside the click: browsers only show the permission prompt for a user gesture.
    const allowed = changes.follow.length > 0 ? requestSites(changes.sitesToRequest) : Promise.resolve(true);
    const labels = new Map(changes.follow.flatMap((outlet) => outletFeeds(outlet).map((url) => [url, outlet.name] as const)));
    setRun({ items: changes.feedsToFollow.map((url) => ({ url, label: labels.get(url) ?? url })), outcomes: new Map(), finished: false, note: null, failed: false });
    const onOutcome = (outcome: FollowOutcome) => setRun((current) => current && { ...current, outcomes: new Map(current.outcomes).set(outcome.url, outcome) });
    void saveChoice(changes, allowed, { deleteArticles, onOutcome })
      .then(
        (note) => setRun((current) => current && { ...current, finished: true, note }),
        (error: unknown) => setRun((current) => current && { ...current, finished: true, failed: true, note: `Saving your choice stopped halfway: ${error instanceof Error ? error.message : String(error)}` }),
      )
      .finally(() => void reload());
  }

  if (run) return <RunView run={run} onBack={() => setRun(null)} />;

  const noChange = changes.follow.length === 0 && changes.unfollow.length === 0;
  return (
    <>
      <p class="intro">
        {followedIds.size > 0
          ? `You follow ${followedIds.size} outlet${followedIds.size === 1 ? '' : 's'}. Check or uncheck outlets, then save.`
          : 'Crosscheck finds other coverage of what you read among the articles of the outlets you follow. A balanced selection is checked; change it as you like.'}{' '}
        Crosscheck will ask your permission to read these outlets’ sites, once for all of them, and reads only their feeds and articles. Outlets marked{' '}
        <span class="outlet-state">state-controlled</span> are editorially controlled by a government and never checked for you.
      </p>
      <OutletChoices groups={groups} chosen={choice} disabled={false} onToggle={toggle} />
      <div class="save-bar">
        <span class="hint chosen-count">{choice.size} chosen</span>
        {changes.unfollow.length > 0 && (
          <label class="delete-articles">
            <input type="checkbox" checked={deleteArticles} onChange={(e) => setDeleteArticles((e.currentTarget as HTMLInputElement).checked)} /> Also delete the stored articles of
            outlets I stop following
          </label>
        )}
        <button type="button" class="save-choice primary" disabled={noChange} onClick={save}>
          {noChange ? 'No changes to save' : saveLabel(changes)}
        </button>
      </div>
    </>
  );
}

function RunView({ run, onBack }: { run: Run; onBack: () => void }) {
  const outcomes = [...run.outcomes.values()];
  const ok = outcomes.filter((o) => o.status === 'ok' || o.status === 'already followed').length;
  const refusedAll = outcomes.length > 0 && outcomes.every((o) => o.status === 'permission refused');
  return (
    <section class="run" aria-labelledby="run-heading">
      <h2 id="run-heading">{run.finished ? 'Done' : 'Following your outlets…'}</h2>
      {run.note && (
        <p class={run.failed ? 'run-note feed-status-error' : 'run-note'} role={run.failed ? 'alert' : undefined}>
          {run.note}
        </p>
      )}
      {run.items.length > 0 && <FollowProgress items={run.items} outcomes={run.outcomes} />}
      {run.finished && !run.failed && (
        <div class="run-done">
          {refusedAll ? (
            <p class="feed-status-error">Crosscheck was not allowed to read these outlets’ sites, so it follows none of them. Save again to be asked again.</p>
          ) : (
            run.items.length > 0 && <p>{`Crosscheck follows ${ok} of these ${run.items.length} feeds and will check them regularly.`}</p>
          )}
          <p class="next-step">Open a news article and click Crosscheck.</p>
        </div>
      )}
      {run.finished && (
        <button type="button" class="back-to-choice" onClick={onBack}>
          Change my choice
        </button>
      )}
    </section>
  );
}
