import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckItem, CheckJob } from '@/lib/db/check-records';
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import { freshVerdicts } from '@/lib/db/verdict-cache';
import { guardStorage } from '@/lib/db/errors';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { urlKey } from '@/lib/url/key';


export interface NewJob {
  pageUrl: string;
  /** The tab's address as the background read it (see CheckJob.safetyPageUrl). */
  safetyPageUrl?: string;
  tabId: number | null;
  urls: readonly string[];
  /** Ignore cached verdicts. */
  force: boolean;
}

/**
 * Records a check job and its items in one transaction. URLs with a fresh cached verdict are
 * done at once (unless forced), so a re-opened popup does not request them again.
 */
export async function createCheckJob(
  db: LinkscoutDb, input: NewJob, now: number, ttlMs: number, reusable: (verdict: LinkVerdict) => boolean = () => true,
): Promise<CheckJob> {
  const urls = Array.from(new Set(input.urls.map((url) => urlKey(url))));
  const fresh = input.force || ttlMs <= 0 ? new Map<string, LinkVerdict>() : await freshVerdicts(db, urls, now, ttlMs);
  const cached = new Map([...fresh].filter(([, verdict]) => reusable(verdict)));
  const id = crypto.randomUUID();
  const items: CheckItem[] = urls.map((url, i) => {
    const verdict = cached.get(url);
    return { id: `${id}:${i}`, jobId: id, url, state: verdict ? 'done' : 'queued', attempts: 0, ...(verdict ? { verdict } : {}) };
  });
  const done = items.filter((i) => i.state === 'done').length;
  const job: CheckJob = {
    id, pageUrl: input.pageUrl, ...(input.safetyPageUrl ? { safetyPageUrl: input.safetyPageUrl } : {}), tabId: input.tabId, createdAt: now, total: items.length, done,
    state: done === items.length ? 'done' : 'queued',
  };
  await guardStorage('Starting the link check failed', () =>
    db.transaction('rw', db.checkJobs, db.checkItems, async () => {
      await db.checkJobs.add(job);
      await db.checkItems.bulkAdd(items);
    }),
  );
  return job;
}

/** Jobs the background must (re)start: queued, or running when the service worker was stopped. */
export function unfinishedJobs(db: LinkscoutDb): Promise<CheckJob[]> {
  return db.checkJobs.where('state').anyOf('queued', 'running').sortBy('createdAt');
}

/** How many jobs are queued or were running: the popup wakes the background when there are any. */
export function unfinishedJobCount(db: LinkscoutDb): Promise<number> {
  return db.checkJobs.where('state').anyOf('queued', 'running').count();
}

/** Items of a job still without a verdict. A "running" item lost with a stopped worker runs again. */
export async function pendingItems(db: LinkscoutDb, jobId: string): Promise<CheckItem[]> {
  const [queued, running] = await Promise.all([
    db.checkItems.where('[jobId+state]').equals([jobId, 'queued']).toArray(),
    db.checkItems.where('[jobId+state]').equals([jobId, 'running']).toArray(),
  ]);
  return [...running, ...queued];
}

/** Records one verdict: the item, the job's progress and the cache change together or not at all. */
export function recordVerdict(db: LinkscoutDb, item: CheckItem, verdict: NonNullable<CheckItem['verdict']>): Promise<CheckJob | undefined> {
  return guardStorage('Saving a link result failed', () =>
    db.transaction('rw', db.checkJobs, db.checkItems, db.verdicts, async () => {
      const current = await db.checkItems.get(item.id);
      if (!current || current.state === 'done') return db.checkJobs.get(item.jobId); // never counted twice
      await db.checkItems.update(item.id, { state: 'done', verdict, attempts: current.attempts + 1 });
      await db.verdicts.put(verdict);
      const job = await db.checkJobs.get(item.jobId);
      if (!job) return undefined;
      const done = job.done + 1;
      const next: CheckJob = { ...job, done, state: job.state === 'cancelled' ? 'cancelled' : done >= job.total ? 'done' : 'running' };
      await db.checkJobs.put(next);
      return next;
    }),
  );
}

export function setJobState(db: LinkscoutDb, jobId: string, state: CheckJob['state']): Promise<number> {
  return guardStorage('Updating the link check failed', () => db.checkJobs.update(jobId, { state }));
}

/** The most recent check job for a page: the popup follows it, and the badge shows it again when the page reloads. */
export async function latestJobFor(db: LinkscoutDb, pageUrl: string): Promise<CheckJob | undefined> {
  const jobs = await db.checkJobs.where('createdAt').above(0).reverse().filter((j) => j.pageUrl === pageUrl).limit(1).toArray();
  return jobs[0];
}

/** Items of a job whose verdict is one of `classes` (the badge's dead links). */
export function countVerdicts(db: LinkscoutDb, jobId: string, classes: ReadonlySet<VerdictClass>): Promise<number> {
  return db.checkItems
    .where('[jobId+state]')
    .equals([jobId, 'done'])
    .filter((i) => i.verdict !== undefined && classes.has(i.verdict.class))
    .count();
}
