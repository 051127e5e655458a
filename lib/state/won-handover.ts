import type { LinkscoutDb } from '@/lib/db/database';
import { monitorWonProspects } from '@/lib/db/monitored-links';
import type { Prospect } from '@/lib/schemas/prospect';

/**
 * The one place a won prospect is handed over to link monitoring: compose's "Won" calls it after
 * the status is stored. The prospect's link to the user's site becomes a monitored link whose
 * first check comes 24–48 h later (the background also notices won prospects by itself).
 */
export async function handOverToMonitoring(db: LinkscoutDb, prospect: Prospect): Promise<void> {
  if (prospect.status !== 'won') return;
  await monitorWonProspects(db, Date.now());
}
