import type { LinkscoutDb } from '@/lib/db/database';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import { toProspect } from '@/lib/db/derived';
import { guardStorage } from '@/lib/db/errors';

/** What a previewed import writes (the parts of lib/export's ImportPlan that change the database). */
export interface ImportWrites {
  campaignsToCreate: readonly Campaign[];
  toAdd: ReadonlyArray<{ prospect: Prospect }>;
  toUpdate: ReadonlyArray<{ after: Prospect }>;
}

export interface ImportResult {
  added: number;
  updated: number;
  campaignsCreated: number;
}

/** Writes a previewed import in one transaction: all of it, or (on a storage error) none of it. */
export function applyImport(db: LinkscoutDb, plan: ImportWrites): Promise<ImportResult> {
  return guardStorage('Importing failed', () =>
    db.transaction('rw', db.prospects, db.campaigns, async () => {
      await db.campaigns.bulkAdd([...plan.campaignsToCreate]);
      await db.prospects.bulkAdd(plan.toAdd.map((a) => a.prospect));
      await db.prospects.bulkPut(plan.toUpdate.map((u) => u.after));
      return { added: plan.toAdd.length, updated: plan.toUpdate.length, campaignsCreated: plan.campaignsToCreate.length };
    }),
  );
}

/** The reads an import preview makes: campaigns by name, and the prospect a row would update. */
export function importLookups(db: LinkscoutDb) {
  return {
    campaigns: (): Promise<Campaign[]> => db.campaigns.toArray(),
    byId: async (id: string): Promise<Prospect | undefined> => {
      const row = await db.prospects.get(id);
      return row ? toProspect(row) : undefined;
    },
    byNormalizedUrl: async (key: string): Promise<Prospect | undefined> => {
      const row = await db.prospects.where('normalizedUrl').equals(key).first();
      return row ? toProspect(row) : undefined;
    },
  };
}
