import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';


/** Keys per indexed read: one `anyOf` range read per chunk instead of one request per row. */
const CHUNK = 2000;

async function chunked(keys: readonly string[], read: (chunk: string[]) => Promise<Prospect[]>): Promise<Prospect[]> {
  const unique = [...new Set(keys)];
  const found: Prospect[] = [];
  for (let at = 0; at < unique.length; at += CHUNK) found.push(...(await read(unique.slice(at, at + CHUNK))));
  return found;
}

/** The reads an import preview needs (lib/export/import-plan.ts `ImportLookups`), each answered for a whole file at once. */
export function dbImportLookups(db: LinkscoutDb) {
  return {
    campaigns: (): Promise<Campaign[]> => db.campaigns.toArray(),
    byIds: (ids: readonly string[]) => chunked(ids, async (chunk) => (await db.prospects.where(':id').anyOf(chunk).toArray()).map(toProspect)),
    byUrls: (keys: readonly string[]) => chunked(keys, async (chunk) => (await db.prospects.where('normalizedUrl').anyOf(chunk).toArray()).map(toProspect)),
    byDomains: (domains: readonly string[]) => chunked(domains, async (chunk) => (await db.prospects.where('domain').anyOf(chunk).toArray()).map(toProspect)),
  };
}

