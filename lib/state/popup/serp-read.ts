import type { SerpTabResult } from '@/lib/tab/serp-tab';
import type { SerpRead } from '@/lib/serp/types';
import { preselected } from '@/lib/serp/rows';
import type { SerpState } from './serp-state';

export const sameResults = (a: SerpRead, b: SerpRead) =>
  a.layout === b.layout && a.results.length === b.results.length && a.results.every((r, i) => r.url === b.results[i]?.url && r.label === b.results[i]?.label);

/**
 * Puts a (re-)read of the page on screen. Results that arrived since the last read are
 * pre-selected like the first ones were; the user's choices about earlier results are kept.
 */
export function applyRead(state: SerpState, result: SerpTabResult): void {
  if (!result.ok) {
    state.view.value = { phase: 'error', message: result.message };
    return;
  }
  const before = state.read.value;
  if (before && sameResults(before, result.read)) return;
  const seen = new Set(before?.results.map((r) => r.url) ?? []);
  state.view.value = { phase: 'ready', read: result.read };
  const fresh = state.listing.value.rows.filter((r) => !seen.has(r.url));
  const next = new Set([...state.selected.value].filter((url) => state.rows.value.some((r) => r.url === url)));
  for (const url of preselected(fresh)) next.add(url);
  state.selected.value = next;
}
