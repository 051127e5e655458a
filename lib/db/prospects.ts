import type { PageScan } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { guardStorage, StorageError } from '@/lib/db/errors';
import { applyPatch, type ProspectPatch } from '@/lib/db/prospect-patch';
import { mergeRescan, prospectFromScan, type SaveExtras } from '@/lib/db/prospect-from-scan';

export interface SaveResult {
  prospect: Prospect;
  /** false when the page was already a prospect and was updated instead. */
  created: boolean;
}

/** Saves a scanned page, or refreshes the prospect that already has its normalised URL. */
export async function saveProspectFromScan(db: LinkscoutDb, scan: PageScan, extras: SaveExtras = {}): Promise<SaveResult> {
  const fresh = prospectFromScan(scan, extras);
  return guardStorage('Saving the prospect failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const existing = await db.prospects.where('normalizedUrl').equals(fresh.normalizedUrl).first();
      if (!existing) {
        await db.prospects.add(fresh);
        return { prospect: fresh, created: true };
      }
      const merged = mergeRescan(toProspect(existing), fresh, extras);
      await db.prospects.put(merged);
      return { prospect: merged, created: false };
    }),
  );
}

/** Applies the same patch to each prospect in one transaction; returns the updated records. */
export function updateProspects(db: LinkscoutDb, ids: readonly string[], patch: ProspectPatch, now = Date.now()): Promise<Prospect[]> {
  return guardStorage('Updating prospects failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet([...ids]);
      const updated = rows.flatMap((row) => (row ? [applyPatch(toProspect(row), patch, now)] : []));
      await db.prospects.bulkPut(updated);
      return updated;
    }),
  );
}

/** Updates one prospect, recording a status change in its history. */
export async function updateProspect(db: LinkscoutDb, id: string, patch: ProspectPatch, now = Date.now()): Promise<Prospect> {
  const [updated] = await updateProspects(db, [id], patch, now);
  if (!updated) throw new StorageError('unknown', 'This prospect no longer exists (it may have been deleted in another tab).');
  return updated;
}

/** Deletes prospects and returns the records as they were, for undo through restoreProspects. */
export function deleteProspects(db: LinkscoutDb, ids: readonly string[]): Promise<Prospect[]> {
  return guardStorage('Deleting prospects failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const rows = await db.prospects.bulkGet([...ids]);
      const removed = rows.flatMap((row) => (row ? [toProspect(row)] : []));
      await db.prospects.bulkDelete(removed.map((p) => p.id));
      return removed;
    }),
  );
}

/** Puts deleted prospects back as they were (undo). */
export function restoreProspects(db: LinkscoutDb, records: readonly Prospect[]): Promise<void> {
  return guardStorage('Restoring prospects failed', () =>
    db.transaction('rw', db.prospects, async () => {
      await db.prospects.bulkAdd([...records]);
    }),
  );
}
