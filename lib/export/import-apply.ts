import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { ImportPlan } from '@/lib/export/import-plan';

export interface ImportResult {
  added: number;
  updated: number;
  campaignsCreated: number;
}

/** Writes a previewed import in one transaction: all of it, or (on a storage error) none of it. */
export function applyImport(db: LinkscoutDb, plan: ImportPlan): Promise<ImportResult> {
  return guardStorage('Importing failed', () =>
    db.transaction('rw', db.prospects, db.campaigns, async () => {
      await db.campaigns.bulkAdd(plan.campaignsToCreate);
      await db.prospects.bulkAdd(plan.toAdd.map((a) => a.prospect));
      await db.prospects.bulkPut(plan.toUpdate.map((u) => u.after));
      return { added: plan.toAdd.length, updated: plan.toUpdate.length, campaignsCreated: plan.campaignsToCreate.length };
    }),
  );
}
