import { effect } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import { listCampaigns } from '@/lib/db/campaigns';
import { getProspect } from '@/lib/db/prospect-lookups';
import { errorText } from '@/lib/text/error-text';
import { bindLive } from '@/lib/state/live';
import type { EarlyPage } from './early-page';
import { watchRows } from './live-rows';
import type { DashboardState } from './state';

/**
 * Keeps the table, the counts, the campaign list and the open prospect equal to the
 * database, following every change of filter, sort or page and every write made anywhere
 * (this page, the popup, the background). Returns the function that stops it all.
 */
export function watchDashboard(state: DashboardState, db: LinkscoutDb, early?: EarlyPage): () => void {
  const readFailed = (message: string) => (state.table.value = { phase: 'error', message: `Reading prospects failed: ${message}` });
  const stops = [
    bindLive(state.campaigns, () => listCampaigns(db), readFailed),
    watchRows(state, db, readFailed, early),
    effect(() => {
      const id = state.detailId.value;
      if (id === null) {
        state.detail.value = { phase: 'closed' };
        return;
      }
      state.detail.value = { phase: 'loading', id };
      const subscription = liveQuery(async () => getProspect(db, id)).subscribe({
        next: (prospect) => (state.detail.value = prospect ? { phase: 'ready', id, prospect } : { phase: 'missing', id }),
        error: (error: unknown) => (state.error.value = `Reading the prospect failed: ${errorText(error)}`),
      });
      return () => subscription.unsubscribe();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
