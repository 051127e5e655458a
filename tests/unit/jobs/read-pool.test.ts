import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostQueue } from '@/lib/check/host-queue';
import { createCheckJob } from '@/lib/db/check-jobs';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { enqueueReads } from '@/lib/db/read-jobs';
import { CheckRunner } from '@/lib/jobs/check-runner';
import { ReadRunner } from '@/lib/jobs/read-runner';
import { scanHtml } from '@/lib/reader/scan-html';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { html } from '../check/fake-fetch';

// The reader as a continuous pool on the host queue link checks use.
let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`read-pool-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const withChecker = (checker: Partial<Settings['checker']>): Settings => ({ ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, minGapMs: 0, ...checker } });
const parse = async (text: string, url: string, options: object) => scanHtml(text, url, options);

/** A fetch that answers after `delayOf(url)` ms, counting requests in flight per host. */
function timedFetch(delayOf: (url: string) => number) {
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  const finished: { url: string; at: number }[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const host = new URL(url).host;
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    most.set(host, Math.max(most.get(host) ?? 0, inFlight.get(host) ?? 0));
    await sleep(delayOf(url));
    inFlight.set(host, (inFlight.get(host) ?? 0) - 1);
    finished.push({ url, at: Date.now() });
    return html(200, '<title>t</title><p>text</p>');
  };
  return { fetch, most, finished };
}

describe('read pool', { timeout: 30_000 }, () => {
  it('starts a read as soon as its host has room: a slow host does not hold back the others', async () => {
    // Oldest first: eight reads of a slow host, then four of a fast one. Taken in batches, the fast
    // host would wait for the slow host's batch; in a pool it is read alongside.
    const slow = Array.from({ length: 8 }, (_, i) => ({ url: `https://slow.example/${i}`, purpose: 'qualify' as const, ref: `s${i}` }));
    const fast = Array.from({ length: 4 }, (_, i) => ({ url: `https://fast.example/${i}`, purpose: 'qualify' as const, ref: `f${i}` }));
    await enqueueReads(db, [...slow, ...fast], 1_000);
    const t = timedFetch((url) => (url.includes('slow') ? 60 : 1));
    const read: string[] = [];
    const started = Date.now();
    await new ReadRunner({
      db, fetch: t.fetch, now: () => 1_000, settings: async () => withChecker({ perHostConcurrency: 2, globalConcurrency: 1 }), parse,
      handlers: { qualify: async (job) => void read.push(job.ref) },
    }).resume();
    expect(read).toHaveLength(12);
    const lastFast = Math.max(...t.finished.filter((f) => f.url.includes('fast')).map((f) => f.at));
    const lastSlow = Math.max(...t.finished.filter((f) => f.url.includes('slow')).map((f) => f.at));
    // Every fast page is read before the slow host's second pair has even finished.
    expect(lastFast - started).toBeLessThan(lastSlow - started);
    expect(read.slice(0, 4).filter((r) => r.startsWith('f'))).not.toEqual([]);
    expect(t.most.get('slow.example')).toBeLessThanOrEqual(2);
  });

  it('a link check and a page read to the same host never exceed the per-host limit together', async () => {
    const queue = new HostQueue({ perHost: 2, gapMs: 0, globalLimit: 32 });
    const t = timedFetch(() => 30);
    const settings = withChecker({ perHostConcurrency: 2 });
    const checks = new CheckRunner({ db, fetch: t.fetch, now: () => Date.now(), settings: async () => settings.checker, queue });
    const reads = new ReadRunner({ db, fetch: t.fetch, now: () => Date.now(), settings: async () => settings, parse, handlers: {}, queue });
    const job = await createCheckJob(db, { pageUrl: 'https://page.example/', tabId: 1, urls: Array.from({ length: 6 }, (_, i) => `https://same.example/c${i}`), force: true }, Date.now(), 0);
    await enqueueReads(db, Array.from({ length: 6 }, (_, i) => ({ url: `https://same.example/r${i}`, purpose: 'qualify' as const, ref: `r${i}` })), Date.now());
    await Promise.all([checks.resume(), reads.resume()]);
    await expect.poll(async () => (await db.checkJobs.get(job.id))?.state, { timeout: 20_000 }).toBe('done');
    await reads.resume();
    const paths = t.finished.map((f) => new URL(f.url).pathname[1]);
    expect(new Set(paths)).toEqual(new Set(['c', 'r'])); // both kinds ran
    expect(t.most.get('same.example')).toBe(2);
    expect(queue.maxInFlight('same.example')).toBe(2);
  });
});
