/** Requests to one site at a time: a reader following many of its feeds must not look like a crawler. */
const MAX_PER_SITE = 2;

interface Site {
  running: number;
  /** Tasks waiting for a slot, first come first served. */
  waiting: (() => void)[];
}

/** Every outlet request is made from one context (the background), so one table limits them all. */
const sites = new Map<string, Site>();

/**
 * Runs `task` once fewer than MAX_PER_SITE tasks for the same origin as `url` are running, in the
 * order they were asked for. The slot is freed however the task ends.
 */
export async function withSiteSlot<T>(url: string, task: () => Promise<T>): Promise<T> {
  const origin = new URL(url).origin;
  await takeSlot(origin);
  try {
    return await task();
  } finally {
    freeSlot(origin);
  }
}

function takeSlot(origin: string): Promise<void> {
  const site = sites.get(origin) ?? { running: 0, waiting: [] };
  sites.set(origin, site);
  if (site.running < MAX_PER_SITE) {
    site.running++;
    return Promise.resolve();
  }
  return new Promise((resolve) => site.waiting.push(resolve));
}

function freeSlot(origin: string): void {
  const site = sites.get(origin)!;
  // The slot passes straight to the next waiting task, so a newcomer cannot jump the queue.
  const next = site.waiting.shift();
  if (next) next();
  else if (--site.running === 0) sites.delete(origin);
}
