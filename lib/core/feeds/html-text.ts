import { decodeHTML } from 'entities';

/**
 * Plain text from an HTML fragment of a feed (a description or content element). The worker has no
 * DOM, and this text is only ever analysed and shown as text, so tags are dropped, block ends become
 * paragraph breaks and entities are decoded, once, as a browser would; scripts and styles go with their content.
 */
export function htmlFragmentText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li|blockquote|section|article|figure|tr)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
