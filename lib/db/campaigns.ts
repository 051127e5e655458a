import type { Campaign } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage, StorageError } from '@/lib/db/errors';

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new StorageError('constraint', 'A campaign needs a name.');
  return trimmed;
}

async function assertNameFree(db: LinkscoutDb, name: string, exceptId?: string): Promise<void> {
  const clash = await db.campaigns.where('name').equals(name).first();
  if (clash && clash.id !== exceptId) throw new StorageError('constraint', `A campaign named "${name}" already exists.`);
}

export async function createCampaign(db: LinkscoutDb, name: string, now = Date.now()): Promise<Campaign> {
  const campaign: Campaign = { id: crypto.randomUUID(), name: cleanName(name), createdAt: now };
  return guardStorage('Creating the campaign failed', () =>
    db.transaction('rw', db.campaigns, async () => {
      await assertNameFree(db, campaign.name);
      await db.campaigns.add(campaign);
      return campaign;
    }),
  );
}

export async function renameCampaign(db: LinkscoutDb, id: string, name: string): Promise<void> {
  const clean = cleanName(name);
  return guardStorage('Renaming the campaign failed', () =>
    db.transaction('rw', db.campaigns, async () => {
      await assertNameFree(db, clean, id);
      await db.campaigns.update(id, { name: clean });
    }),
  );
}

/** Deletes a campaign; its prospects stay, without a campaign. */
export function deleteCampaign(db: LinkscoutDb, id: string): Promise<void> {
  return guardStorage('Deleting the campaign failed', () =>
    db.transaction('rw', db.campaigns, db.prospects, async () => {
      await db.prospects.where('campaignId').equals(id).modify({ campaignId: null });
      await db.campaigns.delete(id);
    }),
  );
}

export function listCampaigns(db: LinkscoutDb): Promise<Campaign[]> {
  return db.campaigns.orderBy('name').toArray();
}

/** Prospects per campaign id (campaigns without prospects are absent): one index count each. */
export async function campaignCounts(db: LinkscoutDb): Promise<Map<string, number>> {
  const campaigns = await db.campaigns.toCollection().primaryKeys();
  const counts = await Promise.all(campaigns.map((id) => db.prospects.where('campaignId').equals(id).count()));
  return new Map(campaigns.map((id, i) => [id, counts[i] ?? 0]));
}
