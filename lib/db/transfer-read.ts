import { Dexie } from 'dexie';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';

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

class Stopped extends Error {}

/**
 * Every prospect oldest first, read by one cursor in one read transaction (one snapshot; a cursor
 * is the fastest way through a whole IndexedDB index). The cursor runs ahead while the consumer
 * works on earlier chunks, so reading and formatting overlap; the consumer stopping early (a
 * cancelled export) stops the cursor.
 */
async function* allByAge(db: LinkscoutDb, size: number): AsyncGenerator<Prospect[]> {
  const ready: Prospect[][] = [];
  let wake: (() => void) | null = null;
  let stopped = false;
  let finished = false;
  let failure: unknown = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  let chunk: Prospect[] = [];
  const reading = db.transaction('r', db.prospects, () =>
    db.prospects.orderBy('createdAt').each((row) => {
      if (stopped) throw new Stopped();
      chunk.push(toProspect(row));
      if (chunk.length < size) return;
      ready.push(chunk);
      chunk = [];
      signal();
    }),
  );
  reading.then(
    () => {
      if (chunk.length > 0) ready.push(chunk);
      finished = true;
      signal();
    },
    (error: unknown) => {
      failure = error instanceof Dexie.AbortError || error instanceof Stopped ? (stopped ? null : error) : error;
      finished = true;
      signal();
    },
  );
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
    stopped = true;
  }
}

/** Prospects in chunks: the given ids in their order, or every prospect oldest first. */
export function prospectChunks(db: LinkscoutDb, ids?: readonly string[], size = CHUNK_ROWS): AsyncGenerator<Prospect[]> {
  return ids ? chunksOfIds(db, ids, size) : allByAge(db, size);
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
