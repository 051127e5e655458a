import type { LinkscoutDb } from '@/lib/db/database';
import type { Prospect } from '@/lib/schemas/prospect';

/**
 * The one place a won prospect is handed over to link monitoring: compose's "Won" calls it after
 * the status is stored. Monitoring is not part of Linkscout yet; when it lands, start watching
 * `prospect.url` for the link to the user's site here. Until then a won prospect only changes status.
 */
export async function handOverToMonitoring(_db: LinkscoutDb, _prospect: Prospect): Promise<void> {
  return Promise.resolve();
}
