import { hasClassWord } from './dom-classes';
import { endsLikeSentence, wordCount } from './text-shape';

/**
 * Image captions and photo credits describe a picture, not the story: `<figcaption>`, elements
 * whose class names say caption or credit, and lines shaped like a credit ("Photo: Jane Doe, AP",
 * "(Image credit: NASA)", "Image 1 of 5", "Alex Wong | Getty Images").
 */
const CAPTION_CLASS_WORDS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'copyright']);
/** Longer than this, a "caption" element is more likely a mislabelled wrapper of the story. */
const MAX_CAPTION_CHARS = 600;

export function isCaptionElement(element: Element): boolean {
  if (element.tagName === 'FIGCAPTION') return true;
  return hasClassWord(element, CAPTION_CLASS_WORDS) && (element.textContent ?? '').length <= MAX_CAPTION_CHARS;
}

const CREDIT_LABEL = /^\(?(?:image|photo|photograph|picture|video|graphic|illustration)s?(?:\s+credit)?\s*:/i;
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide)\s+)?\d+\s+(?:of|\/)\s*\/?\s*\d+$/i;
// A caption that ends with its credit: "… in 2019. Credit: ESA", "… Fla. (AP Photo/Alan Diaz, File)".
const TRAILING_CREDIT = [
  /\bcredits?\s*:\s*[^.]{1,80}$/i,
  /\((?:[\w.]+\s+)?(?:photo|photograph|image|picture)s?\b[^()]{0,80}\)$/i,
];
const PHOTO_AGENCY = /(?:\bgetty\b|\bshutterstock\b|\bistock|\balamy\b|\bafp\b|\bepa\b|\bap photo\b|©)/i;
const MAX_CREDIT_WORDS = 12;

export function isCaptionOrCreditLine(line: string): boolean {
  if (CREDIT_LABEL.test(line) || GALLERY_COUNTER.test(line)) return true;
  if (TRAILING_CREDIT.some((pattern) => pattern.test(line))) return true;
  return wordCount(line) <= MAX_CREDIT_WORDS && !endsLikeSentence(line) && PHOTO_AGENCY.test(line);
}
