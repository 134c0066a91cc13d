import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getArticle, putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { freshStore } from '../store/support';
import { allowSites, serve } from '../feeds/support';

const PAGE = `<!doctype html><html><head><title>Biden to attend NATO summit</title></head><body><nav><a href="/">Home</a></nav><article><h1>Biden to attend NATO summit</h1>
<p>President Joe Biden will travel to Brussels next week for an extraordinary NATO summit on Russia's invasion of Ukraine, the White House said.</p>
<p>Press Secretary Jen Psaki said Biden would meet NATO allies on March 24 and join a summit of European Union leaders.</p>
<p>NATO Secretary General Jens Stoltenberg announced the summit earlier on Tuesday.</p></article></body></html>`;

function entry(id: string) {
  return toStoredArticle({ id, source: 'Harbourside Wire', url: id, title: 'Biden to attend NATO summit', publishedAt: '2022-03-15', text: 'Biden will travel to Brussels.' }, 'feed', { feedUrl: 'https://wire.example/rss.xml', complete: false });
}

async function complete(ids: string[], now?: number) {
  const { completeFeedArticles } = await import('../../../../lib/browser/background/full-articles');
  return completeFeedArticles(ids, now);
}

beforeEach(async () => {
  await freshStore();
  vi.resetModules(); // a fresh worker: no memory of failed fetches
  vi.stubGlobal('DOMParser', DOMParser); // Firefox's background page has a DOM; Chrome's worker uses the offscreen document
  allowSites(['https://wire.example/*']);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

describe('completeFeedArticles', () => {
  it('fetches each candidate entry’s page once, extracts it and stores the full text', async () => {
    const requests = serve(() => new Response(PAGE, { headers: { 'content-type': 'text/html' } }));
    await putArticles([entry('https://wire.example/a')]);
    expect(await complete(['https://wire.example/a', 'bundled-seed-id'])).toBe(1);
    const stored = await getArticle('https://wire.example/a');
    expect(stored).toMatchObject({ complete: true, origin: 'feed', source: 'Harbourside Wire', publishedAt: '2022-03-15' });
    expect(stored?.text).toContain('Press Secretary Jen Psaki said Biden would meet NATO allies on March 24');
    expect(stored?.text).not.toContain('Home');
    expect(await complete(['https://wire.example/a'])).toBe(0);
    expect(requests.map((r) => [r.url, r.init?.credentials])).toEqual([['https://wire.example/a', 'omit']]);
  });

  it('fetches nothing from a site the reader did not allow', async () => {
    const requests = serve(() => new Response(PAGE));
    await putArticles([entry('https://elsewhere.example/a')]);
    expect(await complete(['https://elsewhere.example/a'])).toBe(0);
    expect(requests).toEqual([]);
    expect((await getArticle('https://elsewhere.example/a'))?.complete).toBe(false);
  });

  it('keeps the summary when the page fails, and does not retry it within the hour', async () => {
    const requests = serve(() => new Response('', { status: 503 }));
    await putArticles([entry('https://wire.example/a')]);
    expect(await complete(['https://wire.example/a'], 0)).toBe(0);
    expect(await complete(['https://wire.example/a'], 60_000)).toBe(0);
    expect(requests).toHaveLength(1);
    expect((await getArticle('https://wire.example/a'))?.text).toBe('Biden will travel to Brussels.');
    serve(() => new Response(PAGE));
    expect(await complete(['https://wire.example/a'], 2 * 60 * 60_000)).toBe(1);
  });
});
