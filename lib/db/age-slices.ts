import type { LinkscoutDb } from '@/lib/db/database';
import { EVERY_AGE, type AgeSlice } from '@/lib/db/age-cursor';

/** The oldest or newest creation date: the first key of the index one way or the other (no walk). */
function edgeDate(index: IDBIndex, direction: 'next' | 'prev'): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = index.openKeyCursor(null, direction);
    request.onsuccess = () => resolve(request.result ? (request.result.key as number) : null);
    request.onerror = () => reject(request.error ?? new Error('Reading creation dates failed'));
  });
}

/**
 * Splits the prospects by creation date into up to `count` slices of equal time, in order,
 * covering every date (the ends are open, so a prospect saved meanwhile still falls in one).
 * Only the oldest and newest dates are read: finding slices of equal size would walk the index,
 * which costs as much as a worker's share of the export. Slices may hold very different numbers
 * of prospects (saving comes in bursts); the export hands them out as workers come free.
 */
export async function ageSlices(db: LinkscoutDb, count: number): Promise<AgeSlice[]> {
  await db.open();
  const index = db.backendDB().transaction('prospects', 'readonly').objectStore('prospects').index('createdAt');
  const [oldest, newest] = await Promise.all([edgeDate(index, 'next'), edgeDate(index, 'prev')]);
  if (oldest === null || newest === null) return [EVERY_AGE];
  const span = newest - oldest;
  const parts = Math.max(1, Math.min(Math.floor(count), span));
  const bounds = Array.from({ length: parts - 1 }, (_, i) => oldest + Math.floor((span * (i + 1)) / parts));
  const edges = [null, ...new Set(bounds), null];
  return edges.slice(1).map((below, i) => ({ from: edges[i] ?? null, below }));
}
