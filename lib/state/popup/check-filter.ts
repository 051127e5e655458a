import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { isDead } from '@/lib/schemas/dead-classes';

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

/** How bad a verdict is for the "Broken first" order: dead links, then failures, then the rest. */
const SEVERITY: Partial<Record<VerdictClass, number>> = { broken: 0, 'soft-404': 1, parked: 2, 'server-error': 3, timeout: 4, redirected: 5, blocked: 6, 'rate-limited': 7 };

/** Links with the worst verdicts first, page order kept among equals (unchecked and OK links last). */
export function brokenFirst(links: readonly ScannedLink[], verdicts: ReadonlyMap<string, LinkVerdict>): ScannedLink[] {
  const rank = (l: ScannedLink): number => {
    const v = verdicts.get(l.key);
    return v ? (SEVERITY[v.class] ?? 9) : 10;
  };
  return links
    .map((link, i) => ({ link, i, r: rank(link) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.link);
}

/** Dead outbound links known for the page, to store with the prospect. */
export function brokenLinksOf(links: readonly ScannedLink[], verdicts: ReadonlyMap<string, LinkVerdict>) {
  return links.flatMap((l) => {
    const v = verdicts.get(l.key);
    if (!l.outbound || !v || !isDead(v.class)) return [];
    return [{ url: l.url, anchorText: l.text, httpStatus: v.httpStatus, statusClass: v.class }];
  });
}
