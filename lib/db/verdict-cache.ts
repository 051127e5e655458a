import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';

/** Default freshness of a cached verdict: a day. Link status changes slowly; re-checks are cheap to ask for. */
export const VERDICT_TTL_MS = 24 * 60 * 60 * 1000;

/** How long a verdict without any HTTP answer is reused: the user's network may have been at fault. */
export const NO_ANSWER_TTL_MS = 10 * 60 * 1000;

/**
 * How long a cached verdict stays fresh. A verdict the site decided (any HTTP status) keeps the
 * configured TTL; one decided by no answer at all (DNS, refused, reset, timeout, blocked by the
 * browser) only minutes, so the next "Check links" asks again.
 */
export function verdictTtlMs(verdict: LinkVerdict, ttlMs: number): number {
  const noAnswer = verdict.httpStatus === null && verdict.class !== 'skipped' && verdict.requests.every((r) => r.status === null);
  return noAnswer ? Math.min(ttlMs, NO_ANSWER_TTL_MS) : ttlMs;
}

function isFresh(verdict: LinkVerdict, now: number, ttlMs: number): boolean {
  return now - verdict.checkedAt < verdictTtlMs(verdict, ttlMs);
}

/** Cached verdicts still fresh at `now`, by URL; stale and unknown URLs are absent. */
export async function freshVerdicts(db: LinkscoutDb, urls: readonly string[], now: number, ttlMs = VERDICT_TTL_MS): Promise<Map<string, LinkVerdict>> {
  const rows = await db.verdicts.bulkGet([...new Set(urls)]);
  const fresh = new Map<string, LinkVerdict>();
  for (const row of rows) {
    if (row && isFresh(row, now, ttlMs)) fresh.set(row.url, row);
  }
  return fresh;
}

/** Every stored verdict for the given link keys, however old, by key: what the popup shows. */
export async function verdictsByKey(db: LinkscoutDb, keys: readonly string[]): Promise<Map<string, LinkVerdict>> {
  const rows = await db.verdicts.bulkGet([...keys]);
  const map = new Map<string, LinkVerdict>();
  rows.forEach((row, i) => {
    const key = keys[i];
    if (row && key) map.set(key, row);
  });
  return map;
}

export function storeVerdicts(db: LinkscoutDb, verdicts: readonly LinkVerdict[]): Promise<void> {
  return guardStorage('Saving link results failed', async () => {
    await db.verdicts.bulkPut([...verdicts]);
  });
}

/** Deletes verdicts checked before `now - ttlMs`; returns how many. */
export function pruneVerdicts(db: LinkscoutDb, now: number, ttlMs = VERDICT_TTL_MS): Promise<number> {
  return guardStorage('Pruning old link results failed', () => db.verdicts.where('checkedAt').below(now - ttlMs).delete());
}
