import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import { templateSchema, type Template } from '@/lib/schemas/outreach';
import { starterTemplates } from '@/lib/outreach/starter-templates';

export function listTemplates(db: LinkscoutDb): Promise<Template[]> {
  return db.templates.orderBy('name').toArray();
}

/** What the editor hands in: a template without its bookkeeping; `id` is absent for a new one. */
export type TemplateDraft = Omit<Template, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** Validates and stores a template (created or replaced); throws the zod error's first message. */
export function saveTemplate(db: LinkscoutDb, draft: TemplateDraft, now = Date.now()): Promise<Template> {
  return guardStorage('Saving the template failed', () =>
    db.transaction('rw', db.templates, async () => {
      const existing = draft.id ? await db.templates.get(draft.id) : undefined;
      const record = templateSchema.parse({ ...draft, id: draft.id ?? crypto.randomUUID(), createdAt: existing?.createdAt ?? now, updatedAt: now });
      await db.templates.put(record);
      return record;
    }),
  );
}

/** A copy named "… (copy)", for editing without touching the original. */
export function duplicateTemplate(db: LinkscoutDb, id: string, now = Date.now()): Promise<Template> {
  return guardStorage('Duplicating the template failed', () =>
    db.transaction('rw', db.templates, async () => {
      const original = await db.templates.get(id);
      if (!original) throw new Error('This template no longer exists.');
      const copy: Template = { ...original, id: crypto.randomUUID(), name: `${original.name} (copy)`.slice(0, 120), createdAt: now, updatedAt: now };
      await db.templates.add(copy);
      return copy;
    }),
  );
}

export function deleteTemplate(db: LinkscoutDb, id: string): Promise<void> {
  return guardStorage('Deleting the template failed', () => db.templates.delete(id));
}

/** Puts back any starter template that is missing (deleted ones return; edited ones are kept). */
export function addStarterTemplates(db: LinkscoutDb, now = Date.now()): Promise<number> {
  return guardStorage('Adding the starter templates failed', () =>
    db.transaction('rw', db.templates, async () => {
      const starters = starterTemplates(now);
      const present = new Set((await db.templates.bulkGet(starters.map((t) => t.id))).flatMap((t) => (t ? [t.id] : [])));
      const missing = starters.filter((t) => !present.has(t.id));
      await db.templates.bulkAdd(missing);
      return missing.length;
    }),
  );
}
