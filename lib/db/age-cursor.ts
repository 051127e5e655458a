import type { Prospect } from '@/lib/schemas/prospect';
import { toProspect, type ProspectRow } from '@/lib/db/derived';

/** A stretch of the creation-date index: `from` inclusive, `below` exclusive; null is open. */
export interface AgeSlice {
  from: number | null;
  below: number | null;
}

export const EVERY_AGE: AgeSlice = { from: null, below: null };

export function ageKeyRange({ from, below }: AgeSlice): IDBKeyRange | null {
  if (from === null) return below === null ? null : IDBKeyRange.upperBound(below, true);
  return below === null ? IDBKeyRange.lowerBound(from) : IDBKeyRange.bound(from, below, false, true);
}

/**
 * The prospects of one slice oldest first (ties by id), in chunks, read by one native cursor in
 * one read transaction: one snapshot, and the fastest way through an index (Dexie's per-row
 * bookkeeping cost as much as the reading at 100,000). Takes a bare IndexedDB connection, so a
 * worker can run it. The cursor runs ahead while the consumer works on earlier chunks; the
 * consumer stopping early (a cancelled export) aborts it. `strip` false leaves the derived index
 * fields on the records (a CSV reads only named fields, and copying 100,000 records costs time).
 */
export async function* ageChunks(idb: IDBDatabase, slice: AgeSlice, size: number, strip: boolean): AsyncGenerator<Prospect[]> {
  const tx = idb.transaction('prospects', 'readonly');
  const request = tx.objectStore('prospects').index('createdAt').openCursor(ageKeyRange(slice));
  const ready: Prospect[][] = [];
  let chunk: Prospect[] = [];
  let finished = false;
  let failure: unknown = null;
  let stopped = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  request.onsuccess = () => {
    const cursor = request.result;
    if (stopped) return;
    if (cursor) {
      const row = cursor.value as ProspectRow;
      chunk.push(strip ? toProspect(row) : row);
      if (chunk.length >= size) {
        ready.push(chunk);
        chunk = [];
        signal();
      }
      cursor.continue();
      return;
    }
    if (chunk.length > 0) ready.push(chunk);
    finished = true;
    signal();
  };
  request.onerror = () => {
    failure = request.error ?? new Error('Reading prospects failed');
    finished = true;
    signal();
  };
  try {
    for (;;) {
      const next = ready.shift();
      if (next) {
        yield next;
        continue;
      }
      if (finished) {
        if (failure !== null) throw failure;
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!finished) {
      stopped = true;
      tx.abort();
    }
  }
}
