import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { ReadJob, ReadPurpose } from '@/lib/db/read-records';
import type { PageRead } from '@/lib/schemas/page-read';

export interface ReadRequest {
  url: string;
  purpose: ReadPurpose;
  ref: string;
  /** Not before this time; now when absent. */
  dueAt?: number;
}

/**
 * Queues page reads. A request whose owner already has a queued read of the same URL reuses it
 * (asking twice reads once), at the sooner of the two times; with `reschedule`, at the time now
 * asked (a read just made replaces the schedule an earlier read set). Returns the jobs in request order.
 */
export function enqueueReads(db: LinkscoutDb, requests: readonly ReadRequest[], now: number, options: { reschedule?: boolean } = {}): Promise<ReadJob[]> {
  return guardStorage('Queuing page reads failed', () =>
    db.transaction('rw', db.readJobs, async () => {
      const jobs: ReadJob[] = [];
      const fresh: ReadJob[] = [];
      for (const r of requests) {
        const existing = await db.readJobs.where('[purpose+ref]').equals([r.purpose, r.ref])
          .filter((j) => j.url === r.url && j.state === 'queued').first();
        if (existing) {
          const asked = r.dueAt ?? now;
          const dueAt = options.reschedule ? asked : Math.min(existing.dueAt, asked);
          if (dueAt !== existing.dueAt) await db.readJobs.update(existing.id, { dueAt });
          jobs.push({ ...existing, dueAt });
          continue;
        }
        const job: ReadJob = { id: crypto.randomUUID(), url: r.url, purpose: r.purpose, ref: r.ref, state: 'queued', createdAt: now, dueAt: r.dueAt ?? now, attempts: 0 };
        fresh.push(job);
        jobs.push(job);
      }
      await db.readJobs.bulkAdd(fresh);
      return jobs;
    }),
  );
}

/**
 * Queues reads for owners that cannot have one queued yet (records just created): one bulk
 * write, no per-request lookup, for imports of thousands of pages.
 */
export function enqueueNewReads(db: LinkscoutDb, requests: readonly ReadRequest[], now: number): Promise<void> {
  const jobs: ReadJob[] = requests.map((r) => ({ id: crypto.randomUUID(), url: r.url, purpose: r.purpose, ref: r.ref, state: 'queued', createdAt: now, dueAt: r.dueAt ?? now, attempts: 0 }));
  return guardStorage('Queuing page reads failed', async () => {
    await db.readJobs.bulkAdd(jobs);
  });
}

/** Jobs to run now: due queued ones, and running ones a stopped worker left behind. Oldest first, at most `limit`. */
export async function dueReadJobs(db: LinkscoutDb, now: number, limit: number): Promise<ReadJob[]> {
  const [running, queued] = await Promise.all([
    db.readJobs.where('[state+dueAt]').between(['running', -Infinity], ['running', Infinity]).limit(limit).toArray(),
    db.readJobs.where('[state+dueAt]').between(['queued', -Infinity], ['queued', now], true, true).limit(limit).toArray(),
  ]);
  return [...running, ...queued].slice(0, limit);
}

/** Jobs whose result is stored but not yet handed to their owner. */
export function unhandledReads(db: LinkscoutDb): Promise<ReadJob[]> {
  return db.readJobs.where('[state+dueAt]').between(['read', -Infinity], ['read', Infinity]).toArray();
}

/** The earliest time a queued job becomes due, or null when none waits. */
export async function nextReadDue(db: LinkscoutDb): Promise<number | null> {
  const first = await db.readJobs.where('[state+dueAt]').between(['queued', -Infinity], ['queued', Infinity]).first();
  return first?.dueAt ?? null;
}

/**
 * Marks reads as running when their turn comes (one more attempt each), in one transaction. For
 * each id, false when it may not run: withdrawn (paused, cancelled) or finished meanwhile.
 */
export function markStarted(db: LinkscoutDb, ids: readonly string[]): Promise<boolean[]> {
  return guardStorage('Starting page reads failed', () =>
    db.transaction('rw', db.readJobs, async () => {
      const jobs = await db.readJobs.bulkGet([...ids]);
      const allowed = jobs.map((job) => job !== undefined && (job.state === 'queued' || job.state === 'running'));
      const updates = jobs.flatMap((job, i) => (job && allowed[i] ? [{ key: job.id, changes: { state: 'running' as const, attempts: job.attempts + 1 } }] : []));
      if (updates.length) await db.readJobs.bulkUpdate(updates);
      return allowed;
    }),
  );
}

/** Stores finished reads' results (state "read": not yet handed to their owners), in one transaction. */
export function recordReads(db: LinkscoutDb, reads: readonly { id: string; result: PageRead; now: number }[]): Promise<true[]> {
  return guardStorage('Saving page reads failed', async () => {
    await db.readJobs.bulkUpdate(reads.map((r) => ({ key: r.id, changes: { state: 'read' as const, result: r.result, finishedAt: r.now } })));
    return reads.map(() => true as const);
  });
}

/** Reads whose owners have been told: done, in one transaction. */
export function markHandled(db: LinkscoutDb, ids: readonly string[]): Promise<true[]> {
  return guardStorage('Saving page reads failed', async () => {
    await db.readJobs.bulkUpdate(ids.map((id) => ({ key: id, changes: { state: 'done' as const } })));
    return ids.map(() => true as const);
  });
}

/** A read that ended without a result: kept as "read" with its error until the owner has been told. */
export function failRead(db: LinkscoutDb, id: string, error: string, now: number): Promise<number> {
  return guardStorage('Saving a page read failed', () => db.readJobs.update(id, { state: 'read', error, finishedAt: now }));
}

/** Every read for one owner record, newest first: what a view observes through liveQuery. */
export async function readsFor(db: LinkscoutDb, purpose: ReadPurpose, ref: string): Promise<ReadJob[]> {
  const jobs = await db.readJobs.where('[purpose+ref]').equals([purpose, ref]).toArray();
  return jobs.sort((a, b) => (b.finishedAt ?? b.createdAt) - (a.finishedAt ?? a.createdAt));
}

/** How many reads of a purpose are still waiting or running (progress). */
export async function pendingReadCount(db: LinkscoutDb, purpose: ReadPurpose): Promise<number> {
  return db.readJobs.where('[state+dueAt]').between(['queued', -Infinity], ['running', Infinity])
    .filter((j) => j.purpose === purpose).count();
}

/** Drops finished reads older than `before` (results live on in their owners' records). */
export function pruneReads(db: LinkscoutDb, before: number): Promise<number> {
  return guardStorage('Pruning old page reads failed', () => db.readJobs.where('finishedAt').below(before).filter((j) => j.state === 'done').delete());
}
