import type { Transaction } from 'dexie';
import { starterTemplates } from '@/lib/outreach/starter-templates';

/**
 * Adds the starter templates while the database is created or upgraded. A failure here (a full
 * disk) must not stop the database from opening: it is reported, and the Templates view offers
 * "Add the starter templates" when the list is empty.
 */
export function seedStarterTemplates(tx: Transaction): Promise<unknown> {
  return tx
    .table('templates')
    .bulkPut(starterTemplates(Date.now()))
    .catch((error: unknown) => console.warn('Linkscout: the starter templates could not be added; add them from the Templates view.', error));
}
