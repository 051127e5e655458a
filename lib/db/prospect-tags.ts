import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { guardStorage } from '@/lib/db/errors';
import { applyPatch } from '@/lib/db/prospect-patch';

/**
 * Adds a tag to each prospect, keeping the tags each already has (the same patch cannot do that
 * for rows whose tags differ). One transaction; rows that already carry the tag are left alone.
 * Returns how many prospects changed.
 */
export function addTagToProspects(db: LinkscoutDb, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  const clean = tag.trim();
  return guardStorage('Adding the tag failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet([...ids]);
      const updated = rows.flatMap((row) => (row && !row.tags.includes(clean) ? [applyPatch(toProspect(row), { tags: [...row.tags, clean] }, now)] : []));
      await db.prospects.bulkPut(updated);
      return updated.length;
    }),
  );
}
