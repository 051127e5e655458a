import { Dexie } from 'dexie';
import type { Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect, type ProspectRow } from '@/lib/db/derived';
import { buildClauses, type Clause, type ProspectFilter } from '@/lib/db/query-clauses';

export type { DateRange, ProspectFilter } from '@/lib/db/query-clauses';

export type SortField = 'updatedAt' | 'createdAt' | 'followUpAt' | 'relevance' | 'domain';
export interface ProspectSort {
  field: SortField;
  direction: 'asc' | 'desc';
}
export interface PageRequest {
  offset: number;
  limit: number;
}
export interface ProspectPage {
  rows: Prospect[];
  /** Exact number of prospects matching the filter. */
  total: number;
}

/** Below this many candidates, loading the rows and finishing in memory beats more index reads. */
const SMALL_SET = 2000;

function compareRows(field: SortField, direction: ProspectSort['direction']) {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: ProspectRow, b: ProspectRow): number => {
    const x = a[field];
    const y = b[field];
    // Rows with no value (a null follow-up) come last either way, as they do after an index walk.
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return (x < y ? -1 : 1) * sign;
    }
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
  };
}

/** How many sort-index keys one read takes while walking it. */
const WALK_CHUNK = 10_000;

/** Thresholds, overridable so tests can force each query path on a small database. */
export interface QueryTuning {
  smallSet?: number;
  walkChunk?: number;
}

/**
 * Orders a large candidate set by walking the sort index's keys (no records read), a chunk at a
 * time, stopping once `want` ids are found: the first page rarely needs more than one chunk.
 */
async function orderBySortIndex(db: LinkscoutDb, candidates: Set<string>, sort: ProspectSort, want: number, chunk: number): Promise<string[]> {
  const ordered = () => (sort.direction === 'desc' ? db.prospects.orderBy(sort.field).reverse() : db.prospects.orderBy(sort.field));
  const result: string[] = [];
  for (let at = 0; result.length < want; at += chunk) {
    const keys = await ordered().offset(at).limit(chunk).primaryKeys();
    for (const key of keys) if (candidates.has(key)) result.push(key);
    if (keys.length < chunk) break;
  }
  if (result.length < want && result.length < candidates.size) {
    // Rows absent from the index (null values) come last, in id order like index ties.
    const placed = new Set(result);
    const rest = [...candidates].filter((id) => !placed.has(id)).sort();
    result.push(...(sort.direction === 'desc' ? rest.reverse() : rest));
  }
  return result;
}

async function candidateKeys(db: LinkscoutDb, clauses: Clause[], smallSet: number): Promise<{ keys: Set<string>; untested: Clause[] }> {
  if (clauses.length === 0) return { keys: new Set(await db.prospects.toCollection().primaryKeys()), untested: [] };
  const counts = await Promise.all(clauses.map((c) => c.count()));
  const bySelectivity = clauses.map((clause, i) => ({ clause, count: counts[i] ?? 0 })).sort((a, b) => a.count - b.count);
  let keys: Set<string> | null = null;
  let next = 0;
  // Intersect from the most selective index; once few candidates remain, the rest is tested in memory.
  while (next < bySelectivity.length && (keys === null || keys.size > smallSet)) {
    const current = bySelectivity[next++];
    if (!current) break;
    const found = await current.clause.keys();
    keys = keys === null ? new Set(found) : new Set(found.filter((k) => (keys as Set<string>).has(k)));
  }
  return { keys: keys ?? new Set(), untested: bySelectivity.slice(next).map((c) => c.clause) };
}

/** Matching ids in sort order (the first `want` of them when the sort index is walked) and the exact total. */
async function matchingIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, tuning: QueryTuning, want: number): Promise<{ ids: string[]; total: number }> {
  const smallSet = tuning.smallSet ?? SMALL_SET;
  const { keys, untested } = await candidateKeys(db, buildClauses(db, filter), smallSet);
  if (keys.size <= smallSet || untested.length > 0) {
    const rows = (await db.prospects.bulkGet([...keys])).filter((r): r is ProspectRow => r !== undefined);
    const ids = rows.filter((r) => untested.every((c) => c.test(r))).sort(compareRows(sort.field, sort.direction)).map((r) => r.id);
    return { ids, total: ids.length };
  }
  return { ids: await orderBySortIndex(db, keys, sort, want, tuning.walkChunk ?? WALK_CHUNK), total: keys.size };
}

/** Every prospect id matching the filter, in sort order (for "select all" and filtered export). */
export async function queryProspectIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, tuning: QueryTuning = {}): Promise<string[]> {
  // One read transaction: every index read sees the same snapshot.
  return db.transaction('r', db.prospects, async () => (await matchingIds(db, filter, sort, tuning, Infinity)).ids);
}

/**
 * One page of prospects and the exact total. Without filters it pages straight off the sort index;
 * with filters it narrows by the most selective index first (see candidateKeys).
 */
export async function queryProspects(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, page: PageRequest, tuning: QueryTuning = {}): Promise<ProspectPage> {
  const clauses = buildClauses(db, filter);
  // One read transaction: the page and the total come from the same snapshot.
  return db.transaction('r', db.prospects, async () => {
    if (clauses.length === 0 && sort.field !== 'followUpAt') {
      const ordered = db.prospects.orderBy(sort.field);
      const collection = sort.direction === 'desc' ? ordered.reverse() : ordered;
      const [rows, total] = await Promise.all([collection.offset(page.offset).limit(page.limit).toArray(), db.prospects.count()]);
      return { rows: rows.map(toProspect), total };
    }
    const status = filter.status?.length === 1 ? filter.status[0] : undefined;
    if (status !== undefined && sort.field === 'updatedAt' && Object.keys(filter).length === 1) {
      // The commonest filter, in the default order: one compound-index range, no candidate set.
      const range = db.prospects.where('[status+updatedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
      const ordered = sort.direction === 'desc' ? range.reverse() : range;
      const [rows, total] = await Promise.all([ordered.offset(page.offset).limit(page.limit).toArray(), db.prospects.where('status').equals(status).count()]);
      return { rows: rows.map(toProspect), total };
    }
    const { ids, total } = await matchingIds(db, filter, sort, tuning, page.offset + page.limit);
    const pageIds = ids.slice(page.offset, page.offset + page.limit);
    const rows = (await db.prospects.bulkGet(pageIds)).filter((r): r is ProspectRow => r !== undefined);
    return { rows: rows.map(toProspect), total };
  });
}
