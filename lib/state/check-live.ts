import { batch, signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckJob } from '@/lib/db/check-records';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { latestJobFor } from '@/lib/db/check-jobs';
import type { CheckState } from './check-state';
import { bindLive } from './live';

interface Snapshot {
  job: CheckJob | null;
  verdicts: ReadonlyMap<string, LinkVerdict>;
}

/**
 * Follows the page's latest check job and the cached verdicts of its links, live from IndexedDB.
 * Both are read in one transaction and set together, so the "N / M checked" count and the verdict
 * badges always come from the same moment (the background writes a verdict and the job's count
 * in one transaction too).
 */
export function watchChecks(state: CheckState, db: LinkscoutDb, pageUrl: string, keys: readonly string[]): () => void {
  const onError = (message: string) => {
    state.error.value = `Reading link results failed: ${message}`;
  };
  const snapshot = signal<Snapshot | null>(null);
  const stopLive = bindLive(
    snapshot,
    () => db.transaction('r', db.checkJobs, db.verdicts, async () => {
      const [job, rows] = await Promise.all([latestJobFor(db, pageUrl), db.verdicts.bulkGet([...keys])]);
      const verdicts = new Map<string, LinkVerdict>();
      rows.forEach((row, i) => {
        const key = keys[i];
        if (row && key) verdicts.set(key, row);
      });
      return { job: job ?? null, verdicts };
    }),
    onError,
  );
  const stopCopy = snapshot.subscribe((value) => {
    if (!value) return;
    batch(() => {
      state.job.value = value.job;
      state.verdicts.value = value.verdicts;
    });
  });
  return () => {
    stopLive();
    stopCopy();
  };
}
