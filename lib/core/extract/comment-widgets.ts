import { hasClassWord } from './dom-classes';
import { wordCount } from './text-shape';

/**
 * Comment sections and their counters are readers' talk, not the article: elements whose class
 * names say comments (or a comment platform), and lines such as "12 Comments", "Post Comment (+)",
 * "Tell us what you think...".
 */
const COMMENT_CLASS_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'respond', 'discussion']);

export function isCommentWidget(element: Element): boolean {
  // Syntax highlighters mark a program's comments the same way ("hljs-comment", "token comment").
  return hasClassWord(element, COMMENT_CLASS_WORDS) && !element.closest('pre, code');
}

const COMMENT_LINE = [
  /^(?:\d+\s+|no\s+)?comments?(?:\s*\(\d+\))?$/i,
  /^(?:post|leave|add|write|view|show|read|see)\s+(?:a\s+|your\s+|all\s+)?(?:\d+\s+)?comments?\b/i,
  /^(?:join|start)\s+the\s+(?:conversation|discussion)\b/i,
  /^tell\s+us\s+what\s+you\s+think\b/i,
];
const MAX_COMMENT_LINE_WORDS = 10;

export function isCommentLine(line: string): boolean {
  return wordCount(line) <= MAX_COMMENT_LINE_WORDS && COMMENT_LINE.some((pattern) => pattern.test(line));
}
