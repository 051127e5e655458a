import type { LinkscoutDb } from '@/lib/db/database';
import type { SerpSettings } from '@/lib/schemas/serp';
import type { SerpTabResult } from '@/lib/tab/serp-tab';
import type { ResultRow } from '@/lib/serp/rows';
import type { Engine } from '@/lib/serp/types';
import { prospectsOnDomains, saveResults } from '@/lib/db/serp-results';
import { suggestTypeForQuery } from '@/lib/footprints/suggest';
import { bindLive } from '@/lib/state/live';
import { applyRead, sameResults } from './serp-read';
import type { SerpState } from './serp-state';

export interface SerpDeps {
  db: LinkscoutDb;
  domainOf: (url: string) => string;
  read: () => Promise<SerpTabResult>;
  loadSettings: () => Promise<SerpSettings>;
  saveSettings: (next: SerpSettings) => Promise<unknown>;
  /** Sends the selected results to bulk qualification; resolves to a message for the user. */
  qualify: (rows: readonly ResultRow[], query: string, engine: Engine) => Promise<string>;
  openSettings: () => void;
  /** Re-reads the page on a timer so results that load late (scroll, "more results") appear. */
  every: (ms: number, run: () => void) => () => void;
}

const text = (e: unknown) => (e instanceof Error ? e.message : String(e));
export const LATE_RESULTS_MS = 1500;

/** The results view's actions: read the page, keep badges live, save and qualify. */
export function createSerpController(state: SerpState, deps: SerpDeps) {
  let stopBadges = () => {};
  let stopTimer = () => {};
  let settings: SerpSettings | null = null;
  let domains = '';

  const watchBadges = () => {
    const list = [...new Set(state.rows.value.map((r) => r.domain))];
    if (list.join() === domains) return;
    domains = list.join();
    stopBadges();
    stopBadges = bindLive(state.known, () => prospectsOnDomains(deps.db, list), (m) => (state.error.value = `Reading saved prospects failed: ${m}`));
  };

  const refresh = async (first: boolean) => {
    const result = await deps.read().catch((e: unknown): SerpTabResult => ({ ok: false, message: text(e) }));
    // A failed re-read keeps what is on screen; only the first read shows the failure.
    if (!result.ok && !first) return;
    const before = state.read.value;
    if (result.ok && before && sameResults(before, result.read)) return;
    if (result.ok) {
      // Badges are known before pre-selection, so contacted domains are never pre-selected.
      const fresh = result.read.results.map((r) => deps.domainOf(r.url)).filter((d) => !state.known.value.has(d));
      if (fresh.length) state.known.value = new Map([...state.known.value, ...(await prospectsOnDomains(deps.db, fresh).catch(() => new Map()))]);
    }
    applyRead(state, result);
    watchBadges();
  };

  const save = async (rows: readonly ResultRow[]) => {
    const read = state.read.value;
    if (!read || rows.length === 0) return;
    state.busy.value = true;
    state.error.value = '';
    try {
      const opportunityType = suggestTypeForQuery(read.query);
      const saved = await saveResults(
        deps.db,
        rows.map((r) => ({ url: r.url, title: r.title, opportunityType, foundBy: { query: read.query, engine: read.engine, position: r.position } })),
      );
      state.notice.value = `Saved ${saved.created} new prospect${saved.created === 1 ? '' : 's'}${saved.existing ? ` (${saved.existing} already saved)` : ''}.`;
    } catch (error) {
      state.error.value = text(error);
    } finally {
      state.busy.value = false;
    }
  };

  const persist = (patch: Partial<SerpSettings>) => {
    if (!settings) return;
    settings = { ...settings, ...patch };
    deps.saveSettings(settings).catch((e: unknown) => (state.error.value = `Could not keep this option: ${text(e)}`));
  };

  return {
    start: async () => {
      settings = await deps.loadSettings().catch(() => null);
      if (settings) {
        state.onePerDomain.value = settings.onePerDomain;
        state.skipContactedDays.value = settings.skipContactedDays;
      }
      await refresh(true);
      stopTimer = deps.every(LATE_RESULTS_MS, () => void refresh(false));
    },
    reread: () => refresh(true),
    stop: () => {
      stopTimer();
      stopBadges();
    },
    toggle: (url: string) => {
      const next = new Set(state.selected.value);
      if (!next.delete(url)) next.add(url);
      state.selected.value = next;
    },
    selectAll: (on: boolean) => (state.selected.value = new Set(on ? state.listing.value.rows.map((r) => r.url) : [])),
    setOnePerDomain: (on: boolean) => {
      state.onePerDomain.value = on;
      persist({ onePerDomain: on });
    },
    setSkipDays: (days: number) => {
      state.skipContactedDays.value = days;
      persist({ skipContactedDays: days });
    },
    saveSelected: () => save(state.selectedRows.value),
    saveAllNew: () => save(state.newRows.value),
    qualifySelected: async () => {
      const read = state.read.value;
      if (!read || state.selectedRows.value.length === 0) return;
      state.notice.value = await deps.qualify(state.selectedRows.value, read.query, read.engine).catch((e: unknown) => {
        state.error.value = `Could not start qualification: ${text(e)}`;
        return '';
      });
    },
    openSettings: deps.openSettings,
  };
}

export type SerpController = ReturnType<typeof createSerpController>;
