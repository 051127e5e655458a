import type { LinkscoutDb } from '@/lib/db/database';
import type { FoundBy, OpportunityType, Prospect } from '@/lib/schemas/prospect';
import { toProspect } from '@/lib/db/derived';
import { guardStorage } from '@/lib/db/errors';
import { buildProspect } from '@/lib/db/prospect-new';

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
  // Relevance and spam stay 0 until qualification reads the page itself.
  return buildProspect(r.url, { title: r.title, opportunityType: r.opportunityType, foundBy: r.foundBy }, { id: newId(), now });
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
