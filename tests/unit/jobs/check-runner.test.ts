// Background check jobs: cancel that sticks, one host queue across jobs, persisted attempts, pauses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { createCheckJob, pendingItems } from '@/lib/db/check-jobs';
import { CheckRunner } from '@/lib/jobs/check-runner';
import { DEFAULT_SETTINGS, type CheckerSettings } from '@/lib/schemas/settings';
import type { CheckJob } from '@/lib/db/check-records';

const settings: CheckerSettings = { ...DEFAULT_SETTINGS.checker, minGapMs: 0, cacheTtlHours: 0 };
const plain = () => new Response('fine', { status: 200, headers: { 'content-type': 'text/plain' } });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`runner-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** A fetch that answers after `ms`, counting requests open per host. */
function countingFetch(ms: number, answer: (url: string) => Response = plain) {
  const open = new Map<string, number>();
  const peak = new Map<string, number>();
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = String(input);
    urls.push(url);
    const host = new URL(url).host;
    open.set(host, (open.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, open.get(host) ?? 0));
    await delay(ms);
    open.set(host, (open.get(host) ?? 1) - 1);
    return answer(url);
  };
  return { fetch, urls, peak };
}

const newJob = (urls: string[], pageUrl = 'https://page.example/') => createCheckJob(db, { pageUrl, tabId: 1, urls, force: true }, Date.now(), 0);

async function until(test: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await test()) return;
    await delay(10);
  }
  throw new Error(`timed out waiting until ${what}`);
}
const stateOf = async (id: string) => (await db.checkJobs.get(id))?.state;

describe('CheckRunner', () => {
  it('a cancel that arrives while a woken worker resumes the job sticks: no request, the job stays cancelled', async () => {
    const job = await newJob(['https://a.example/1', 'https://a.example/2']);
    const net = countingFetch(5);
    const runner = new CheckRunner({ db, fetch: net.fetch, now: Date.now, settings: async () => settings });
    const resuming = runner.resume();
    const cancelled = await runner.cancel(job.id);
    await resuming;
    await delay(100);
    expect(cancelled).toBe(true);
    expect(await stateOf(job.id)).toBe('cancelled');
    expect(net.urls).toEqual([]);
    await runner.resume(); // a later wake-up does not bring it back either
    await delay(50);
    expect(await stateOf(job.id)).toBe('cancelled');
    expect(net.urls).toEqual([]);
  });

  it('keeps the per-host limit across jobs from several tabs: one host queue for the whole background', async () => {
    const urls = (tab: number) => Array.from({ length: 6 }, (_, i) => `https://shared.example/${tab}/${i}`);
    const jobs = await Promise.all([1, 2, 3].map((t) => newJob(urls(t), `https://tab${t}.example/`)));
    const net = countingFetch(30);
    const runner = new CheckRunner({ db, fetch: net.fetch, now: Date.now, settings: async () => settings });
    await runner.resume();
    await until(async () => (await Promise.all(jobs.map((j) => stateOf(j.id)))).every((s) => s === 'done'), 'all jobs are done');
    expect(net.urls).toHaveLength(18);
    expect(net.peak.get('shared.example')).toBe(2);
  });

  it('requests a one-click link with a token only when the settings opt in', async () => {
    const link = 'https://news.example/confirm?token=8f3a1c9e2b7d';
    for (const allowOneClickLinks of [false, true]) {
      const job = await newJob([link]);
      const net = countingFetch(1);
      const runner = new CheckRunner({ db, fetch: net.fetch, now: Date.now, settings: async () => ({ ...settings, allowOneClickLinks }) });
      await runner.resume();
      await until(async () => (await stateOf(job.id)) === 'done', 'the job is done');
      expect(net.urls.length > 0).toBe(allowOneClickLinks);
    }
  });

  it('keeps retry counts across a worker restart: a link that used its attempts is not given them all again', async () => {
    const job = await newJob(['https://err.example/']);
    const [item] = await pendingItems(db, job.id);
    await db.checkItems.update(item?.id ?? '', { state: 'running', attempts: 2 }); // the last worker was stopped twice mid-check
    const net = countingFetch(1, () => new Response('oops', { status: 500 }));
    const runner = new CheckRunner({ db, fetch: net.fetch, now: Date.now, settings: async () => settings });
    await runner.resume();
    await until(async () => (await stateOf(job.id)) === 'done', 'the job is done');
    expect(net.urls).toHaveLength(2); // HEAD, then one GET: no retries left
    expect((await db.checkItems.get(item?.id ?? ''))?.attempts).toBe(3);
  });

  it('pauses with a reason and the links left when the browser is offline, and finishes when it is back', async () => {
    let online = false;
    const listeners: (() => void)[] = [];
    const network = { isOnline: () => online, onChange: (l: () => void) => (listeners.push(l), () => undefined) };
    const job = await newJob(['https://a.example/', 'https://b.example/', 'https://c.example/']);
    const net = countingFetch(1);
    const failing: typeof fetch = async (input, init) => {
      if (!online) throw new TypeError('Failed to fetch');
      return net.fetch(input, init);
    };
    const runner = new CheckRunner({ db, fetch: failing, now: Date.now, settings: async () => settings, network });
    await runner.resume();
    await until(async () => Boolean((await db.checkJobs.get(job.id))?.paused), 'the job says it is paused');
    const paused: CheckJob | undefined = await db.checkJobs.get(job.id);
    expect(paused).toMatchObject({ state: 'running', done: 0, paused: { reason: 'offline', pending: 3 } });
    online = true;
    listeners.forEach((l) => l());
    await until(async () => (await stateOf(job.id)) === 'done', 'the job is done');
    const done = await db.checkJobs.get(job.id);
    expect(done?.paused ?? null).toBeNull();
    const items = await db.checkItems.where('jobId').equals(job.id).toArray();
    expect(items.map((i) => i.verdict?.class)).toEqual(['ok', 'ok', 'ok']);
  });
});
