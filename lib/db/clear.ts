import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';

/** "Delete all data": every table emptied in one transaction, so it is all or nothing. */
export function clearAllData(db: LinkscoutDb): Promise<void> {
  return guardStorage('Deleting all data failed', () =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    }),
  );
}
