import { Dexie } from 'dexie';
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
    return { id: `${id}:${i}`, jobId: id, url, position: i, state: verdict ? 'done' : 'queued', attempts: 0, ...(verdict ? { verdict } : {}) };
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

/** Where an item is on its page; items written before positions were stored carry it in their id. */
const positionOf = (item: CheckItem) => item.position ?? Number(item.id.slice(item.id.lastIndexOf(':') + 1));

/**
 * Items of a job still without a verdict, in page order (not id order: "job:10" sorts before
 * "job:2"). A "running" item lost with a stopped worker runs again.
 */
export async function pendingItems(db: LinkscoutDb, jobId: string): Promise<CheckItem[]> {
  const [queued, running] = await Promise.all([
    db.checkItems.where('[jobId+state]').equals([jobId, 'queued']).toArray(),
    db.checkItems.where('[jobId+state]').equals([jobId, 'running']).toArray(),
  ]);
  return [...running, ...queued].sort((a, b) => positionOf(a) - positionOf(b));
}

/**
 * Moves a job to "running" only from queued or running, in one transaction: a job the user
 * cancelled (or that finished) is never started again. Returns the job when it may run.
 */
export function claimJob(db: LinkscoutDb, jobId: string): Promise<CheckJob | undefined> {
  return guardStorage('Starting the link check failed', () =>
    db.transaction('rw', db.checkJobs, async () => {
      const job = await db.checkJobs.get(jobId);
      if (!job || (job.state !== 'queued' && job.state !== 'running')) return undefined;
      const running: CheckJob = { ...job, state: 'running' };
      await db.checkJobs.put(running);
      return running;
    }),
  );
}

/** Cancels a job unless it already finished; true when it was unfinished. */
export function cancelJob(db: LinkscoutDb, jobId: string): Promise<boolean> {
  return guardStorage('Cancelling the link check failed', () =>
    db.transaction('rw', db.checkJobs, async () => {
      const job = await db.checkJobs.get(jobId);
      if (!job || job.state === 'done' || job.state === 'cancelled') return false;
      await db.checkJobs.put({ ...job, state: 'cancelled', paused: null });
      return true;
    }),
  );
}

/** Counts one more started check of an item, before its first request. */
export function noteAttempt(db: LinkscoutDb, itemId: string): Promise<void> {
  return guardStorage('Saving link check progress failed', async () => {
    await db.checkItems.where('id').equals(itemId).modify((item) => {
      item.attempts += 1;
      if (item.state === 'queued') item.state = 'running';
    });
  });
}

/** Says (or clears) that a job waits for the user's network. */
export function setPaused(db: LinkscoutDb, jobId: string, paused: CheckJob['paused']): Promise<number> {
  return guardStorage('Updating the link check failed', () => db.checkJobs.update(jobId, { paused }));
}

/** Records one verdict: the item, the job's progress and the cache change together or not at all. */
export function recordVerdict(db: LinkscoutDb, item: CheckItem, verdict: NonNullable<CheckItem['verdict']>): Promise<CheckJob | undefined> {
  return guardStorage('Saving a link result failed', () =>
    db.transaction('rw', db.checkJobs, db.checkItems, db.verdicts, async () => {
      const current = await db.checkItems.get(item.id);
      if (!current || current.state === 'done') return db.checkJobs.get(item.jobId); // never counted twice
      await db.checkItems.update(item.id, { state: 'done', verdict });
      // A skip says only that this check did not ask: it is not stored over what an earlier check
      // found (an intranet page's check of the same private link, say). It stays in the job's item.
      const earlier = verdict.class === 'skipped' ? await db.verdicts.get(verdict.url) : undefined;
      if (!earlier || earlier.class === 'skipped') await db.verdicts.put(verdict);
      const job = await db.checkJobs.get(item.jobId);
      if (!job) return undefined;
      const done = job.done + 1;
      const finished = done >= job.total;
      const next: CheckJob = {
        ...job, done, state: job.state === 'cancelled' ? 'cancelled' : finished ? 'done' : 'running', ...(finished ? { paused: null } : {}),
      };
      await db.checkJobs.put(next);
      return next;
    }),
  );
}

/** The verdicts a job's items hold for the given links (those it has finished), by link. */
export async function jobVerdicts(db: LinkscoutDb, jobId: string, urls: readonly string[]): Promise<Map<string, LinkVerdict>> {
  const items = await db.checkItems.where('url').anyOf([...urls]).filter((i) => i.jobId === jobId).toArray();
  return new Map(items.flatMap((i) => (i.verdict ? [[i.url, i.verdict] as const] : [])));
}

export function setJobState(db: LinkscoutDb, jobId: string, state: CheckJob['state']): Promise<number> {
  return guardStorage('Updating the link check failed', () => db.checkJobs.update(jobId, { state }));
}

/**
 * The most recent check job for a page, found by the [pageUrl+createdAt] index: the popup follows
 * it, and the badge shows it again when the page reloads.
 */
export function latestJobFor(db: LinkscoutDb, pageUrl: string): Promise<CheckJob | undefined> {
  return db.checkJobs.where('[pageUrl+createdAt]').between([pageUrl, Dexie.minKey], [pageUrl, Dexie.maxKey]).last();
}

/** Items of a job whose verdict is one of `classes` (the badge's dead links). */
export function countVerdicts(db: LinkscoutDb, jobId: string, classes: ReadonlySet<VerdictClass>): Promise<number> {
  return db.checkItems
    .where('[jobId+state]')
    .equals([jobId, 'done'])
    .filter((i) => i.verdict !== undefined && classes.has(i.verdict.class))
    .count();
}
