import type { Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { buildClauses, type ProspectFilter } from '@/lib/db/query-clauses';
import type { ProspectSort } from '@/lib/db/query-order';
import { matchingIds, type QueryTuning } from '@/lib/db/query-match';
import { queryProspectPage, type PageRequest } from '@/lib/db/query-page';

export type { DateRange, ProspectFilter } from '@/lib/db/query-clauses';
export type { ProspectSort, SortField } from '@/lib/db/query-order';
export type { QueryTuning } from '@/lib/db/query-match';
export { queryProspectPage, type PageRequest, type RowsPage } from '@/lib/db/query-page';

export interface ProspectPage {
  rows: Prospect[];
  /** Exact number of prospects matching the filter. */
  total: number;
}

const ANY_ORDER: ProspectSort = { field: 'updatedAt', direction: 'desc' };

/**
 * The exact number of prospects matching the filter. IndexedDB counts by walking the matching
 * entries, so the dashboard asks for this after the rows are on screen.
 */
export function countMatching(db: LinkscoutDb, filter: ProspectFilter, tuning: QueryTuning = {}): Promise<number> {
  return db.transaction('r', db.prospects, async () => {
    const clauses = buildClauses(db, filter);
    if (clauses.length === 0) return db.prospects.count();
    // One condition: one count (or, for a search word, one keys-only read), no intersection.
    if (clauses.length === 1 && clauses[0]) return clauses[0].size();
    return (await matchingIds(db, filter, ANY_ORDER, tuning, 0)).total;
  });
}

/** Every prospect id matching the filter, in sort order (for "select all" and filtered export). */
export async function queryProspectIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, tuning: QueryTuning = {}): Promise<string[]> {
  // One read transaction: every index read sees the same snapshot.
  return db.transaction('r', db.prospects, async () => (await matchingIds(db, filter, sort, tuning, Infinity)).ids);
}

/** One page of prospects and the exact total, from one snapshot (the dashboard reads them apart: live.ts). */
export function queryProspects(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, page: PageRequest, tuning: QueryTuning = {}): Promise<ProspectPage> {
  return db.transaction('r', db.prospects, async () => {
    const found = await queryProspectPage(db, filter, sort, page, tuning);
    return { rows: found.rows, total: found.total ?? (await countMatching(db, filter, tuning)) };
  });
}
