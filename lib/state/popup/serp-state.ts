import { computed, signal } from '@preact/signals';
import type { SerpRead } from '@/lib/serp/types';
import type { Prospect } from '@/lib/schemas/prospect';
import { badgeFor } from '@/lib/serp/badges';
import { visibleRows, type ResultRow } from '@/lib/serp/rows';

export type SerpPhase = { phase: 'loading' } | { phase: 'ready'; read: SerpRead } | { phase: 'error'; message: string };

/** Signals behind the popup on a search results page. `domainOf` maps a URL to its registrable domain. */
export function createSerpState(domainOf: (url: string) => string, now: () => number = Date.now) {
  const view = signal<SerpPhase>({ phase: 'loading' });
  /** Prospects on the results' domains, kept live from the database. */
  const known = signal<Map<string, Prospect[]>>(new Map());
  const onePerDomain = signal(true);
  const skipContactedDays = signal(100);
  const selected = signal<ReadonlySet<string>>(new Set());
  const busy = signal(false);
  const error = signal('');
  /** A short confirmation after saving, read by screen readers. */
  const notice = signal('');
  const read = computed(() => (view.value.phase === 'ready' ? view.value.read : null));
  const rows = computed<ResultRow[]>(() =>
    (read.value?.results ?? []).map((r) => {
      const domain = domainOf(r.url);
      return { ...r, domain, badge: badgeFor(known.value.get(domain) ?? []) };
    }),
  );
  const listing = computed(() => visibleRows(rows.value, { onePerDomain: onePerDomain.value, skipContactedDays: skipContactedDays.value, now: now() }));
  const selectedRows = computed(() => listing.value.rows.filter((r) => selected.value.has(r.url)));
  const newRows = computed(() => listing.value.rows.filter((r) => r.badge.kind === 'new' && r.label !== 'ad'));
  return { view, known, onePerDomain, skipContactedDays, selected, busy, error, notice, read, rows, listing, selectedRows, newRows };
}

export type SerpState = ReturnType<typeof createSerpState>;
