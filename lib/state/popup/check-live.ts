import { batch, signal } from '@preact/signals';
import { jobVerdicts, latestJobFor } from '@/lib/db/check-jobs';
import { ownResultKeys, shownVerdicts } from '@/lib/check/cache-rule';
import type { CheckJob } from '@/lib/db/check-records';
import type { LinkscoutDb } from '@/lib/db/database';
import { verdictsByKey } from '@/lib/db/verdict-cache';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { bindLive } from '@/lib/state/live';
import type { PopupState } from './state';

interface Snapshot {
  job: CheckJob | null;
  verdicts: ReadonlyMap<string, LinkVerdict>;
}

/**
 * The page's latest check job and the verdicts of its links, read in one transaction and set
 * together: the "N / M checked" count and the verdict badges always come from the same moment (the
 * background writes a verdict and the job's count in one transaction too). Which verdicts a page
 * is shown: lib/check/cache-rule.ts (`shownVerdicts`).
 */
export function watchCheck(state: PopupState, db: LinkscoutDb, pageUrl: string, keys: readonly string[], onError: (message: string) => void): () => void {
  const snapshot = signal<Snapshot | null>(null);
  const ownKeysOf = ownResultKeys(pageUrl, keys);
  const stopLive = bindLive(
    snapshot,
    () => db.transaction('r', db.checkJobs, db.checkItems, db.verdicts, async () => {
      const [job, cached] = await Promise.all([latestJobFor(db, pageUrl), verdictsByKey(db, keys)]);
      const ownKeys = ownKeysOf(cached);
      const own = job && ownKeys.length > 0 ? await jobVerdicts(db, job.id, ownKeys) : new Map<string, LinkVerdict>();
      return { job: job ?? null, verdicts: shownVerdicts(ownKeys, cached, own) };
    }),
    onError,
  );
  const stopCopy = snapshot.subscribe((value) => {
    if (!value) return;
    batch(() => {
      state.check.job.value = value.job;
      state.check.verdicts.value = value.verdicts;
    });
  });
  return () => {
    stopLive();
    stopCopy();
  };
}
