import { useState } from 'preact/hooks';
import { followFeeds, requestSites, type FollowOutcome } from '../../lib/browser/feeds/follow';
import { sitePatterns } from '../../lib/browser/feeds/origins';
import { parseOpml, writeOpml, type OpmlImport } from '../../lib/core/feeds/opml';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import { FollowProgress } from '../onboarding/FollowProgress';
import { downloadBlob, today } from './download';
import { describeOpmlProblem, importSummary } from './opml-report';

interface ChosenFile extends OpmlImport {
  name: string;
}

/** Followed feeds in and out as OPML, the format every feed reader imports and exports. */
export function OpmlPanel({ onFollowed }: { onFollowed: () => void }) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [outcomes, setOutcomes] = useState<Map<string, FollowOutcome> | null>(null);
  const [finished, setFinished] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportFeeds() {
    setError(null);
    try {
      const feeds = await sendMessage('listFeeds', {});
      downloadBlob(new Blob([writeOpml(feeds.map((feed) => ({ url: feed.url, title: feed.title ?? feed.url })))], { type: 'text/x-opml' }), `crosscheck-feeds-${today()}.opml`);
    } catch (cause) {
      setError(`Your feeds could not be exported: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  async function choose(input: HTMLInputElement) {
    setOutcomes(null);
    setFinished(false);
    setError(null);
    const chosen = input.files?.[0];
    if (!chosen) return setFile(null);
    try {
      setFile({ name: chosen.name, ...parseOpml(await chosen.text()) });
    } catch (cause) {
      setFile(null);
      setError(`${chosen.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  function follow(feeds: string[]) {
    // Asked at once, inside the click, for every site of the file: one prompt, not one per feed.
    const allowed = requestSites(sitePatterns(feeds));
    setOutcomes(new Map());
    setFinished(false);
    void followFeeds(feeds, allowed, (outcome) => setOutcomes((current) => new Map(current).set(outcome.url, outcome)))
      .catch((cause: unknown) => setError(`The import stopped: ${cause instanceof Error ? cause.message : String(cause)}`))
      .finally(() => {
        setFinished(true);
        onFollowed();
      });
  }

  const running = outcomes !== null && !finished;
  return (
    <section class="options-section opml-panel" aria-labelledby="opml-heading">
      <h2 id="opml-heading">Feeds as OPML</h2>
      <p class="hint">Move the feeds you follow to or from a feed reader. Importing asks your permission once for every site in the file.</p>
      <div class="row">
        <button type="button" class="opml-export" onClick={() => void exportFeeds()}>
          Export followed feeds (OPML)
        </button>
        <label class="opml-import">
          Import OPML{' '}
          <input type="file" accept=".opml,.xml,text/xml,text/x-opml" disabled={running} onChange={(event) => void choose(event.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      {error && (
        <p class="feed-status-error" role="alert">
          {error}
        </p>
      )}
      {file && (
        <div class="opml-file">
          <p class="opml-found">
            {file.feeds.length === 0 ? `${file.name} lists no feed Crosscheck can follow.` : `${file.name} lists ${file.feeds.length} feed${file.feeds.length === 1 ? '' : 's'}.`}
          </p>
          {file.feeds.length > 0 && outcomes === null && (
            <button type="button" class="opml-follow" onClick={() => follow(file.feeds.map((feed) => feed.url))}>
              Follow {file.feeds.length} feed{file.feeds.length === 1 ? '' : 's'}
            </button>
          )}
          {outcomes && <FollowProgress items={file.feeds.map((feed) => ({ url: feed.url, label: feed.title }))} outcomes={outcomes} />}
          {finished && outcomes && <p class="opml-summary">{importSummary([...outcomes.values()], file.problems)}</p>}
          {file.problems.length > 0 && (
            <ul class="rejections opml-problems" aria-label="Outlines left out">
              {file.problems.map((problem, i) => (
                <li class="rejection" key={i}>
                  {describeOpmlProblem(problem)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
