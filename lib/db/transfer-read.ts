import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect, type ProspectRow } from '@/lib/db/derived';

const CHUNK_ROWS = 1000;

/** The given ids in their order, a chunk per indexed read. */
async function* chunksOfIds(db: LinkscoutDb, keys: readonly string[], size: number): AsyncGenerator<Prospect[]> {
  for (let start = 0; start < keys.length; start += size) {
    // One indexed range read per chunk is much faster in Chromium than bulkGet's per-key requests.
    const chunk = keys.slice(start, start + size);
    const byId = new Map((await db.prospects.where(':id').anyOf(chunk).toArray()).map((row) => [row.id, row]));
    yield chunk.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toProspect(row)] : [];
    });
  }
}

/**
 * Every prospect oldest first, read by one native cursor in one read transaction: one snapshot,
 * and the fastest way through a whole index (Dexie's per-row bookkeeping cost as much as the
 * reading at 100,000). The cursor runs ahead while the consumer works on earlier chunks, so
 * reading and formatting overlap; the consumer stopping early (a cancelled export) aborts it.
 */
async function* allByAge(db: LinkscoutDb, size: number, strip: boolean): AsyncGenerator<Prospect[]> {
  await db.open();
  const tx = db.backendDB().transaction('prospects', 'readonly');
  const request = tx.objectStore('prospects').index('createdAt').openCursor();
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

/**
 * Prospects in chunks: the given ids in their order, or every prospect oldest first. `strip`
 * false leaves the derived index fields on the records (a CSV export reads only named fields, and
 * copying 100,000 records costs time); a backup keeps the default.
 */
export function prospectChunks(db: LinkscoutDb, ids?: readonly string[], size = CHUNK_ROWS, strip = true): AsyncGenerator<Prospect[]> {
  return ids ? chunksOfIds(db, ids, size) : allByAge(db, size, strip);
}

/** Every prospect flagged toxic: what the disavow file lists. */
export function toxicProspects(db: LinkscoutDb): Promise<Prospect[]> {
  // No index on a boolean: the flag is rare and this runs on demand, so one filtered pass is fine.
  return db.prospects.filter((p) => p.toxic).toArray();
}

/** Campaigns oldest first, as the backup lists them. */
export function campaignsByAge(db: LinkscoutDb): Promise<Campaign[]> {
  return db.campaigns.orderBy('createdAt').toArray();
}
