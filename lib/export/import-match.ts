import type { Prospect } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { RowError, type RowFields } from '@/lib/export/import-row';
import type { MatchMode } from '@/lib/export/import-plan';

export type MatchedBy = 'id' | 'url' | 'domain';

export interface Targets {
  byId: Map<string, Prospect>;
  byUrl: Map<string, Prospect>;
  /** Per domain, the first prospect saved there: the one a site's rows join (a choice that a merge cannot change). */
  byDomain: Map<string, { prospect: Prospect; count: number }>;
}

export function indexTargets(byId: readonly Prospect[], byUrl: readonly Prospect[], byDomain: readonly Prospect[]): Targets {
  const domains = new Map<string, { prospect: Prospect; count: number }>();
  for (const p of byDomain) {
    const known = domains.get(p.domain);
    const first = !known || p.createdAt < known.prospect.createdAt || (p.createdAt === known.prospect.createdAt && p.id < known.prospect.id);
    domains.set(p.domain, { prospect: first || !known ? p : known.prospect, count: (known?.count ?? 0) + 1 });
  }
  return { byId: new Map(byId.map((p) => [p.id, p])), byUrl: new Map(byUrl.map((p) => [p.normalizedUrl, p])), byDomain: domains };
}

/**
 * The stored prospect a group of rows updates: by our own id, then by normalised URL, then — for
 * rows that name only a site, in 'domain' mode — the prospect saved on that domain.
 */
export function findTarget(targets: Targets, fields: RowFields, mode: MatchMode): { target: Prospect; matchedBy: MatchedBy } | null {
  const byId = fields.id ? targets.byId.get(fields.id) : undefined;
  const byUrl = targets.byUrl.get(fields.normalizedUrl);
  if (byId && byUrl && byId.id !== byUrl.id) throw new RowError(`the URL ${fields.url} already belongs to another prospect (${byUrl.id})`);
  if (byId) return { target: byId, matchedBy: 'id' };
  if (byUrl) return { target: byUrl, matchedBy: 'url' };
  if (mode !== 'domain' || !fields.siteOnly) return null;
  const onDomain = targets.byDomain.get(registrableDomain(fields.url));
  return onDomain ? { target: onDomain.prospect, matchedBy: 'domain' } : null;
}
