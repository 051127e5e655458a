import type { LinkscoutDb } from '@/lib/db/database';
import { send } from '@/lib/messages';
import type { Settings } from '@/lib/schemas/settings';
import { downloadBlob } from '@/lib/tab/download';
import { scanInNewTab } from '@/lib/tab/verify-tab';
import { createMonitoring } from './monitoring';
import { createBacklinks } from './backlinks';


/** The Monitoring and Backlinks views' state, wired to the background and the browser. */
export function createAuditViews(db: LinkscoutDb, settings: () => Promise<Settings>) {
  const wake = () => send({ type: 'resume-reads' });
  return {
    monitoring: createMonitoring({
      db, wake, download: downloadBlob,
      scanInTab: async (url) => scanInNewTab(url, await settings()),
    }),
    backlinks: createBacklinks({ db, settings, wake, download: downloadBlob }),
  };
}
