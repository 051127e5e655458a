import { computed, effect } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import { countMatching, queryProspectPage, type ProspectFilter } from '@/lib/db/query';
import { countProspects } from '@/lib/db/prospect-lookups';
import { errorText } from '@/lib/text/error-text';
import type { EarlyPage } from './early-page';
import { clampPage, pageRequest } from './paging';
import { DEFAULT_SORT } from './sort';
import type { DashboardState } from './state';

/**
 * How long the rows of a filter stay on screen before their exact count is taken. IndexedDB counts
 * by walking every match, and one walk holds up the next read: a user clicking through filters
 * gets each filter's rows at once and the count once they stop.
 */
export const COUNT_DELAY_MS = 300;

/** Subscribes to `query` after COUNT_DELAY_MS; the returned stop also cancels a subscription not yet made. */
function later<T>(query: () => Promise<T>, next: (value: T) => void, failed: (message: string) => void): () => void {
  let subscription: Subscription | null = null;
  const timer = setTimeout(() => {
    subscription = liveQuery(async () => query()).subscribe({ next, error: (error: unknown) => failed(errorText(error)) });
  }, COUNT_DELAY_MS);
  return () => {
    clearTimeout(timer);
    subscription?.unsubscribe();
  };
}

/**
 * The table follows filter, sort, page and every write; rows come first, and the exact counts
 * (of the filter, and of everything for the header) are taken after them. Returns the stop.
 * With `early`, the list's opening page (no filter, default order) shows the rows read before the
 * page's code ran, if they come before the live read's; the live read follows every write after.
 */
export function watchRows(state: DashboardState, db: LinkscoutDb, readFailed: (message: string) => void, early?: EarlyPage): () => void {
  // The filter whose rows are on screen, while its total is not known from reading them.
  const uncounted = computed<ProspectFilter | null>(() => {
    const t = state.table.value;
    return t.phase === 'ready' && t.total === null && t.filter === state.queryFilter.value ? t.filter : null;
  });
  // The rows on screen are those of the current filter (false while a new filter's rows are read).
  const settled = computed(() => {
    const t = state.table.value;
    return t.phase === 'ready' && t.filter === state.queryFilter.value;
  });
  const stops = [
    effect(() => {
      const filter = state.queryFilter.value;
      const sort = state.sort.value;
      const page = state.page.value;
      state.refreshing.value = true;
      let stopWaiting: () => void = () => undefined;
      const opening = page === 0 && Object.keys(filter).length === 0 && sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction;
      if (early && opening && state.table.peek().phase === 'loading') {
        const show = () => {
          if (state.table.peek().phase !== 'loading') return; // the live read answered first
          const got = early.take();
          if (!got) return;
          state.table.value = { phase: 'ready', rows: got.rows, more: got.more, total: null, filter };
          state.refreshing.value = false;
        };
        show();
        if (state.table.peek().phase === 'loading') stopWaiting = early.onArrive(show);
      }
      // Aborted when filter, sort or page change again: a search typed over stops reading rows.
      const stale = new AbortController();
      // The querier must be an `async` function: only then does Dexie carry its transaction across the
      // query's native awaits (a plain arrow returning the promise fails with PrematureCommitError).
      const subscription = liveQuery(async () => queryProspectPage(db, filter, sort, pageRequest(page), {}, stale.signal)).subscribe({
        next: (result) => {
          if (result.rows.length === 0 && page > 0) {
            // Rows deleted from the last page: move back to the page that still has rows.
            state.page.value = result.total === null ? page - 1 : clampPage(page, result.total);
            return;
          }
          state.table.value = { phase: 'ready', rows: result.rows, more: result.more, total: result.total, filter };
          if (result.total !== null && Object.keys(filter).length === 0) state.totalAll.value = result.total;
          state.refreshing.value = false;
        },
        error: (error: unknown) => {
          readFailed(errorText(error));
          state.refreshing.value = false;
        },
      });
      return () => {
        stopWaiting();
        stale.abort();
        subscription.unsubscribe();
      };
    }),
    effect(() => {
      const filter = uncounted.value;
      if (filter === null) return undefined;
      return later(() => countMatching(db, filter), (total) => {
        state.counted.value = { filter, total };
        if (Object.keys(filter).length === 0) state.totalAll.value = total;
      }, readFailed);
    }),
    // With a filter set, "N saved" in the header is counted apart, also only after the filter's rows.
    effect(() => (state.filtered.value && settled.value ? later(() => countProspects(db), (n) => (state.totalAll.value = n), readFailed) : undefined)),
  ];
  return () => stops.forEach((stop) => stop());
}
