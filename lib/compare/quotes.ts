import { normalizeName, type Entity } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import type { Quote } from '../text/quotes';
import { STOPWORDS } from '../text/stopwords';
import { words } from '../text/terms';
import { clusters } from './clusters';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

interface QuoteMention {
  analysed: AnalysedArticle;
  quote: Quote;
  tokens: QuoteWord[];
  speaker: Entity | undefined;
}

/** A word of a quote, whether it ends one of the quote's sentences, and whether words were left out after it. */
export interface QuoteWord {
  word: string;
  endsSentence: boolean;
  /** An ellipsis ("…", "...", "[...]") follows: the outlet marked words as left out. */
  elidedAfter: boolean;
  /** The quote's first word is capitalised: it quotes whole sentences, not a fragment. */
  opensSentence: boolean;
}

/** Matched words of two wordings, and the words each has inside the stretch both quote. */
interface Alignment {
  matched: number;
  onlyA: string[];
  onlyB: string[];
}

const MIN_SHARED_WORDS = 4;
const MIN_SHARED_SHARE = 0.5;
/** Words between two matches beyond which the matches belong to different stretches. */
const MAX_GAP = 4;

/**
 * Quotes. Two quotes are one quotation when their speakers agree (or one is unknown) and at
 * least half of the shorter one's words appear, in order, in the other. Quoting more or less of
 * it is not a difference; words changed inside the stretch both quote are (a `conflict` that lists
 * what changed). A quotation only some outlets carry is `partial`.
 */
export function compareQuotes(articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined): Ranked[] {
  const mentions: QuoteMention[] = articles.flatMap((analysed) =>
    analysed.quotes.map((quote) => ({ analysed, quote, tokens: quoteWords(quote.text), speaker: quote.speaker ? resolve(quote.speaker) : undefined })),
  );
  const groups = clusters(mentions, sameQuotation);
  return groups.map((group) => {
    const speaker = group.find((m) => m.speaker)?.speaker?.label ?? group.find((m) => m.quote.speaker)?.quote.speaker ?? 'Unattributed';
    const change = firstChange(group);
    // The two wordings that differ come first, so each outlet shows the quote that changed.
    const ordered = change ? [...change.pair, ...group.filter((m) => !change.pair.includes(m))] : group;
    const values = firstPerArticle(ordered.map((m) => valueOf(m.analysed, m.quote.text, m.tokens.map((t) => t.word).join(' '), m.quote.sentence)));
    const opening = `${speaker}: “${ordered[0].quote.text.split(/\s+/).slice(0, 10).join(' ')}…”`;
    const label = change ? `${opening} worded differently: ${change.description}` : opening;
    // Attributed and longer quotations first; a changed wording above all.
    const length = Math.min(...group.map((m) => m.tokens.length));
    const salience = values.length + (change ? 1 : 0) + (group.some((m) => m.speaker) ? 0.5 : 0) + Math.min(length, 30) / 100;
    return { difference: differenceOf(articles, 'quote', label, values, change !== null), salience };
  });
}

/**
 * Words of a quote, compared loosely: curly and straight apostrophes alike, dots dropped ("O.K."
 * = "OK"), hyphenated words split, a censored word ("f***ing") kept whole to match its full form.
 */
