import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/schemas/backup';
import { prospectChunks } from '@/lib/export/prospect-csv';

export const BACKUP_MIME = 'application/json';

/**
 * The whole database (prospects and campaigns; the link-check cache is not worth keeping) as a
 * versioned JSON document, written in chunks like the CSV export.
 */
export async function exportBackup(db: LinkscoutDb, now: Date = new Date()): Promise<Blob> {
  const campaigns = await db.campaigns.orderBy('createdAt').toArray();
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), campaigns };
  const parts: string[] = [`${JSON.stringify(head).slice(0, -1)},"prospects":[`];
  let first = true;
  for await (const chunk of prospectChunks(db)) {
    if (chunk.length === 0) continue;
    parts.push(`${first ? '' : ','}${chunk.map((p) => JSON.stringify(toProspect(p))).join(',')}`);
    first = false;
  }
  parts.push(']}');
  return new Blob(parts, { type: BACKUP_MIME });
}
