import { computed, signal } from '@preact/signals';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { ProspectFilter, ProspectSort } from '@/lib/db/query';
import type { ImportPlan } from '@/lib/export/import-plan';
import { EMPTY_FILTERS, isFiltered, toProspectFilter, type FilterDraft } from './filters';
import { DEFAULT_SORT } from './sort';
import type { Selection } from './selection';

export type TableView =
  | { phase: 'loading' }
  /** `total` is null until counted (rows show first); `filter` is the filter the rows were read for. */
  | { phase: 'ready'; rows: Prospect[]; more: boolean; total: number | null; filter: ProspectFilter }
  | { phase: 'error'; message: string };

/** The exact number of matches of a filter, counted after its rows were shown. */
export interface Counted {
  filter: ProspectFilter;
  total: number;
}

export type DetailView =
  | { phase: 'closed' }
  | { phase: 'loading'; id: string }
  | { phase: 'ready'; id: string; prospect: Prospect }
  | { phase: 'missing'; id: string };

/** A short message at the bottom of the page; `undo` holds what a deletion removed. */
export interface Toast {
  message: string;
  undo?: readonly Prospect[];
}

/** Rows done of all (null: not known yet), for a progress bar. */
export interface TransferProgress {
  done: number;
  total: number | null;
}

export type TransferStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; progress?: TransferProgress }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export type DashboardView = 'prospects' | 'pipeline' | 'campaigns' | 'templates' | 'do-not-contact' | 'transfer' | 'footprints' | 'qualify' | 'monitoring' | 'backlinks';

/** Signals behind the dashboard; what changes them is createDashboardActions (actions.ts). */
export function createDashboardState() {
  const filters = signal<FilterDraft>(EMPTY_FILTERS);
  /** What the search box shows; copied into `filters.search` after a short pause in typing. */
  const searchInput = signal('');
  const sort = signal<ProspectSort>(DEFAULT_SORT);
  const page = signal(0);
  const table = signal<TableView>({ phase: 'loading' });
  /** True between a change of filter, sort or page and the arrival of its rows. */
  const refreshing = signal(false);
  const counted = signal<Counted | null>(null);
  /** Prospects in the database, whatever the filters; null until known. */
  const totalAll = signal<number | null>(null);
  const campaigns = signal<Campaign[]>([]);
  const tags = signal<string[]>([]);
  const selection = signal<Selection>(new Set());
  const detailId = signal<string | null>(null);
  const detail = signal<DetailView>({ phase: 'closed' });
  const toast = signal<Toast | null>(null);
  /** The message of the last failed write (a StorageError's, shown as is). */
  const error = signal('');
  const view = signal<DashboardView>('prospects');
  const importPlan = signal<ImportPlan | null>(null);
  const transfer = signal<TransferStatus>({ kind: 'idle' });
  const queryFilter = computed(() => toProspectFilter(filters.value));
  const filtered = computed(() => isFiltered(filters.value));
  const rows = computed(() => (table.value.phase === 'ready' ? table.value.rows : []));
  /** Prospects matching the filters shown; null while they are being counted. */
  const total = computed(() => {
    const t = table.value;
    if (t.phase !== 'ready') return null;
    if (t.total !== null) return t.total;
    const c = counted.value;
    return c !== null && c.filter === t.filter ? c.total : null;
  });
  return {
    filters, searchInput, sort, page, table, refreshing, counted, totalAll, campaigns, tags, selection, detailId, detail,
    toast, error, view, importPlan, transfer, queryFilter, filtered, rows, total,
  };
}

export type DashboardState = ReturnType<typeof createDashboardState>;
