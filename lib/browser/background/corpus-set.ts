import type { RecordLookup, SearchableCorpus } from '../../core/engine';
import { compareOutlets } from '../../core/match/evidence';
import type { Matcher, MatchOptions } from '../../core/match/matcher';
import { DEFAULT_TOP, type Article, type CorpusRecord, type RelatedArticle } from '../../core/types';

/** Where some of the matched articles' texts are kept (the bundle's texts file, the reader's store), and which ids it holds. */
export interface RecordSource {
  holds(id: string): boolean;
  records: RecordLookup;
}

/** Results asked of the matcher beyond those shown, so that copies left out do not shorten the list. */
const COPY_ROOM = 10;

/**
 * The articles of several sources (the bundled corpus and the reader's own) matched as one, on one
 * index, so that they share one idf and their scores compare. Each text is read from the first
 * source that holds its id. A copy of an article an earlier source lists (the reader compared a
 * page whose article is bundled: nearly the same words, same or unknown outlet) is left out, while
 * the same text from another outlet (a republished wire story) is kept.
 */
export class CorpusSet implements SearchableCorpus {
  constructor(
    private readonly matcher: Matcher,
    private readonly sources: RecordSource[],
  ) {}

  get size(): number {
    return this.matcher.size;
  }

  async records(ids: string[]): Promise<CorpusRecord[]> {
    const found = new Map<string, CorpusRecord>();
    for (const source of this.sources) {
      const wanted = ids.filter((id) => !found.has(id) && source.holds(id));
      if (wanted.length > 0) for (const record of await source.records(wanted)) found.set(record.id, record);
    }
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  async match(article: Article, options: MatchOptions = {}): Promise<RelatedArticle[]> {
    const top = options.top ?? DEFAULT_TOP;
    const listed = this.matcher.match(article, { ...options, top: top + COPY_ROOM });
    const texts = new Map((await this.records(listed.map((r) => r.id))).map((record) => [record.id, record.text]));
    const sourceOf = (id: string) => this.sources.findIndex((source) => source.holds(id));
    // Earlier sources first, so that of an article and its copy, the earlier source's is kept.
    const bySource = listed.map((related) => ({ related, source: sourceOf(related.id) })).sort((a, b) => a.source - b.source);
    const kept: { source: number; outlet: string | null; words: Set<string> }[] = [];
    const copies = new Set<string>();
    for (const { related, source } of bySource) {
      const words = wordSet(texts.get(related.id) ?? '');
      if (kept.some((other) => other.source !== source && compareOutlets(other.outlet, related.source) !== 'different' && overlap(other.words, words) >= COPY_OVERLAP)) {
        copies.add(related.id);
        continue;
      }
      kept.push({ source, outlet: related.source, words });
    }
    return listed.filter((related) => !copies.has(related.id)).slice(0, top);
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
