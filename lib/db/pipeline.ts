import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import { prospectStatusSchema } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';

export interface WeekActivity {
  /** Monday 00:00 UTC of the week, epoch ms. */
  weekStart: number;
  contacted: number;
  won: number;
}

export interface PipelineSummary {
  byStatus: Array<{ status: ProspectStatus; count: number }>;
  weeks: WeekActivity[];
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Monday 00:00 UTC of the week holding `at`. */
export function weekStart(at: number): number {
  const day = Math.floor(at / DAY);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * DAY;
}

/**
 * Counts status changes into "contacted" and into "won" per week, from prospects' histories. A
 * prospect "contacted" again after a follow-up counts once per week it happened in.
 */
export function weeklyActivity(rows: ReadonlyArray<Pick<Prospect, 'history'>>, now: number, weeks: number): WeekActivity[] {
  const first = weekStart(now) - (weeks - 1) * WEEK;
  const buckets = Array.from({ length: weeks }, (_, i) => ({ weekStart: first + i * WEEK, contacted: 0, won: 0 }));
  for (const row of rows) {
    for (const entry of row.history) {
      if (entry.kind !== 'status' || entry.at < first || entry.at > now) continue;
      const bucket = buckets[Math.floor((entry.at - first) / WEEK)];
      if (!bucket) continue;
      if (entry.to === 'contacted') bucket.contacted++;
      if (entry.to === 'won') bucket.won++;
    }
  }
  return buckets;
}

/**
 * The pipeline view's numbers: one index count per status, and the weekly activity read only from
 * prospects updated within the window (a status change always updates `updatedAt`).
 */
export async function pipelineSummary(db: LinkscoutDb, now: number, weeks = 12): Promise<PipelineSummary> {
  const statuses = prospectStatusSchema.options;
  const counts = await Promise.all(statuses.map((status) => db.prospects.where('status').equals(status).count()));
  const since = weekStart(now) - (weeks - 1) * WEEK;
  const recent = await db.prospects.where('updatedAt').aboveOrEqual(since).toArray();
  return { byStatus: statuses.map((status, i) => ({ status, count: counts[i] ?? 0 })), weeks: weeklyActivity(recent, now, weeks) };
}
