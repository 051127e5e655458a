import type { LinkscoutDb } from '@/lib/db/database';
import { queryProspectIds, type SortField } from '@/lib/db/query';
import { tagsInUse } from '@/lib/db/prospect-lookups';
import { errorText } from '@/lib/text/error-text';
import { EMPTY_FILTERS, OPEN_STATUS, type FilterDraft } from './filters';
import { nextSort } from './sort';
import { clampPage } from './paging';
import { setPageSelected, toggleId } from './selection';
import { hashForProspect, prospectIdFromHash } from './hash';
import { FOLLOW_UPS_HASH } from '@/lib/tab/pages';
import { toDayInput } from './dates';
import type { DashboardState, DashboardView } from './state';

/** How long typing may pause before the search runs: one query per burst of keys, not per key. */
export const SEARCH_DELAY_MS = 250;

/** Where the detail view's `#prospect=<id>` goes; the page passes `location` and `history`. */
export interface HashPort {
  set: (hash: string) => void;
}

/** What the user does to the list: filter, search, sort, page, select, open a prospect. Part of createDashboardActions. */
export function listActions(state: DashboardState, db: LinkscoutDb, hash: HashPort) {
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const setFilters = (patch: Partial<FilterDraft>) => {
    state.filters.value = { ...state.filters.value, ...patch };
    state.page.value = 0;
  };
  return {
    setFilters,
    setSearch: (text: string) => {
      state.searchInput.value = text;
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => setFilters({ search: text }), SEARCH_DELAY_MS);
    },
    clearFilters: () => {
      clearTimeout(searchTimer);
      state.searchInput.value = '';
      state.filters.value = EMPTY_FILTERS;
      state.page.value = 0;
    },
    sortBy: (field: SortField) => {
      state.sort.value = nextSort(state.sort.value, field);
      state.page.value = 0;
    },
    goToPage: (page: number) => {
      const total = state.total.value;
      // Before the count is known, the pager only offers the next page when it has rows.
      state.page.value = total === null ? Math.max(0, Math.floor(page)) : clampPage(page, total);
    },
    toggleRow: (id: string) => {
      state.selection.value = toggleId(state.selection.value, id);
    },
    togglePage: (on: boolean) => {
      state.selection.value = setPageSelected(state.selection.value, state.rows.value.map((r) => r.id), on);
    },
    clearSelection: () => {
      state.selection.value = new Set();
    },
    /** Selects every prospect matching the filters, on every page. */
    selectAllMatching: async () => {
      try {
        state.selection.value = new Set(await queryProspectIds(db, state.queryFilter.value, state.sort.value));
      } catch (error) {
        state.error.value = `Selecting failed: ${errorText(error)}`;
      }
    },
    openDetail: (id: string) => {
      state.detailId.value = id;
      hash.set(hashForProspect(id));
    },
    closeDetail: () => {
      state.detailId.value = null;
      hash.set('');
    },
    /**
     * Reads the tags in use. Asked for when the tag filter is about to be used rather than kept
     * live: listing a multi-entry index is slow on a large database and would run after every write.
     */
    loadTags: async () => {
      try {
        state.tags.value = await tagsInUse(db);
      } catch (error) {
        state.error.value = `Reading the tags failed: ${errorText(error)}`;
      }
    },
    /**
     * Follows the page's `#prospect=<id>` (opened from a notification, the popup or history), and
     * `#follow-ups` (the reminders' summary): every open prospect's follow-up due up to today,
     * oldest first, as filters the user sees (status Open, the follow-up date range) and can clear.
     */
    followHash: (value: string) => {
      if (value === FOLLOW_UPS_HASH) {
        clearTimeout(searchTimer);
        state.searchInput.value = '';
        state.filters.value = { ...EMPTY_FILTERS, status: OPEN_STATUS, followUpTo: toDayInput(Date.now()) };
        state.sort.value = { field: 'followUpAt', direction: 'asc' };
        state.page.value = 0;
      }
      state.detailId.value = prospectIdFromHash(value);
    },
    showView: (view: DashboardView) => {
      state.view.value = view;
      // A finished export or import message belongs to the view it was made in.
      if (state.transfer.value.kind !== 'busy') state.transfer.value = { kind: 'idle' };
    },
    dismissToast: () => {
      state.toast.value = null;
    },
    dismissError: () => {
      state.error.value = '';
    },
  };
}
