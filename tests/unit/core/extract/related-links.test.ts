import { describe, expect, it } from 'vitest';
import { elementToBlocks } from '../../../../lib/core/extract/paragraphs';
import { dropRelatedSections, isLinkBlock, isRelatedLine } from '../../../../lib/core/extract/related-links';
import { article } from './dom';

const PROSE = 'The film follows a family through one long summer, and its quiet final act is the best thing the director has made.';

/** The texts of the blocks that the link rule drops. */
function droppedLinkBlocks(html: string): string[] {
  const blocks = elementToBlocks(article(html));
  return blocks.filter((block, i) => isLinkBlock(block, blocks[i + 1])).map((block) => block.text);
}

describe('link blocks', () => {
  it('drops lists of links to other stories and linked promos between paragraphs', () => {
    const dropped = droppedLinkBlocks(`
      <p>${PROSE}</p>
      <p><a href="/other"><strong>CO-FOUNDER PROUD OF EMPLOYEES</strong></a></p>
      <p>${PROSE}</p>
      <ul><li><a href="/a">Who will win the prize in 2020?</a></li><li><a href="/b">Ten best films of the year</a></li></ul>`);
    expect(dropped).toEqual(['CO-FOUNDER PROUD OF EMPLOYEES', 'Who will win the prize in 2020?', 'Ten best films of the year']);
  });

  it('keeps prose with a few links, addresses written out, in-page anchors and linked subheadings over prose', () => {
    const dropped = droppedLinkBlocks(`
      <p>${PROSE} <a href="/review">Read our review</a>.</p>
      <p><a href="http://amzn.to/abc">http://amzn.to/abc</a></p>
      <h2><a href="#setup">Setting up</a></h2>
      <h3>21) <a href="/film">The Last Film</a></h3>
      <p>${PROSE}</p>`);
    expect(dropped).toEqual([]);
  });
});

describe('link blocks in tables', () => {
  it('keeps linked table cells (a results table whose names link to their pages)', () => {
    const dropped = droppedLinkBlocks(`
      <p>${PROSE}</p>
      <table><tr><th>Candidate</th><th>Votes</th></tr>
      <tr><td><a href="/people/ada-moreno">Ada Moreno</a></td><td>12,408</td></tr>
      <tr><td><a href="/people/tom-weiss">Tom Weiss</a></td><td>9,771</td></tr></table>`);
    expect(dropped).toEqual([]);
  });
});

describe('link blocks and the page\'s site', () => {
  it('keeps title-length links to other sites (cited sources), drops the site\'s own promos and share buttons', () => {
    const blocks = elementToBlocks(
      article(`
      <p>${PROSE}</p>
      <ul><li><a href="https://tracker.example.org/issue/77">Issue 77 – Crash when the window is resized twice</a></li>
      <li><a href="https://journal.example.net/paper">A survey of garden birds in winter (2019)</a></li></ul>
      <ul><li><a href="https://news.example.com/other">Ten things to know about the new bridge</a></li>
      <li><a href="https://social.example.net/share">Share</a></li></ul>`),
      'https://www.example.com/story',
    );
    const dropped = blocks.filter((block, i) => isLinkBlock(block, blocks[i + 1])).map((block) => block.text);
    expect(dropped).toEqual(['Ten things to know about the new bridge', 'Share']);
  });
});

describe('related-story lines', () => {
  it.each([
    'Related: The 15 Weirdest Galaxies in Our Universe',
    'READ MORE: Why the bridge closed',
    'You may also like...',
    'More from UK',
    'More Great WIRED Stories',
    'Also on example.com Journalists threatened with arrest',
    'Most Read',
  ])('recognises %s', (line) => expect(isRelatedLine(line)).toBe(true));

  it.each([
    'Related research published last year found the same effect in mice.',
    'More than 300 people attended the vigil on Sunday night.',
  ])('keeps the story line %s', (line) => expect(isRelatedLine(line)).toBe(false));
});

describe('related-story sections', () => {
  it('drops the headline-like lines under a related heading, up to the next prose', () => {
    const prose = 'The bank said it would review the decision next year.';
    expect(
      dropRelatedSections([
        'The bank raised its rates on Thursday, the third rise this year, citing stubborn inflation.',
        'More Great Example Stories',
        'The strange life of a virtuoso coder',
        '📱 Torn between phones? Check out our buying guide',
        prose,
        'What comes next',
      ]),
    ).toEqual(['The bank raised its rates on Thursday, the third rise this year, citing stubborn inflation.', prose, 'What comes next']);
  });
});
