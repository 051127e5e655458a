import type { LinkscoutDb } from '@/lib/db/database';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { latestJobFor } from '@/lib/db/check-jobs';
import type { CheckState } from './check-state';
import { bindLive } from './live';

/** Follows the page's latest check job and the cached verdicts of its links, live from IndexedDB. */
export function watchChecks(state: CheckState, db: LinkscoutDb, pageUrl: string, keys: readonly string[]): () => void {
  const onError = (message: string) => {
    state.error.value = `Reading link results failed: ${message}`;
  };
  const stopJob = bindLive(state.job, async () => (await latestJobFor(db, pageUrl)) ?? null, onError);
  const stopVerdicts = bindLive(
    state.verdicts,
    async () => {
      const rows = await db.verdicts.bulkGet([...keys]);
      const map = new Map<string, LinkVerdict>();
      rows.forEach((row, i) => {
        const key = keys[i];
        if (row && key) map.set(key, row);
      });
      return map;
    },
    onError,
  );
  return () => {
    stopJob();
    stopVerdicts();
  };
}
