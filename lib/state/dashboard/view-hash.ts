import { FOLLOW_UPS_HASH } from '@/lib/tab/pages';
import type { DashboardView } from './state';

/**
 * `#footprints` opens the query builder; `#qualify` or `#qualify=<job id>` the qualification table
 * (the popup links there); `#monitoring` and `#backlinks` those views (monitoring notifications link there);
 * `#follow-ups` the prospect list (list-actions.ts sets its filter and sort).
 */
export function viewFromHash(hash: string): { view: DashboardView; jobId: string | null } | null {
  if (hash === FOLLOW_UPS_HASH) return { view: 'prospects', jobId: null };
  if (hash === '#footprints') return { view: 'footprints', jobId: null };
  if (hash === '#monitoring' || hash === '#backlinks') return { view: hash === '#monitoring' ? 'monitoring' : 'backlinks', jobId: null };
  const m = /^#qualify(?:=(.+))?$/.exec(hash);
  if (!m) return null;
  return { view: 'qualify', jobId: m[1] ? decoded(m[1]) : null };
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // a malformed escape names no job; the latest one is shown
  }
}
