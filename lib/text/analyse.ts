import type { Article } from '../types';
import { figures, type Figure } from './figures';
import { names } from './names';
import { sentences } from './sentences';

/** A value found in an article, with the sentence it came from. */
export interface Mention<T> {
  value: T;
  sentence: string;
}

export interface AnalysedArticle {
  article: Pick<Article, 'id' | 'source' | 'title' | 'publishedAt' | 'text'>;
  sentences: string[];
  figures: Mention<Figure>[];
  names: Mention<string>[];
}

export function analyse(article: AnalysedArticle['article']): AnalysedArticle {
  const split = sentences(article.text);
  const found: AnalysedArticle = { article, sentences: split, figures: [], names: [] };
  for (const sentence of split) {
    for (const figure of figures(sentence)) found.figures.push({ value: figure, sentence });
    for (const name of names(sentence)) found.names.push({ value: name, sentence });
  }
  return found;
}
