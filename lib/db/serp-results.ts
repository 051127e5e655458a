import type { LinkscoutDb } from '@/lib/db/database';
import type { FoundBy, OpportunityType, Prospect } from '@/lib/schemas/prospect';
import { toProspect } from '@/lib/db/derived';
import { guardStorage } from '@/lib/db/errors';
import { normalizeUrl } from '@/lib/url/normalize';
import { registrableDomain } from '@/lib/url/domain';

/** Prospects on each of the given registrable domains (for the results page's badges). */
export async function prospectsOnDomains(db: LinkscoutDb, domains: readonly string[]): Promise<Map<string, Prospect[]>> {
  const unique = [...new Set(domains.map((d) => d.toLowerCase()).filter(Boolean))];
  const rows = unique.length ? await db.prospects.where('domain').anyOf(unique).toArray() : [];
  const byDomain = new Map<string, Prospect[]>();
  for (const row of rows) byDomain.set(row.domain, [...(byDomain.get(row.domain) ?? []), toProspect(row)]);
  return byDomain;
}

export interface ResultToSave {
  url: string;
  title: string;
  opportunityType: OpportunityType;
  foundBy: FoundBy;
}

export function prospectFromResult(r: ResultToSave, now: number, newId: () => string): Prospect | null {
  const normalizedUrl = normalizeUrl(r.url);
  if (!normalizedUrl) return null;
  return {
    id: newId(),
    url: r.url,
    normalizedUrl,
    domain: registrableDomain(r.url),
    title: r.title,
    opportunityType: r.opportunityType,
    status: 'new',
    campaignId: null,
    tags: [],
    contacts: [],
    brokenLinks: [],
    linksToMySite: [],
    // Not read yet: qualification fills these from the page itself.
    relevance: 0,
    spamScore: 0,
    spamSignals: [],
    toxic: false,
    notes: '',
    followUpAt: null,
    createdAt: now,
    updatedAt: now,
    history: [],
    foundBy: r.foundBy,
  };
}

/** Saves results as new prospects in one transaction; URLs already saved are left as they are. */
export function saveResults(db: LinkscoutDb, results: readonly ResultToSave[], now = Date.now(), newId = () => crypto.randomUUID()): Promise<{ created: number; existing: number }> {
  const fresh = results.map((r) => prospectFromResult(r, now, newId)).filter((p): p is Prospect => p !== null);
  return guardStorage('Saving the results failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const keys = [...new Set(fresh.map((p) => p.normalizedUrl))];
      const known = new Set((await db.prospects.where('normalizedUrl').anyOf(keys).toArray()).map((p) => p.normalizedUrl));
      const toAdd = new Map<string, Prospect>();
      for (const p of fresh) if (!known.has(p.normalizedUrl) && !toAdd.has(p.normalizedUrl)) toAdd.set(p.normalizedUrl, p);
      await db.prospects.bulkAdd([...toAdd.values()]);
      return { created: toAdd.size, existing: results.length - toAdd.size };
    }),
  );
}
