import type { LinkscoutDb } from '@/lib/db/database';
import { dueFollowUpCount, dueFollowUpDates, idsUpdatedSince, prospectsByIds } from '@/lib/db/prospect-lookups';
import type { NotifiedMap } from './reminder-plan';

/** When the reminder last looked, and when it last walked every due date. */
export interface DueCheck {
  at: number;
  fullAt: number;
}

/** A walk of every due date at least this often, whatever the quick look finds. */
export const FULL_EVERY_MS = 24 * 60 * 60 * 1000;
/** More prospects written since the last look than this (a large import), and the walk is cheaper than reading them. */
export const CHANGED_LIMIT = 2000;
/** Writes that began before the last look but ended after it are looked at again. */
const OVERLAP_MS = 60_000;

/** A stored value read back as a DueCheck; anything else means no look was made yet. */
export function readDueCheck(stored: unknown): DueCheck | null {
  if (!stored || typeof stored !== 'object') return null;
  const { at, fullAt } = stored as Record<string, unknown>;
  return typeof at === 'number' && typeof fullAt === 'number' ? { at, fullAt } : null;
}

/**
 * Every due follow-up, prospect id → date, oldest first. With a recent look on record, it reads only
 * what changed since: the dates that have come since, and the prospects written since (whose date
 * may have moved, gone or come); what was handled before is taken as still due for its date, and
 * a count of the due dates checks the result. Otherwise (the first run, once a day, after a large
 * import, or when the count differs) it walks every due date in the index.
 */
export function dueFollowUps(db: LinkscoutDb, now: number, handled: Readonly<NotifiedMap>, last: DueCheck | null): Promise<{ due: Map<string, number>; full: boolean }> {
  // One read transaction (an async function, so Dexie keeps it across the native awaits): every read
  // sees the same moment, so the count check compares like with like.
  return db.transaction('r', db.prospects, async () => lookSince(db, now, handled, last));
}

async function lookSince(db: LinkscoutDb, now: number, handled: Readonly<NotifiedMap>, last: DueCheck | null): Promise<{ due: Map<string, number>; full: boolean }> {
  if (!last || now - last.fullAt >= FULL_EVERY_MS || last.at > now) return { due: await dueFollowUpDates(db, now), full: true };
  const changed = await idsUpdatedSince(db, last.at - OVERLAP_MS);
  if (changed.length > CHANGED_LIMIT) return { due: await dueFollowUpDates(db, now), full: true };
  const due = new Map(Object.entries(handled));
  for (const [id, date] of await dueFollowUpDates(db, now, last.at)) due.set(id, date);
  const written = new Map((await prospectsByIds(db, changed)).map((p) => [p.id, p.followUpAt]));
  for (const id of changed) {
    const date = written.get(id) ?? null;
    if (date !== null && date <= now) due.set(id, date);
    else due.delete(id);
  }
  // What the quick look cannot see (a prospect deleted, or restored with its old write date) shows
  // as a count that differs: a native count of the index, far cheaper than walking it in script.
  if ((await dueFollowUpCount(db, now)) !== due.size) return { due: await dueFollowUpDates(db, now), full: true };
  return { due: new Map([...due].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))), full: false };
}
