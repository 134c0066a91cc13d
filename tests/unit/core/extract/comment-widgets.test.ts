import { describe, expect, it } from 'vitest';
import { cleanArticleElement } from '../../../../lib/core/extract/clean-article';
import { isCommentLine } from '../../../../lib/core/extract/comment-widgets';
import { article, textOf } from './dom';

const STORY = '<p>The museum reopened on Saturday after two years of renovation work on its roof.</p><p>Visitors queued from dawn.</p>';

describe('comment widgets', () => {
  it('removes comment sections by class or id, and keeps a count flag class', () => {
    const root = article(`${STORY}
      <div id="comments"><h3>3 Comments</h3><p>Great article! I visited last week.</p></div>
      <section class="disqus-thread"><p>Loading the discussion.</p></section>`);
    cleanArticleElement(root);
    expect(textOf(root)).toBe(textOf(article(STORY)));

    const flagged = article(`<div class="has-comments"><p>The museum reopened on Saturday.</p></div>${STORY}`);
    cleanArticleElement(flagged);
    expect(textOf(flagged)).toContain('The museum reopened on Saturday.');
  });

  it('keeps the comments of a code sample, which syntax highlighters give a comment class', () => {
    const code = '<pre><code><span class="hljs-comment">// add one to every item</span>\nitems.map((n) => n + 1);</code></pre>';
    const root = article(`${STORY}${code}`);
    cleanArticleElement(root);
    expect(textOf(root)).toContain('// add one to every item');
  });

  it.each(['12 Comments', 'Comments', 'Post Comment (+)', 'Leave a comment', 'Tell us what YOU think...', 'Join the conversation'])(
    'recognises the line %s',
    (line) => expect(isCommentLine(line)).toBe(true),
  );

  it('keeps a sentence about comments', () => {
    expect(isCommentLine('Comments made by the minister on Friday were criticised by the opposition.')).toBe(false);
  });
});
