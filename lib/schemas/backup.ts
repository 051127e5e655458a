import { z } from 'zod';

/** Current JSON backup format version; bump it when the envelope or a record shape changes. */
export const BACKUP_FORMAT = 'linkscout-backup';
export const BACKUP_VERSION = 1;

/**
 * The envelope only: records stay `unknown` here so that restore can validate them one by one
 * and name the first bad record (lib/export/backup-restore.ts).
 */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  campaigns: z.array(z.unknown()),
  prospects: z.array(z.unknown()),
  /** Outreach templates and the do-not-contact list; absent from backups made before outreach existed. */
  templates: z.array(z.unknown()).default([]),
  doNotContact: z.array(z.unknown()).default([]),
  /** The e-mails marked sent (pacing, each prospect's sends); absent from backups made before it was kept. */
  sendLog: z.array(z.unknown()).default([]),
});

