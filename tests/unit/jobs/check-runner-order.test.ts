import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { createCheckJob, pendingItems, unfinishedJobs } from '@/lib/db/check-jobs';
import type { CheckJob } from '@/lib/db/check-records';
import { CheckRunner } from '@/lib/jobs/check-runner';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { fakeFetch, respond, type Route } from '../check/fake-fetch';

// The runner on fake-indexeddb with the checker's scripted fetch: what it writes, in what
// order, and what it does after a stopped worker or a cancel.
const settings = async () => ({ ...DEFAULT_SETTINGS.checker, minGapMs: 0, timeoutMs: 5_000 });
const PAGE = 'https://page.example/';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`runner-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function runner(route: Route, delays: Record<string, number> = {}, gate: (url: string) => Promise<void> | undefined = () => undefined) {
  const fake = fakeFetch(route);
  const progress: { job: CheckJob; verdict: LinkVerdict }[] = [];
  const errors: string[] = [];
  const started: string[] = [];
  /** Requests that reached fetch with their signal not aborted: those a browser sends. */
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    started.push(url);
    const delay = delays[url];
    if (delay) await sleep(delay);
    await gate(url);
    if (!init?.signal?.aborted) sent.push(url);
    return fake.fetch(input, init);
  };
  const r = new CheckRunner({ db, fetch, now: () => Date.now(), settings, onProgress: (job, verdict) => progress.push({ job, verdict }), onError: (_id, m) => errors.push(m) });
  return { runner: r, calls: fake.calls, started, sent, progress, errors };
}

const newJob = (urls: string[]) => createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls, force: true }, Date.now(), 0);
// A generous bound: on a loaded 2-core machine fake-indexeddb transactions alone can take seconds.
const until = async (what: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 2000 && !(await what()); i++) await sleep(10);
  expect(await what()).toBe(true);
};

describe('CheckRunner', { timeout: 30_000 }, () => {
  it('writes each verdict in the order the answers arrive, the job counting up one at a time', async () => {
    const urls = ['https://slow.example/', 'https://fast.example/', 'https://middle.example/'];
    const job = await newJob(urls);
    // Each host answers when the test lets it, so the order of answers is the test's, not the timers'.
    const gates = new Map(urls.map((u) => [u, deferred()]));
    const t = runner(() => respond(200, { 'content-type': 'text/plain' }), {}, (url) => gates.get(url)?.promise);
    await t.runner.resume();
    await until(() => t.started.length === 3);
    for (const [i, url] of ['https://fast.example/', 'https://middle.example/', 'https://slow.example/'].entries()) {
      gates.get(url)?.resolve();
      await until(() => t.progress.length === i + 1);
    }
    await until(async () => (await db.checkJobs.get(job.id))?.state === 'done');
    expect(t.progress.map((p) => p.verdict.url)).toEqual(['https://fast.example/', 'https://middle.example/', 'https://slow.example/']);
    expect(t.progress.map((p) => p.job.done)).toEqual([1, 2, 3]);
    expect(t.progress.at(-1)?.job.state).toBe('done');
    const verdicts = await db.verdicts.bulkGet(urls);
    expect(verdicts.map((v) => v?.class)).toEqual(['ok', 'ok', 'ok']);
    expect(t.errors).toEqual([]);
  });

  it('answers arriving together are written one after another, each counted once', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `https://host${i}.example/`);
    const job = await newJob(urls);
    const gate = deferred();
    const t = runner(() => respond(200, { 'content-type': 'text/plain' }), {}, () => gate.promise);
    await t.runner.resume();
    await until(() => t.started.length === urls.length);
    gate.resolve();
    await until(async () => (await db.checkJobs.get(job.id))?.state === 'done');
    expect(t.progress.map((p) => p.job.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(t.progress.map((p) => p.verdict.url))).toEqual(new Set(urls));
  });

  it('resumes after a stopped worker: a job left running finishes, each item counted once', async () => {
    const urls = ['https://a.example/', 'https://b.example/', 'https://c.example/'];
    const job = await newJob(urls);
    // The worker stopped with one verdict written and one request in flight.
    const [first, second] = await pendingItems(db, job.id);
    await db.transaction('rw', db.checkJobs, db.checkItems, async () => {
      await db.checkItems.update(first!.id, { state: 'done', verdict: { url: first!.url, class: 'broken', httpStatus: 404, finalUrl: null, hops: [], requests: [], reason: '404', checkedAt: 1, durationMs: 1 } });
      await db.checkItems.update(second!.id, { state: 'running' });
      await db.checkJobs.update(job.id, { state: 'running', done: 1 });
    });
    const t = runner(() => respond(200, { 'content-type': 'text/plain' }));
    await t.runner.resume();
    await until(async () => (await db.checkJobs.get(job.id))?.state === 'done');
    expect((await db.checkJobs.get(job.id))?.done).toBe(3);
    // Only the two items without a verdict were requested again.
    expect(new Set(t.calls.map((c) => c.url))).toEqual(new Set([second!.url, urls.find((u) => u !== first!.url && u !== second!.url)]));
    expect((await db.checkItems.get(first!.id))?.verdict?.class).toBe('broken');
  });

  it('starts a job once even when woken twice', async () => {
    const job = await newJob(['https://a.example/']);
    const t = runner(() => respond(200, { 'content-type': 'text/plain' }), { 'https://a.example/': 50 });
    await Promise.all([t.runner.resume(), t.runner.resume()]);
    await until(async () => (await db.checkJobs.get(job.id))?.state === 'done');
    expect(t.progress).toHaveLength(1);
    expect(t.calls.filter((c) => c.method === 'HEAD')).toHaveLength(1);
  });

  it('cancels a running job: in-flight requests abort, nothing new starts, the job says cancelled', async () => {
    // host0 takes two links at once (its per-host limit), so its third waits in the queue.
    const urls = ['https://host0.example/a', 'https://host0.example/b', 'https://host0.example/c', 'https://host1.example/', 'https://host2.example/'];
    const job = await newJob(urls);
    // The first request is on the network (it hangs until aborted); the others that started are
    // held between the host queue and the network until after the cancel, so the cancel lands in
    // both places on every run, however fast or slow the machine is.
    const held = deferred();
    const t = runner(() => 'hang', {}, (url) => (url === urls[0] ? undefined : held.promise));
    await t.runner.resume();
    await until(() => t.calls.length === 1 && t.started.length === 4);
    expect(await t.runner.cancel(job.id)).toBe(true);
    expect(t.calls[0]?.init.signal?.aborted).toBe(true);
    held.resolve();
    await until(() => !t.runner.isRunning(job.id));
    // Only the request sent before the cancel went out; the held ones reached fetch already aborted
    // (a real fetch sends nothing then), and the queued link never started.
    expect(t.sent).toEqual([urls[0]]);
    expect([...t.started].sort()).toEqual(urls.filter((u) => u !== 'https://host0.example/c'));
    expect((await db.checkJobs.get(job.id))?.state).toBe('cancelled');
    expect(t.progress).toEqual([]);
    expect(t.errors).toEqual([]);
    // A cancelled job is not picked up again.
    await t.runner.resume();
    expect((await unfinishedJobs(db)).map((j) => j.id)).not.toContain(job.id);
    expect(t.runner.isRunning(job.id)).toBe(false);
    expect(t.started).toHaveLength(4);
  });

  it('finishes a job with nothing left to check without a request', async () => {
    const job = await newJob(['https://a.example/']);
    const [item] = await pendingItems(db, job.id);
    await db.checkItems.update(item!.id, { state: 'done' });
    await db.checkJobs.update(job.id, { state: 'running' });
    const t = runner(() => respond(200));
    await t.runner.resume();
    await until(async () => (await db.checkJobs.get(job.id))?.state === 'done');
    expect(t.calls).toEqual([]);
  });
});
