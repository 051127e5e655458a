import { Dexie } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';

/** Finished check jobs (and their items) are kept this long for the popup and the badge. */
export const JOB_MAX_AGE_MS = 7 * 24 * 3600_000;
/** Verdicts are pruned no sooner than this after their check, even with a TTL of 0 (the popup shows them). */
const MIN_VERDICT_AGE_MS = 3600_000;

export interface Pruned {
  verdicts: number;
  jobs: number;
  items: number;
}

/**
 * Keeps storage bounded: verdicts past the cache TTL, and finished or cancelled jobs older than
 * `jobMaxAgeMs` with their items. Unfinished jobs are never touched.
 */
export function pruneChecks(db: LinkscoutDb, now: number, ttlMs: number, jobMaxAgeMs = JOB_MAX_AGE_MS): Promise<Pruned> {
  return guardStorage('Pruning old link results failed', () =>
    db.transaction('rw', db.verdicts, db.checkJobs, db.checkItems, async () => {
      const verdicts = await db.verdicts.where('checkedAt').below(now - Math.max(ttlMs, MIN_VERDICT_AGE_MS)).delete();
      const old = await db.checkJobs.where('createdAt').below(now - jobMaxAgeMs).filter((j) => j.state === 'done' || j.state === 'cancelled').primaryKeys();
      let items = 0;
      for (const jobId of old) {
        items += await db.checkItems.where('[jobId+state]').between([jobId, Dexie.minKey], [jobId, Dexie.maxKey]).delete();
      }
      const jobs = await db.checkJobs.bulkDelete(old).then(() => old.length);
      return { verdicts, jobs, items };
    }),
  );
}
