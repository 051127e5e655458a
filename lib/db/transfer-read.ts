import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { ageChunks, EVERY_AGE } from '@/lib/db/age-cursor';

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

/** Every prospect oldest first (lib/db/age-cursor.ts). */
async function* allByAge(db: LinkscoutDb, size: number, strip: boolean): AsyncGenerator<Prospect[]> {
  await db.open();
  yield* ageChunks(db.backendDB(), EVERY_AGE, size, strip);
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
