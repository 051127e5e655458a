import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';

const CHUNK_ROWS = 1000;

/** Prospects in chunks: the given ids in their order, or every prospect oldest first. */
export async function* prospectChunks(db: LinkscoutDb, ids?: readonly string[], size = CHUNK_ROWS): AsyncGenerator<Prospect[]> {
  // Reading keys first keeps memory at one chunk of records however many prospects there are.
  const keys = ids ?? (await db.prospects.orderBy('createdAt').primaryKeys());
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

/** Every prospect flagged toxic: what the disavow file lists. */
export function toxicProspects(db: LinkscoutDb): Promise<Prospect[]> {
  // No index on a boolean: the flag is rare and this runs on demand, so one filtered pass is fine.
  return db.prospects.filter((p) => p.toxic).toArray();
}

/** Campaigns oldest first, as the backup lists them. */
export function campaignsByAge(db: LinkscoutDb): Promise<Campaign[]> {
  return db.campaigns.orderBy('createdAt').toArray();
}
