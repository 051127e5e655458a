import type { LinkscoutDb } from '@/lib/db/database';
import type { DoNotContact, SendLogEntry, Template } from '@/lib/schemas/outreach';
import type { RestoreCounts } from '@/lib/db/transfer-restore';

/** Templates, the do-not-contact list and the send log as the backup stores them. */
export async function outreachForBackup(db: LinkscoutDb): Promise<{ templates: Template[]; doNotContact: DoNotContact[]; sendLog: SendLogEntry[] }> {
  return {
    templates: await db.templates.orderBy('name').toArray(),
    doNotContact: await db.doNotContact.orderBy('createdAt').toArray(),
    sendLog: await db.sendLog.orderBy('sentAt').toArray(),
  };
}

export interface OutreachRestore {
  templates: readonly Template[];
  doNotContact: readonly DoNotContact[];
  sendLog: readonly SendLogEntry[];
  /** A backup prospect's id → the id it is stored under (a prospect matched by URL keeps its own). */
  prospectIds: ReadonlyMap<string, string>;
}

/**
 * Merges the outreach sections of a backup; runs inside restoreBackup's transaction. A template
 * with the same id is replaced only by a newer edit; a do-not-contact entry already listed (same
 * domain or address) is kept as it is; a sent e-mail already logged (same id) is not logged twice,
 * and the others point at the prospect as it is stored.
 */
export async function restoreOutreach(db: LinkscoutDb, backup: OutreachRestore): Promise<{ templates: RestoreCounts; doNotContact: RestoreCounts; sendLog: RestoreCounts }> {
  const t: RestoreCounts = { added: 0, updated: 0, skipped: 0 };
  for (const template of backup.templates) {
    const existing = await db.templates.get(template.id);
    if (!existing) t.added++;
    else if (template.updatedAt > existing.updatedAt) t.updated++;
    else {
      t.skipped++;
      continue;
    }
    await db.templates.put(template);
  }
  const d: RestoreCounts = { added: 0, updated: 0, skipped: 0 };
  for (const entry of backup.doNotContact) {
    if ((await db.doNotContact.where('value').equals(entry.value).count()) > 0 || (await db.doNotContact.get(entry.id))) {
      d.skipped++;
      continue;
    }
    await db.doNotContact.add(entry);
    d.added++;
  }
  const known = new Set(await db.sendLog.where(':id').anyOf(backup.sendLog.map((e) => e.id)).primaryKeys());
  const fresh = backup.sendLog.filter((e) => !known.has(e.id)).map((e) => ({ ...e, prospectId: backup.prospectIds.get(e.prospectId) ?? e.prospectId }));
  await db.sendLog.bulkAdd(fresh);
  return { templates: t, doNotContact: d, sendLog: { added: fresh.length, updated: 0, skipped: backup.sendLog.length - fresh.length } };
}
