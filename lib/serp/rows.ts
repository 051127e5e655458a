import type { SerpResult } from './types';
import { contactedWithin, type ResultBadge } from './badges';

export interface ResultRow extends SerpResult {
  /** Registrable domain, computed by the popup (tldts stays out of the injected reader). */
  domain: string;
  badge: ResultBadge;
}

export interface RowOptions {
  onePerDomain: boolean;
  /** Results on domains contacted within this many days are left out; 0 keeps them. */
  skipContactedDays: number;
  now: number;
}

/** The rows the popup lists, and how many were left out by each option. */
export function visibleRows(rows: readonly ResultRow[], options: RowOptions): { rows: ResultRow[]; recentlyContacted: number; sameDomain: number } {
  const seen = new Set<string>();
  const out: ResultRow[] = [];
  let recentlyContacted = 0;
  let sameDomain = 0;
  for (const row of rows) {
    if (contactedWithin(row.badge, options.skipContactedDays, options.now)) {
      recentlyContacted++;
      continue;
    }
    // Only organic results compete for their domain's one slot; ads and modules are shown as found.
    if (options.onePerDomain && row.label === 'organic') {
      if (seen.has(row.domain)) {
        sameDomain++;
        continue;
      }
      seen.add(row.domain);
    }
    out.push(row);
  }
  return { rows: out, recentlyContacted, sameDomain };
}

/** Pre-selection: organic results, except on domains already contacted or marked do-not-contact. */
export function preselected(rows: readonly ResultRow[]): Set<string> {
  return new Set(rows.filter((r) => r.label === 'organic' && (r.badge.kind === 'new' || r.badge.kind === 'saved')).map((r) => r.url));
}
