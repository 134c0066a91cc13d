import type { TextBlock } from './paragraphs';
import { endsLikeSentence, wordCount } from './text-shape';

/**
 * Lists of links to other stories ("Related", "Read more", "You may also like", "More from UK")
 * and the promos sprinkled between paragraphs: blocks that are almost all link text, and lines
 * that announce or introduce other stories.
 */
const MIN_LINK_SHARE = 0.8;
// A link whose text is an address was written out by the author, as a reference: it stays.
const WRITTEN_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
// A linked heading with prose under it is a subheading (a listicle's "21) Film title"), not a promo.
const MAX_PROSE_LINK_SHARE = 0.5;
const MIN_PROSE_WORDS = 15;
// A title-length link to another site is a source the author cites (a paper, a bug report, a shop),
// not the site promoting its own stories; a word or two ("Facebook", "Tweet") is a share button.
const MIN_CITED_WORDS = 4;

export function isLinkBlock(block: TextBlock, next: TextBlock | undefined): boolean {
  // A linked table cell is data (a name that links to its page, in a row of results), not a promo.
  if (block.cell || block.linkShare < MIN_LINK_SHARE || WRITTEN_ADDRESS.test(block.text)) return false;
  if (block.offsiteLinkShare >= MIN_LINK_SHARE && wordCount(block.text) >= MIN_CITED_WORDS) return false;
  return !(block.heading && next && isProse(next));
}

function isProse(block: TextBlock): boolean {
  return block.linkShare < MAX_PROSE_LINK_SHARE && wordCount(block.text) >= MIN_PROSE_WORDS;
}

// "Related: …", "READ MORE: …", "Also: …": a label, a colon, another story's headline.
const PROMO_LABEL = /^(?:related(?: (?:content|coverage|stories|articles|news|video|links?))?|read (?:more|also|next)|also read|see also|more|also|watch|listen|recommended|opinion)\s*:/i;
// "You may also like...", "More from UK", "More great WIRED stories", "Also on example.com …".
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: \\w+)?', 'more (?:from|on|in|about|like this)\\b.*', 'more \\w+(?: \\w+)? stories', 'you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)',
      'recommended(?: for you| stories| reading)?', 'most (?:read|popular|viewed|shared)', 'trending(?: now| stories)?', 'latest(?: news| stories)?',
      'popular(?: now| stories)?', 'top stories', 'further reading', 'read (?:more|next)\\b.*', 'also on [\\w.-]+\\b.*', 'what to read next',
    ].join('|') +
    ')\\W*$',
  'i',
);
const MAX_PROMO_WORDS = 25;
const MAX_HEADING_WORDS = 20;

export function isRelatedLine(line: string): boolean {
  return (PROMO_LABEL.test(line) && wordCount(line) <= MAX_PROMO_WORDS) || isRelatedHeading(line);
}

function isRelatedHeading(line: string): boolean {
  // A heading may trail off ("You may also like..."); a sentence ends with a full stop.
  return wordCount(line) <= MAX_HEADING_WORDS && !endsLikeSentence(line.replace(/(?:\.\.\.|…)$/, '')) && RELATED_HEADING.test(line);
}

/** Longer than this, or ending like a sentence, a line under a related-stories heading is prose again. */
const MAX_LISTED_WORDS = 25;

/**
 * A related-stories heading takes its list along: the headline-like lines under it (short, no full
 * stop), up to the next line of prose. Catches lists whose items are not (only) links.
 */
export function dropRelatedSections(lines: string[]): string[] {
  const kept: string[] = [];
  let inSection = false;
  for (const line of lines) {
    if (isRelatedHeading(line)) {
      inSection = true;
    } else if (!(inSection && wordCount(line) <= MAX_LISTED_WORDS && !endsLikeSentence(line))) {
      inSection = false;
      kept.push(line);
    }
  }
  return kept;
}
