import type { LinkscoutDb } from '@/lib/db/database';
import type { ProspectRow } from '@/lib/db/derived';
import { buildClauses, type Clause, type ProspectFilter } from '@/lib/db/query-clauses';
import { compareRows, orderBySortIndex, type ProspectSort } from '@/lib/db/query-order';

/** Thresholds, overridable so tests can force each query path on a small database. */
export interface QueryTuning {
  /** Below this many candidates, loading the rows and finishing in memory beats more index reads. */
  smallSet?: number;
  /** How many sort-index keys one read takes while walking it. */
  walkChunk?: number;
  /** A condition with fewer index entries than this has its rows loaded directly (query-page.ts). */
  probeCap?: number;
  /** Rows the first, short walk of the sort order reads, testing each (query-page.ts). */
  quickScan?: number;
  /** Rows the long walk reads before the index intersection takes over (query-page.ts). */
  scanBudget?: number;
  /** After the short walk, a condition with fewer index entries than this has its rows loaded (query-page.ts). */
  loadCap?: number;
}

const SMALL_SET = 2000;
const WALK_CHUNK = 10_000;

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

/**
 * Matching ids in sort order (the first `want` of them when the sort index is walked) and the
 * exact total: every condition's index is read, so this costs in proportion to the matches.
 */
export async function matchingIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, tuning: QueryTuning, want: number): Promise<{ ids: string[]; total: number }> {
  const smallSet = tuning.smallSet ?? SMALL_SET;
  const { keys, untested } = await candidateKeys(db, buildClauses(db, filter), smallSet);
  if (keys.size <= smallSet || untested.length > 0) {
    const rows = (await db.prospects.bulkGet([...keys])).filter((r): r is ProspectRow => r !== undefined);
    const ids = rows.filter((r) => untested.every((c) => c.test(r))).sort(compareRows(sort.field, sort.direction)).map((r) => r.id);
    return { ids, total: ids.length };
  }
  return { ids: await orderBySortIndex(db, keys, sort, want, tuning.walkChunk ?? WALK_CHUNK), total: keys.size };
}
