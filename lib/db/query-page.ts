import { Dexie } from 'dexie';
import type { Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect, type ProspectRow } from '@/lib/db/derived';
import { buildClauses, type Clause, type ProspectFilter } from '@/lib/db/query-clauses';
import { compareRows, orderedBy, type ProspectSort } from '@/lib/db/query-order';
import { matchingIds, type QueryTuning } from '@/lib/db/query-match';

export interface PageRequest {
  offset: number;
  limit: number;
}

/** One page of rows, read without counting every match (counting walks them all in IndexedDB). */
export interface RowsPage {
  rows: Prospect[];
  /** Whether a next page has rows. */
  more: boolean;
  /** The exact number of matches when finding the page told it anyway, else null (count apart). */
  total: number | null;
}

/**
 * Below this many index entries a condition's rows are loaded at once, through its own index in one
 * batched read: about 30 µs a row in Chromium, so never more than half the search budget, and no
 * gamble on where in the sort order the matches lie. Telling the size reads the keys (several µs
 * an entry), a cost a common condition pays before its walk.
 */
const PROBE_CAP = 5000;
/**
 * Rows a first, short walk of the sort order reads, testing each (about 60 µs a row): enough for a
 * page of any common condition whose matches are spread through the list.
 */
const QUICK_SCAN = 1000;
/**
 * When that walk finds too few (the matches are old in this order, or rare), a condition with
 * fewer index entries than this has its rows loaded through its own index in one batched read
 * (about 20 µs a row, and no gamble on where the matches lie).
 */
const LOAD_CAP = 20_000;
/** Rows the long walk may read (about 300 ms in Chromium) before the index intersection takes over. */
const SCAN_BUDGET = 5000;

const defined = (r: ProspectRow | undefined): r is ProspectRow => r !== undefined;

function pageOf(rows: readonly ProspectRow[], page: PageRequest, total: number | null, skipped = 0): RowsPage {
  const start = page.offset - skipped;
  return { rows: rows.slice(start, start + page.limit).map(toProspect), more: rows.length > start + page.limit, total };
}

/** Walks the sort index reading rows and testing every condition; null when the budget ran out first. */
async function scanInOrder(db: LinkscoutDb, clauses: Clause[], sort: ProspectSort, want: number, budget: number, signal?: AbortSignal): Promise<{ rows: ProspectRow[]; complete: boolean } | null> {
  let visited = 0;
  const rows = await orderedBy(db, sort)
    // A search typed over (signal aborted) stops reading at once.
    .until(() => ++visited > budget || signal?.aborted === true)
    .filter((row) => clauses.every((c) => c.test(row)))
    .limit(want)
    .toArray();
  signal?.throwIfAborted();
  if (rows.length >= want) return { rows, complete: false };
  return visited <= budget ? { rows, complete: true } : null;
}

/** The rows of a rare condition, tested against the others and sorted in memory; null when no condition is rare. */
async function rareRows(db: LinkscoutDb, clauses: Clause[], sort: ProspectSort, cap: number): Promise<ProspectRow[] | null> {
  if (cap <= 0) return null;
  const probes = await Promise.all(clauses.map((c) => c.probe(cap)));
  const known = probes.filter((keys): keys is string[] => keys !== null);
  if (known.length === 0) return null;
  const fewest = clauses[probes.indexOf(known.reduce((a, b) => (b.length < a.length ? b : a)))];
  if (!fewest) return null;
  const rows = await fewest.rows();
  return rows.filter((row) => clauses.every((c) => c.test(row))).sort(compareRows(sort.field, sort.direction));
}

/**
 * One page of prospects, rows first: the list shows them before any count is known. Without
 * filters, or with one status in the default order, it pages straight off an index; a rare
 * condition loads its few rows; otherwise a short walk of the sort order tests rows until the
 * page is full, then a condition of up to LOAD_CAP entries loads its rows, then a longer walk,
 * and only a filter that matches almost nothing falls back to intersecting indexes.
 */
export function queryProspectPage(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort, page: PageRequest, tuning: QueryTuning = {}, signal?: AbortSignal): Promise<RowsPage> {
  const clauses = buildClauses(db, filter);
  // One row past the page tells whether there is a next page.
  const want = page.offset + page.limit + 1;
  return db.transaction('r', db.prospects, async () => {
    if (clauses.length === 0 && sort.field !== 'followUpAt') {
      return pageOf(await orderedBy(db, sort).offset(page.offset).limit(page.limit + 1).toArray(), page, null, page.offset);
    }
    const status = filter.status?.length === 1 ? filter.status[0] : undefined;
    if (status !== undefined && sort.field === 'updatedAt' && Object.keys(filter).length === 1) {
      // The commonest filter, in the default order: one compound-index range.
      const range = db.prospects.where('[status+updatedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
      const ordered = sort.direction === 'desc' ? range.reverse() : range;
      return pageOf(await ordered.offset(page.offset).limit(page.limit + 1).toArray(), page, null, page.offset);
    }
    const rare = await rareRows(db, clauses, sort, tuning.probeCap ?? PROBE_CAP);
    if (rare) return pageOf(rare, page, rare.length);
    signal?.throwIfAborted();
    // Rows without a follow-up date are not in its index: that order cannot be walked.
    const walk = async (budget: number) => (sort.field === 'followUpAt' ? null : scanInOrder(db, clauses, sort, want, budget, signal));
    const quick = await walk(tuning.quickScan ?? QUICK_SCAN);
    if (quick) return pageOf(quick.rows, page, quick.complete ? quick.rows.length : null);
    const loaded = await rareRows(db, clauses, sort, tuning.loadCap ?? LOAD_CAP);
    if (loaded) return pageOf(loaded, page, loaded.length);
    signal?.throwIfAborted();
    const scanned = await walk(tuning.scanBudget ?? SCAN_BUDGET);
    if (scanned) return pageOf(scanned.rows, page, scanned.complete ? scanned.rows.length : null);
    const { ids, total } = await matchingIds(db, filter, sort, tuning, want);
    const rows = (await db.prospects.bulkGet(ids.slice(page.offset, page.offset + page.limit))).filter(defined);
    return { rows: rows.map(toProspect), more: total > page.offset + page.limit, total };
  });
}
