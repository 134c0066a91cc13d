import { describe, expect, it } from 'vitest';
import { withSiteSlot } from '../../../../lib/core/feeds/per-site-limit';

/** A task that runs until the test ends it, recording when it starts. */
function gatedTask(name: string, started: string[]) {
  let end!: (outcome: 'ok' | 'fail') => void;
  const ended = new Promise<'ok' | 'fail'>((resolve) => (end = resolve));
  const task = async () => {
    started.push(name);
    if ((await ended) === 'fail') throw new Error(`${name} failed`);
    return name;
  };
  return { task, end };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('withSiteSlot', () => {
  it('runs at most two tasks per origin at once, in the order asked, without holding up other origins', async () => {
    const started: string[] = [];
    const a = [1, 2, 3, 4, 5].map((i) => ({ url: `https://a.example/${i}`, ...gatedTask(`a${i}`, started) }));
    const b = [1, 2].map((i) => ({ url: `https://b.example:8443/${i}`, ...gatedTask(`b${i}`, started) }));
    const results = [...a, ...b].map(({ url, task }) => withSiteSlot(url, task));
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'b2']);

    a[1].end('ok');
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'b2', 'a3']);
    a[0].end('ok');
    a[2].end('ok');
    await settle();
    expect(started.slice(5)).toEqual(['a4', 'a5']);
    for (const t of [...a, ...b]) t.end('ok');
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2']);
  });

  it('frees the slot of a task that fails', async () => {
    const started: string[] = [];
    const tasks = [1, 2, 3].map((i) => gatedTask(`t${i}`, started));
    const results = tasks.map(({ task }) => withSiteSlot('https://c.example/feed', task));
    await settle();
    expect(started).toEqual(['t1', 't2']);
    tasks[0].end('fail');
    await expect(results[0]).rejects.toThrow('t1 failed');
    await settle();
    expect(started).toEqual(['t1', 't2', 't3']);
    tasks[1].end('ok');
    tasks[2].end('ok');
    expect(await Promise.all(results.slice(1))).toEqual(['t2', 't3']);
  });
});
