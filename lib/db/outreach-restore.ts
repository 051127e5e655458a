import type { LinkscoutDb } from '@/lib/db/database';
import type { DoNotContact, Template } from '@/lib/schemas/outreach';
import type { RestoreCounts } from '@/lib/db/transfer-restore';

/** Templates and the do-not-contact list as the backup stores them. */
export async function outreachForBackup(db: LinkscoutDb): Promise<{ templates: Template[]; doNotContact: DoNotContact[] }> {
  return { templates: await db.templates.orderBy('name').toArray(), doNotContact: await db.doNotContact.orderBy('createdAt').toArray() };
}

/**
 * Merges the outreach sections of a backup; runs inside restoreBackup's transaction. A template
 * with the same id is replaced only by a newer edit; a do-not-contact entry already listed (same
 * domain or address) is kept as it is.
 */
export async function restoreOutreach(
  db: LinkscoutDb,
  templates: readonly Template[],
  entries: readonly DoNotContact[],
): Promise<{ templates: RestoreCounts; doNotContact: RestoreCounts }> {
  const t: RestoreCounts = { added: 0, updated: 0, skipped: 0 };
  for (const template of templates) {
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
  for (const entry of entries) {
    if ((await db.doNotContact.where('value').equals(entry.value).count()) > 0 || (await db.doNotContact.get(entry.id))) {
      d.skipped++;
      continue;
    }
    await db.doNotContact.add(entry);
    d.added++;
  }
  return { templates: t, doNotContact: d };
}
