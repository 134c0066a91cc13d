import type { AnalysedArticle } from '../text/analyse';
import type { Difference, DifferenceValue } from '../types';

/** A difference before it is ranked. */
export type DraftDifference = Omit<Difference, 'rank' | 'shown'>;

/** A difference with how much it matters to a reader, for ranking and choosing what is shown. */
export interface Ranked {
  difference: DraftDifference;
  /** Order within a kind: more outlets, more mentions, earlier. */
  salience: number;
  /** How much it changes what a reader knows; 0 keeps it out of the cards shown by default. */
  substance: number;
  /** A conflict of who said a quotation: its values are the speakers outlets name. */
  whoSaid?: true;
}

export function valueOf(analysed: AnalysedArticle, text: string, normalized: string, sentence: string): DifferenceValue {
  return { articleId: analysed.article.id, source: analysed.article.source, text, normalized, sentence };
}

/** One value per article (its first), the articles without one, and the status that follows. */
export function differenceOf(
  articles: AnalysedArticle[],
  kind: Difference['kind'],
  label: string,
  values: DifferenceValue[],
  conflict = false,
): DraftDifference {
  const present = new Set(values.map((v) => v.articleId));
  const missingFrom = articles.map((a) => a.article.id).filter((id) => !present.has(id));
  const status = conflict ? 'conflict' : missingFrom.length === 0 ? 'consensus' : 'partial';
  return { kind, status, label, values, missingFrom };
}

/** Keeps the first value of each article. */
export function firstPerArticle(values: DifferenceValue[]): DifferenceValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.articleId) && seen.add(v.articleId));
}

/** Where a value is written as a whole in its sentence: "7" in "on 7 of the 9 counts", not in "2017"; else its first writing. */
export function writtenAt(sentence: string, value: string): number {
  const joined = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = sentence.indexOf(value); at >= 0; at = sentence.indexOf(value, at + 1)) {
    if (!(joined(value[0]) && joined(sentence[at - 1])) && !(joined(value[value.length - 1]) && joined(sentence[at + value.length]))) return at;
  }
  return sentence.indexOf(value);
}
