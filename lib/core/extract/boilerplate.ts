import { wordCount } from './text-shape';

/**
 * Lines that are the site talking, not the story, whatever the site: sign-in, subscribe, share
 * and follow prompts, ads, cookie notices, copyright lines.
 */
const PROMPT_LINE = new RegExp(
  '^(?:' +
    [
      'sign (?:in|up|out)', 'log ?(?:in|out)', 'register', 'subscribe(?: now| today)?', 'subscribers? only',
      'advert(?:isement)?', 'sponsored(?: content)?', 'skip to (?:main )?content', 'continue reading(?: below| the main story)?',
      'read more', 'read the full (?:story|article)', 'share(?: this)?(?: article| story| page)?', 'share on \\w+', 'tweet', 'e-?mail',
      'print', 'close', 'menu', 'search', 'loading(?: content)?', 'ad', 'listen(?: to (?:this|the) (?:article|story))?',
      'watch(?: now| live)?', 'play video', 'this slideshow requires javascript', 'accept(?: cookies)?',
    ].join('|') +
    ')\\W*$',
  'i',
);

const PROMPT_SENTENCE = [
  // Newsletter and subscription pitches.
  /^(?:sign up|subscribe|get|receive|want)\b.*\b(?:newsletters?|inbox|delivered)\b/i,
  /\bsign up\b.*\bnewsletters?\b/i,
  /^subscribe\b/i,
  /\bcookies?\b.*\b(?:accept|agree|consent|opt[- ]out|experience)\b/i,
  // Share and follow prompts.
  /^(?:like this (?:story|article)\??\s*)?share (?:it|this)\b/i,
  /\bfollow (?:us|him|her|them|me)\b.*(?:@\w|twitter|facebook|instagram)/i,
  /^click here\b/i,
  /\bby clicking here\b/i,
  // Copyright notices.
  /^(?:copyright\b|©)/i,
  /\ball rights reserved\b/i,
  /\bsubject to copyright\b/i,
  /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i,
];
const MAX_PROMPT_WORDS = 40;

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (PROMPT_LINE.test(trimmed)) return true;
  return wordCount(trimmed) <= MAX_PROMPT_WORDS && PROMPT_SENTENCE.some((pattern) => pattern.test(trimmed));
}
