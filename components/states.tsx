import type { Article } from '../lib/types';

/** Placeholder shaped like the result, so nothing jumps when it arrives. */
export function LoadingState() {
  return (
    <div class="state state-loading" role="status" aria-live="polite" aria-busy="true">
      <p class="visually-hidden-text">Reading the article and searching the corpus…</p>
      <div class="skeleton" aria-hidden="true">
        <div class="skeleton-block short" />
        <div class="skeleton-block" />
        <div class="skeleton-card" />
        <div class="skeleton-card" />
        <div class="skeleton-card" />
      </div>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="state state-error" role="alert">
      <h2>Crosscheck couldn't compare this page</h2>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function NotArticleState({ article, note, onCompareAnyway }: { article: Article; note: string | null; onCompareAnyway: () => void }) {
  return (
    <div class="state state-not-article" role="status">
      <h2>This page doesn't look like an article</h2>
      <p>
        {article.title ? `“${article.title}” ` : 'This page '}
        looks like a home, section or search page. Crosscheck compares one news article with other outlets' reports of the same story.
      </p>
      {note && <p class="notice">{note}</p>}
      <button type="button" onClick={onCompareAnyway}>
        Compare anyway
      </button>
    </div>
  );
}

/** Nothing matched: say what was searched, and how to give Crosscheck more to search. */
export function NoCoverageState({ corpusSize, searchedFor }: { corpusSize: number; searchedFor: string[] }) {
  return (
    <div class="state state-no-coverage" role="status">
      <h2>No other coverage found</h2>
      <p>
        Crosscheck searched the {corpusSize} article{corpusSize === 1 ? '' : 's'} it knows
        {searchedFor.length > 0 && <> for {searchedFor.join(', ')}</>} and found no other outlet's report of this story.
      </p>
      <p>
        To search more outlets, import articles or follow outlets' feeds on{' '}
        <a href="/options.html" target="_blank" rel="noopener">
          Crosscheck's options page
        </a>
        ; every article you compare is remembered there too. You can also bundle a corpus into the extension (see “Bundle your own corpus” in the
        README: <code>CROSSCHECK_CORPUS=news.jsonl npm run build</code>).
      </p>
    </div>
  );
}
