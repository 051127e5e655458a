import { CLOSED_STATUSES, type Prospect, type ProspectStatus } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';

export interface DomainSummary {
  count: number;
  /** Status of the most recently updated prospect on the domain, null when there is none. */
  lastStatus: ProspectStatus | null;
  lastUpdatedAt: number | null;
}

/** "3 prospects on this domain, last status: contacted" for the popup. */
export async function domainSummary(db: LinkscoutDb, domain: string): Promise<DomainSummary> {
  const rows = await db.prospects.where('domain').equals(domain.toLowerCase()).toArray();
  let last: Prospect | null = null;
  for (const row of rows) {
    if (!last || row.updatedAt > last.updatedAt) last = row;
  }
  return { count: rows.length, lastStatus: last?.status ?? null, lastUpdatedAt: last?.updatedAt ?? null };
}

/** Statuses where a scheduled follow-up no longer makes sense. */
const CLOSED: ReadonlySet<ProspectStatus> = new Set(CLOSED_STATUSES);

export function isClosedStatus(status: ProspectStatus): boolean {
  return CLOSED.has(status);
}

/**
 * Every follow-up date that has come (or only those later than `after`), prospect id → date,
 * oldest first, from the index alone: one keys-only walk gives each entry's date (its key) and
 * prospect id (its primary key), no record is read.
 */
export async function dueFollowUpDates(db: LinkscoutDb, now: number, after = -Infinity): Promise<Map<string, number>> {
  const due = new Map<string, number>();
  await db.prospects.where('followUpAt').between(after, now, false, true).eachKey((key, cursor) => {
    due.set(String(cursor.primaryKey), Number(key));
  });
  return due;
}

/** How many follow-up dates have come (a native count of the index: no walk in script). */
export function dueFollowUpCount(db: LinkscoutDb, now: number): Promise<number> {
  return db.prospects.where('followUpAt').belowOrEqual(now).count();
}

/** Ids of the prospects written since `since` (exclusive), from the updatedAt index's keys alone. */
export async function idsUpdatedSince(db: LinkscoutDb, since: number): Promise<string[]> {
  return (await db.prospects.where('updatedAt').above(since).primaryKeys()).map(String);
}

/** Ids of every won, lost and do-not-contact prospect, from the status index's keys alone. */
export async function closedProspectIds(db: LinkscoutDb): Promise<Set<string>> {
  const keys = await Promise.all([...CLOSED].map((status) => db.prospects.where('status').equals(status).primaryKeys()));
  return new Set(keys.flat().map(String));
}

/** The prospects with these ids, in the same order; ids no longer saved are left out. */
export async function prospectsByIds(db: LinkscoutDb, ids: readonly string[]): Promise<Prospect[]> {
  if (ids.length === 0) return [];
  return (await db.prospects.bulkGet([...ids])).flatMap((row) => (row ? [toProspect(row)] : []));
}

export async function getProspect(db: LinkscoutDb, id: string): Promise<Prospect | undefined> {
  const row = await db.prospects.get(id);
  return row && toProspect(row);
}

/** The prospect saved for a page, found by its normalised URL (lib/url/normalize.ts). */
export async function prospectByNormalizedUrl(db: LinkscoutDb, normalizedUrl: string): Promise<Prospect | undefined> {
  const row = await db.prospects.where('normalizedUrl').equals(normalizedUrl).first();
  return row && toProspect(row);
}

export function countProspects(db: LinkscoutDb): Promise<number> {
  return db.prospects.count();
}

/** Every tag in use, sorted (the tags index lists each once). */
export async function tagsInUse(db: LinkscoutDb): Promise<string[]> {
  return (await db.prospects.orderBy('tags').uniqueKeys()).map(String);
}
