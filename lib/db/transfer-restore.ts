import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { DoNotContact, SendLogEntry, Template } from '@/lib/schemas/outreach';
import { restoreOutreach } from '@/lib/db/outreach-restore';

/** A validated backup (lib/export's parseBackup). */
export interface BackupRecords {
  campaigns: readonly Campaign[];
  prospects: readonly Prospect[];
  templates?: readonly Template[];
  doNotContact?: readonly DoNotContact[];
  sendLog?: readonly SendLogEntry[];
}

export interface RestoreCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface RestoreReport {
  prospects: RestoreCounts;
  campaigns: RestoreCounts;
  templates: RestoreCounts;
  doNotContact: RestoreCounts;
  sendLog: RestoreCounts;
}

/**
 * Merge rule: a backup record matches an existing one by id, else by unique key (a prospect's
 * normalised URL, a campaign's name). Unmatched records are added. A matched prospect is replaced
 * by the backup's copy only when the backup's `updatedAt` is newer, keeping the existing id;
 * otherwise it is skipped. A matched campaign is skipped (campaigns have no edit time), and the
 * restored prospects are pointed at the existing campaign. Everything happens in one transaction.
 */
export function restoreBackup(db: LinkscoutDb, backup: BackupRecords): Promise<RestoreReport> {
  return guardStorage('Restoring the backup failed', () =>
    db.transaction('rw', [db.prospects, db.campaigns, db.templates, db.doNotContact, db.sendLog], async () => {
      const campaignIdMap = new Map<string, string>();
      const campaigns: RestoreCounts = { added: 0, updated: 0, skipped: 0 };
      for (const campaign of backup.campaigns) {
        const existing = (await db.campaigns.get(campaign.id)) ?? (await db.campaigns.where('name').equals(campaign.name).first());
        if (existing) {
          campaignIdMap.set(campaign.id, existing.id);
          campaigns.skipped++;
        } else {
          await db.campaigns.add(campaign);
          campaignIdMap.set(campaign.id, campaign.id);
          campaigns.added++;
        }
      }
      const prospects: RestoreCounts = { added: 0, updated: 0, skipped: 0 };
      const prospectIds = new Map<string, string>();
      for (const incoming of backup.prospects) {
        const record = { ...incoming, campaignId: incoming.campaignId === null ? null : (campaignIdMap.get(incoming.campaignId) ?? incoming.campaignId) };
        const existing = (await db.prospects.get(record.id)) ?? (await db.prospects.where('normalizedUrl').equals(record.normalizedUrl).first());
        prospectIds.set(record.id, existing?.id ?? record.id);
        if (!existing) {
          await db.prospects.add(record);
          prospects.added++;
        } else if (record.updatedAt > existing.updatedAt) {
          await db.prospects.put({ ...record, id: existing.id });
          prospects.updated++;
        } else {
          prospects.skipped++;
        }
      }
      const outreach = await restoreOutreach(db, { templates: backup.templates ?? [], doNotContact: backup.doNotContact ?? [], sendLog: backup.sendLog ?? [], prospectIds });
      return { prospects, campaigns, ...outreach };
    }),
  );
}

