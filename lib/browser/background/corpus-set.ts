import type { BundleArticle } from '../../core/corpus/bundle';
import type { SearchableCorpus } from '../../core/engine';
import { compareOutlets } from '../../core/match/evidence';
import type { MatchOptions } from '../../core/match/matcher';
import { DEFAULT_TOP, type Article, type RelatedArticle } from '../../core/types';

/**
 * Several corpora searched as one (the bundled corpus and the reader's own). Results are merged
 * by score; an article held by more than one corpus counts once, with its best score, and is read
 * from the first corpus that has it. A stored copy of an article another corpus already lists (the
 * reader compared a page whose article is bundled: nearly the same words, same or unknown outlet) is left
 * out, while the same text from another outlet (a republished wire story) is kept.
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
    const kept: { corpus: number; source: string | null; words: Set<string> }[] = [];
    this.corpora.forEach((corpus, index) => {
      for (const related of corpus.match(article, options)) {
        const seen = best.get(related.id);
        if (seen) {
          if (related.score > seen.score) best.set(related.id, related);
          continue;
        }
        const words = wordSet(corpus.article(related.id)?.text ?? '');
        const copy = kept.some((other) => other.corpus !== index && compareOutlets(other.source, related.source) !== 'different' && overlap(other.words, words) >= COPY_OVERLAP);
        if (copy) continue;
        kept.push({ corpus: index, source: related.source, words });
        best.set(related.id, related);
      }
    });
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.top ?? DEFAULT_TOP);
  }
}

/** Share of words two texts have in common above which one is a copy of the other (extraction may differ a little). */
const COPY_OVERLAP = 0.85;

function wordSet(text: string): Set<string> {
  return new Set(text.slice(0, 20_000).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Jaccard overlap of two word sets. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
