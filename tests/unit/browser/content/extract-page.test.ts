import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../../lib/browser/messaging/protocol', () => ({ sendMessage }));

let offscreen: { hasDocument: ReturnType<typeof vi.fn>; createDocument: ReturnType<typeof vi.fn> };

beforeEach(() => {
  vi.resetModules();
  sendMessage.mockReset();
  let created = false;
  offscreen = {
    hasDocument: vi.fn(async () => created),
    createDocument: vi.fn(async () => {
      created = true;
    }),
  };
  (fakeBrowser as unknown as { offscreen: unknown }).offscreen = offscreen;
});

afterEach(() => fakeBrowser.reset());

async function extractPage(html: string, url: string) {
  const module = await import('../../../../lib/browser/content/extract-page');
  return module.extractPage(html, url);
}

describe('extractPage in a worker without a DOM (Chrome)', () => {
  it('creates the offscreen document once and waits until it listens', async () => {
    expect(typeof DOMParser).toBe('undefined');
    const article = { id: 'https://wire.example/a', text: 'Body' };
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.')).mockResolvedValue(article);
    expect(await Promise.all([extractPage('<p>Body</p>', 'https://wire.example/a'), extractPage('<p>Body</p>', 'https://wire.example/a')])).toEqual([article, article]);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: '/offscreen.html', reasons: ['DOM_PARSER'] }));
    expect(sendMessage).toHaveBeenCalledWith('extractHtml', { html: '<p>Body</p>', url: 'https://wire.example/a' });
  });

  it('passes on other failures at once', async () => {
    sendMessage.mockRejectedValue(new Error('Refused malformed "extractHtml" message'));
    await expect(extractPage('<p>x</p>', 'https://wire.example/a')).rejects.toThrow('Refused malformed');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
