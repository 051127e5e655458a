import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/schemas/backup';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { DoNotContact, SendLogEntry, Template } from '@/lib/schemas/outreach';

/** The outreach sections of a backup. */
export interface OutreachBackup {
  templates: readonly Template[];
  doNotContact: readonly DoNotContact[];
  /** The send log; optional for callers that have none to write. */
  sendLog?: readonly SendLogEntry[];
}

export const BACKUP_MIME = 'application/json';

/**
 * The whole database (prospects, campaigns, outreach templates, the do-not-contact list and the
 * send log; the link-check cache is not worth keeping) as a
 * versioned JSON document, written chunk by chunk as lib/db's prospectChunks reads them.
 */
export async function exportBackup(
  campaigns: readonly Campaign[],
  prospects: AsyncIterable<Prospect[]>,
  now: Date = new Date(),
  outreach: OutreachBackup = { templates: [], doNotContact: [] },
): Promise<Blob> {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), campaigns, templates: outreach.templates, doNotContact: outreach.doNotContact, sendLog: outreach.sendLog ?? [] };
  const parts: string[] = [`${JSON.stringify(head).slice(0, -1)},"prospects":[`];
  let first = true;
  for await (const chunk of prospects) {
    if (chunk.length === 0) continue;
    parts.push(`${first ? '' : ','}${chunk.map((p) => JSON.stringify(p)).join(',')}`);
    first = false;
  }
  parts.push(']}');
  return new Blob(parts, { type: BACKUP_MIME });
}