export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  const marked = text.replace(/\s*(?:\[\s*(?:\.{3}|…)\s*\]|\.{3,}|…)\s*/g, ' \u0000 ');
  for (const sentence of marked.split(/(?<=[.!?])["”’]?\s+/)) {
    const tokens = sentence
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\./g, '')
      .replace(/[-–—]/g, ' ')
      .match(/[\p{L}\p{N}*][\p{L}\p{N}*']*|\u0000/gu);
    if (!tokens) continue;
    // The last word ends a sentence only when punctuation says so: a quoted fragment may stop mid-sentence.
    const closed = /[.!?]["”’]?\s*$/.test(sentence);
    tokens.forEach((token, i) => {
      if (token === '\u0000') {
        if (out.length) out[out.length - 1].elidedAfter = true;
        return;
      }
      out.push({
        word: token.includes('*') ? token : (words(token)[0] ?? token),
        endsSentence: i === tokens.length - 1 && closed,
        elidedAfter: false,
        opensSentence: out.length === 0 && /^\p{Lu}/u.test(text.trim()),
      });
    });
  }
  return out;
}

/** One word in two writings: equal, inflected ("support", "supported"), or censored ("f***ing"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('*') || b.includes('*')) {
    const [masked, plain] = a.includes('*') ? [a, b] : [b, a];
    return new RegExp(`^${masked.replace(/\*+/g, '\\p{L}*')}$`, 'u').test(plain);
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** The speaker's entity, or the surname as written when no entity explains it. */
function speakerKey(mention: QuoteMention): string | null {
  if (mention.speaker) return mention.speaker.id;
  return mention.quote.speaker ? `name:${normalizeName(mention.quote.speaker).split(' ').pop()}` : null;
}

function sameQuotation(a: QuoteMention, b: QuoteMention): boolean {
  const [x, y] = [speakerKey(a), speakerKey(b)];
  if (x && y && x !== y) return false;
  const { matched } = align(a.tokens, b.tokens);
  return matched >= MIN_SHARED_WORDS && matched / Math.min(a.tokens.length, b.tokens.length) >= MIN_SHARED_SHARE;
}

/** What changed between two outlets' wordings, described for a reader, or null when nothing did. */
function firstChange(group: QuoteMention[]): { pair: [QuoteMention, QuoteMention]; description: string } | null {
  for (const a of group) {
    for (const b of group) {
      if (a.analysed === b.analysed || a.analysed.article.id > b.analysed.article.id || !sameQuotation(a, b)) continue;
      const { onlyA, onlyB } = align(a.tokens, b.tokens);
      const [extraA, extraB] = [onlyA, onlyB].map((ws) => ws.filter(isContentWord));
      if (extraA.length + extraB.length === 0) continue;
      const side = (m: QuoteMention, extra: string[]) => `${m.analysed.article.source ?? m.analysed.article.id} has ${extra.length ? `“${extra.join(' ')}”` : 'nothing else'}`;
      return { pair: [a, b], description: `${side(a, extraA)}; ${side(b, extraB)}` };
    }
  }
  return null;
}

/** Words that carry meaning; contractions other than negations ("I'd", "they're") do not. */
function isContentWord(word: string): boolean {
  if (word.includes("'")) return /n't$/.test(word);
  return word.length > 2 && !STOPWORDS.has(word);
}

/**
 * Longest common subsequence of two quotes' words, and the unmatched words between the first and
 * last match. A sentence one wording ends and the other carries on ("…it's corrupt." against
 * "…it's corrupt and evidence of collusion.") counts as changed too.
 */
export function align(a: QuoteWord[], b: QuoteWord[]): Alignment {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = sameWord(a[i].word, b[j].word) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (sameWord(a[i].word, b[j].word) && table[i][j] === table[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  // Stray common words matched far from the shared stretch are not part of it.
  const gap = (p: [number, number], q: [number, number]) => Math.max(q[0] - p[0], q[1] - p[1]);
  while (pairs.length > 1 && gap(pairs[0], pairs[1]) > MAX_GAP) pairs.shift();
  while (pairs.length > 1 && gap(pairs[pairs.length - 2], pairs[pairs.length - 1]) > MAX_GAP) pairs.pop();
  if (pairs.length === 0) return { matched: 0, onlyA: [], onlyB: [] };
  const last = pairs[pairs.length - 1];
  // Words one side has between two matches are a change unless the other side marks an elision there.
  const unmatched = (tokens: QuoteWord[], side: 0 | 1, other: QuoteWord[]) => {
    const changed: string[] = [];
    for (let k = 0; k + 1 < pairs.length; k++) {
      const [from, to] = [pairs[k][side], pairs[k + 1][side]];
      const elided = [...tokens.slice(from, to), ...other.slice(pairs[k][1 - side], pairs[k + 1][1 - side])].some((t) => t.elidedAfter);
      if (!elided) changed.push(...tokens.slice(from + 1, to).map((t) => t.word));
    }
    // The other wording, a whole quoted sentence, ends at the last match; this one carries the sentence on.
    const here = tokens[last[side]];
    if (other[last[1 - side]].endsSentence && other[0].opensSentence && !here.endsSentence && !here.elidedAfter) {
      for (let k = last[side] + 1; k < tokens.length; k++) {
        changed.push(tokens[k].word);
        if (tokens[k].endsSentence || tokens[k].elidedAfter) break;
      }
    }
    return changed;
  };
  return { matched: pairs.length, onlyA: unmatched(a, 0, b), onlyB: unmatched(b, 1, a) };
}
