import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage, StorageError } from '@/lib/db/errors';
import type { DoNotContact } from '@/lib/schemas/outreach';
import { parseDoNotContact } from '@/lib/outreach/do-not-contact';

export function listDoNotContact(db: LinkscoutDb): Promise<DoNotContact[]> {
  return db.doNotContact.orderBy('createdAt').reverse().toArray();
}

/** Adds a domain or address; a bad or repeated entry throws a message for the user. */
export function addDoNotContact(db: LinkscoutDb, input: string, reason: string, now = Date.now()): Promise<DoNotContact> {
  const parsed = parseDoNotContact(input);
  if (!parsed.ok) return Promise.reject(new StorageError('constraint', parsed.message));
  const entry: DoNotContact = { id: crypto.randomUUID(), kind: parsed.kind, value: parsed.value, reason: reason.trim().slice(0, 500), createdAt: now };
  return guardStorage('Adding to the do-not-contact list failed', () =>
    db.transaction('rw', db.doNotContact, async () => {
      if (await db.doNotContact.where('value').equals(entry.value).count()) {
        throw new StorageError('constraint', `${entry.value} is already on the do-not-contact list.`);
      }
      await db.doNotContact.add(entry);
      return entry;
    }),
  );
}

export function removeDoNotContact(db: LinkscoutDb, id: string): Promise<void> {
  return guardStorage('Removing from the do-not-contact list failed', () => db.doNotContact.delete(id));
}
