import type { LinkscoutDb } from '@/lib/db/database';
import type { ProspectRow } from '@/lib/db/derived';

export type SortField = 'updatedAt' | 'createdAt' | 'followUpAt' | 'relevance' | 'domain';
export interface ProspectSort {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** The order an index walk gives, for rows sorted in memory: ties by id, rows with no value last. */
export function compareRows(field: SortField, direction: ProspectSort['direction']) {
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

/** Every prospect in sort order, as one index walk. */
export function orderedBy(db: LinkscoutDb, sort: ProspectSort) {
  const ordered = db.prospects.orderBy(sort.field);
  return sort.direction === 'desc' ? ordered.reverse() : ordered;
}

/**
 * Orders a large candidate set by walking the sort index's keys (no records read), a chunk at a
 * time, stopping once `want` ids are found: the first page rarely needs more than one chunk.
 */
export async function orderBySortIndex(db: LinkscoutDb, candidates: Set<string>, sort: ProspectSort, want: number, chunk: number): Promise<string[]> {
  const result: string[] = [];
  for (let at = 0; result.length < want; at += chunk) {
    const keys = await orderedBy(db, sort).offset(at).limit(chunk).primaryKeys();
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
