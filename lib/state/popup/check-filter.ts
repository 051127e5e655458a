import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';

export type CheckScope = 'outbound' | 'all' | 'listed';
export type ClassFilter = VerdictClass | 'any' | 'unchecked';

export const CLASS_LABELS: Record<VerdictClass, string> = {
  ok: 'OK',
  redirected: 'Redirected',
  broken: 'Broken',
  'server-error': 'Server error',
  blocked: 'Blocked',
  'rate-limited': 'Rate-limited',
  timeout: 'Timeout',
  'soft-404': 'Soft 404',
  parked: 'Parked',
  skipped: 'Skipped',
};

/** The links a check covers. */
export function linksToCheck(all: readonly ScannedLink[], listed: readonly ScannedLink[], scope: CheckScope): ScannedLink[] {
  if (scope === 'all') return [...all];
  if (scope === 'listed') return [...listed];
  return all.filter((l) => l.outbound);
}

/** Links narrowed by verdict class. */
export function filterByVerdict(links: readonly ScannedLink[], verdicts: ReadonlyMap<string, LinkVerdict>, filter: ClassFilter): ScannedLink[] {
  if (filter === 'any') return [...links];
  return links.filter((l) => {
    const v = verdicts.get(l.key);
    return filter === 'unchecked' ? !v : v?.class === filter;
  });
}

/** Dead outbound links known for the page, to store with the prospect. */
export function brokenLinksOf(links: readonly ScannedLink[], verdicts: ReadonlyMap<string, LinkVerdict>) {
  return links.flatMap((l) => {
    const v = verdicts.get(l.key);
    if (!l.outbound || !v || !['broken', 'soft-404', 'parked'].includes(v.class)) return [];
    return [{ url: l.url, anchorText: l.text, httpStatus: v.httpStatus, statusClass: v.class }];
  });
}
