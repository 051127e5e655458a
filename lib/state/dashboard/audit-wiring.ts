import type { LinkscoutDb } from '@/lib/db/database';
import { send } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/store';
import { downloadBlob } from '@/lib/tab/download';
import { scanInNewTab } from '@/lib/tab/verify-tab';
import { createMonitoring } from './monitoring';

/** The Monitoring and Backlinks views' state, wired to the background and the browser. */
export function createAuditViews(db: LinkscoutDb) {
  const wake = () => send({ type: 'resume-reads' });
  return {
    monitoring: createMonitoring({
      db, wake, download: downloadBlob,
      scanInTab: async (url) => scanInNewTab(url, (await loadSettings()).settings),
    }),
  };
}
