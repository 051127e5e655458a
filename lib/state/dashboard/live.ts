import { effect } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import { queryProspects } from '@/lib/db/query';
import { listCampaigns } from '@/lib/db/campaigns';
import { countProspects, getProspect } from '@/lib/db/prospect-lookups';
import { errorText } from '@/lib/text/error-text';
import { bindLive } from '@/lib/state/live';
import { clampPage, pageRequest } from './paging';
import type { DashboardState } from './state';

/**
 * Keeps the table, the counts, the campaign list and the open prospect equal to the
 * database, following every change of filter, sort or page and every write made anywhere
 * (this page, the popup, the background). Returns the function that stops it all.
 */
export function watchDashboard(state: DashboardState, db: LinkscoutDb): () => void {
  const readFailed = (message: string) => (state.table.value = { phase: 'error', message: `Reading prospects failed: ${message}` });
  const stops = [
    bindLive(state.campaigns, () => listCampaigns(db), readFailed),
    // Counting every prospect costs as much as reading the page (IndexedDB counts by walking the
    // rows), so the total is counted apart only while a filter is set; otherwise it is the page's total.
    effect(() => (state.filtered.value ? bindLive(state.totalAll, () => countProspects(db), readFailed) : undefined)),
    effect(() => {
      const filter = state.queryFilter.value;
      const sort = state.sort.value;
      const page = state.page.value;
      state.refreshing.value = true;
      // The querier must be an `async` function: only then does Dexie carry its transaction across the
      // query's native awaits (a plain arrow returning the promise fails with PrematureCommitError).
      const subscription = liveQuery(async () => queryProspects(db, filter, sort, pageRequest(page))).subscribe({
        next: (result) => {
          const fitted = clampPage(page, result.total);
          // Rows deleted from the last page: move back to the page that still has rows.
          if (fitted !== page) state.page.value = fitted;
          else state.table.value = { phase: 'ready', rows: result.rows, total: result.total };
          if (Object.keys(filter).length === 0) state.totalAll.value = result.total;
          state.refreshing.value = false;
        },
        error: (error: unknown) => {
          readFailed(errorText(error));
          state.refreshing.value = false;
        },
      });
      return () => subscription.unsubscribe();
    }),
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
