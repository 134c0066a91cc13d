import { articlePageHtml } from '../../lib/node/harness/article-page';
import type { Article } from '../../lib/core/types';

/** An article on a story no bundled article covers (written for the tests). */
export const UNRELATED_ARTICLE: Article = {
  id: 'unrelated',
  title: 'Harbour town opens its restored lighthouse to visitors',
  byline: null,
  source: 'Coastal Weekly',
  url: null,
  publishedAt: '2021-07-03',
  lang: 'en',
  excerpt: null,
  readerable: true,
  text: [
    'The restored lighthouse at Port Wenlow opened to visitors on Saturday after a three-year renovation paid for by local volunteers and a heritage grant.',
    'Visitors can climb the 112 steps to the lamp room, where a new exhibition tells the story of the keepers who lived on the headland until the light was automated.',
    'The harbour master, Elin Maddox, said the town hoped the lighthouse would bring walkers and cyclists to the coastal path outside the summer season.',
    'Tickets cost four pounds for adults, and children under twelve go free. The tower is open every day except Tuesdays.',
  ].join('\n\n'),
};

/** That article as a news page. */
export const UNRELATED_PAGE = articlePageHtml(UNRELATED_ARTICLE);

/** A page whose own script never yields, so an injected content script cannot run: the popup stays loading. */
export const BUSY_PAGE = `<!doctype html><html><head><title>Busy</title></head><body><p>Loading…</p><script>for (;;) {}</script></body></html>`;
