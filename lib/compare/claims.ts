import type { AnalysedArticle } from '../text/analyse';
import { similarity } from './align';
import { clusters } from './clusters';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

interface SentenceRef {
  analysed: AnalysedArticle;
  index: number;
}

/** Sentences this alike say the same thing; below it, a shared name or two is coincidence. */
const SAME_CLAIM = 0.34;
const NEGATION = /\b(?:not|no|never|neither|nor|denied|denies|refused|refuses|rejected|rejects)\b|n[’']t\b/i;
const MAX_LABEL = 160;

/**
 * Claims: sentences of different articles that say the same thing (each the other's closest
 * match, above SAME_CLAIM) form one claim. A claim some outlets make and others do not is
 * `partial`; one that a sentence makes and an aligned sentence negates is a `conflict`. Quotations
 * are left to the quote comparer.
 */
export function compareClaims(articles: AnalysedArticle[]): Ranked[] {
  const nodes: SentenceRef[] = articles.flatMap((analysed) =>
    analysed.sentences.flatMap((sentence, index) => (/^["“‘]/.test(sentence) ? [] : [{ analysed, index }])),
  );
  const best = new Map<string, number>();
  const key = (ref: SentenceRef, other: AnalysedArticle) => `${ref.analysed.article.id}\u0000${ref.index}\u0000${other.article.id}`;
  for (const ref of nodes) {
    for (const other of articles) {
      if (other === ref.analysed) continue;
      let top = -1;
      let topScore = SAME_CLAIM;
      other.terms.forEach((terms, i) => {
        const score = similarity(ref.analysed.terms[ref.index], terms);
        if (score >= topScore) [top, topScore] = [i, score];
      });
      best.set(key(ref, other), top);
    }
  }
  const mutual = (a: SentenceRef, b: SentenceRef) =>
    a.analysed !== b.analysed && best.get(key(a, b.analysed)) === b.index && best.get(key(b, a.analysed)) === a.index;
  return clusters(nodes, mutual)
    .filter((group) => new Set(group.map((r) => r.analysed)).size > 1)
    .map((group) => {
      const values = firstPerArticle(group.map((r) => valueOf(r.analysed, r.analysed.sentences[r.index], sharedTerms(group), r.analysed.sentences[r.index])));
      const negated = values.map((v) => NEGATION.test(v.sentence));
      const conflict = negated.some(Boolean) && !negated.every(Boolean);
      const shortest = values.map((v) => v.sentence).sort((a, b) => a.length - b.length)[0];
      const label = shortest.length > MAX_LABEL ? `${shortest.slice(0, MAX_LABEL)}…` : shortest;
      return { difference: differenceOf(articles, 'claim', label, values, conflict), salience: values.length };
    });
}

/** The content terms every sentence of the claim shares: what the claim is about. */
function sharedTerms(group: SentenceRef[]): string {
  const [first, ...rest] = group.map((r) => r.analysed.terms[r.index]);
  return [...first].filter((t) => rest.every((terms) => terms.has(t))).join(' ');
}
