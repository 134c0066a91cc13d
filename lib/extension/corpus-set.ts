import type { BundleArticle } from '../corpus/bundle';
import type { MatchOptions } from '../match/matcher';
import type { Article, RelatedArticle } from '../types';

/** What a comparison needs of a corpus; a Matcher is one. */
export interface SearchableCorpus {
  readonly size: number;
  article(id: string): BundleArticle | undefined;
  match(article: Article, options?: MatchOptions): RelatedArticle[];
}

/**
 * Several corpora searched as one (the bundled corpus and the reader's own). Results are merged
 * by score; an article held by more than one corpus counts once, with its best score, and is read
 * from the first corpus that has it. A stored copy of an article another corpus already lists (the
 * reader compared a page whose article is bundled: same text, same or unknown outlet) is left out,
 * while the same text from another outlet (a republished wire story) is kept.
 */
export class CorpusSet implements SearchableCorpus {
  constructor(private readonly corpora: SearchableCorpus[]) {}

  get size(): number {
    return this.corpora.reduce((sum, corpus) => sum + corpus.size, 0);
  }

  article(id: string): BundleArticle | undefined {
    for (const corpus of this.corpora) {
      const found = corpus.article(id);
      if (found) return found;
    }
    return undefined;
  }

  match(article: Article, options: MatchOptions = {}): RelatedArticle[] {
    const best = new Map<string, RelatedArticle>();
    const sourcesByText = new Map<string, (string | null)[]>();
    for (const corpus of this.corpora) {
      for (const related of corpus.match(article, options)) {
        const seen = best.get(related.id);
        if (seen) {
          if (related.score > seen.score) best.set(related.id, related);
          continue;
        }
        const text = textKey(corpus.article(related.id)?.text ?? '');
        const sources = sourcesByText.get(text) ?? [];
        if (text && sources.some((source) => sameOutlet(source, related.source))) continue;
        sourcesByText.set(text, [...sources, related.source]);
        best.set(related.id, related);
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.top ?? 20);
  }
}

/** Text compared for copies: case, spacing and punctuation aside. */
function textKey(text: string): string {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words ? `${words.length}:${words.slice(0, 4_000)}` : '';
}

function sameOutlet(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.trim().toLowerCase() === b.trim().toLowerCase();
}
