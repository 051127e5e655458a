import type { z } from 'zod';
import { backupEnvelopeSchema } from '@/lib/schemas/backup';
import { campaignSchema, prospectSchema, type Campaign, type Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';

export interface ParsedBackup {
  campaigns: Campaign[];
  prospects: Prospect[];
}

export interface RestoreCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface RestoreReport {
  prospects: RestoreCounts;
  campaigns: RestoreCounts;
}

/** A backup that cannot be restored; the message names the first bad record and field. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function validateAll<T>(records: readonly unknown[], schema: z.ZodType<T>, label: string): T[] {
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const id = typeof record === 'object' && record !== null && 'id' in record ? ` (id ${String(record.id)})` : '';
    throw new BackupError(`This backup cannot be restored: ${label} #${index + 1}${id} is invalid — ${describeIssue(result.error)}. Nothing was changed.`);
  });
}

/** Parses and validates a whole backup; throws BackupError before anything is written. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BackupError(`This file is not a Linkscout backup: it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const envelope = backupEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new BackupError(`This file is not a Linkscout backup this version can read — ${describeIssue(envelope.error)}.`);
  }
  return {
    campaigns: validateAll(envelope.data.campaigns, campaignSchema, 'campaign'),
    prospects: validateAll(envelope.data.prospects, prospectSchema, 'prospect'),
  };
}

/**
 * Merge rule: a backup record matches an existing one by id, else by unique key (a prospect's
 * normalised URL, a campaign's name). Unmatched records are added. A matched prospect is replaced
 * by the backup's copy only when the backup's `updatedAt` is newer, keeping the existing id;
 * otherwise it is skipped. A matched campaign is skipped (campaigns have no edit time), and the
 * restored prospects are pointed at the existing campaign. Everything happens in one transaction.
 */
export function restoreBackup(db: LinkscoutDb, backup: ParsedBackup): Promise<RestoreReport> {
  return guardStorage('Restoring the backup failed', () =>
    db.transaction('rw', db.prospects, db.campaigns, async () => {
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
      for (const incoming of backup.prospects) {
        const record = { ...incoming, campaignId: incoming.campaignId === null ? null : (campaignIdMap.get(incoming.campaignId) ?? incoming.campaignId) };
        const existing = (await db.prospects.get(record.id)) ?? (await db.prospects.where('normalizedUrl').equals(record.normalizedUrl).first());
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
      return { prospects, campaigns };
    }),
  );
}

