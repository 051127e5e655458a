import type { Collection } from 'dexie';
import type { OpportunityType, Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { reverseHost, type ProspectRow } from '@/lib/db/derived';
import { queryWords } from '@/lib/db/search-words';

/** Inclusive epoch-ms bounds; an open side is unbounded. */
export interface DateRange {
  from?: number;
  to?: number;
}

export interface ProspectFilter {
  status?: readonly ProspectStatus[];
  opportunityType?: readonly OpportunityType[];
  /** A campaign id, or null for prospects in no campaign. */
  campaignId?: string | null;
  tag?: string;
  /** A host: matches it and its subdomains (`example.org` finds `blog.example.org`; `www.` is ignored). */
  domain?: string;
  toxic?: boolean;
  hasEmail?: boolean;
  createdAt?: DateRange;
  updatedAt?: DateRange;
  followUpAt?: DateRange;
  /** Every word must begin a word of the URL, title, notes or contacts (lib/db/search-words.ts). */
  search?: string;
}

/** One filter condition, answerable both by an index and by a test on a loaded row. */
export interface Clause {
  /** Index entries in range: rows, or for search words a row per matching word. */
  count(): Promise<number>;
  /** Matching rows, exactly. */
  size(): Promise<number>;
  keys(): Promise<string[]>;
  /**
   * Every matching id when there are fewer than `cap` index entries (one short keys-only read), else
   * null: tells a rare condition, whose rows are cheap to load, from a common one, without counting.
   */
  probe(cap: number): Promise<string[] | null>;
  /**
   * The matching rows, read through the condition's own index in one batched read each: Chromium
   * answers that many times faster than a get per key. A search word's rows come once each.
   */
  rows(): Promise<ProspectRow[]>;
  test(row: ProspectRow): boolean;
}

/** Rows listed once each (a multiEntry range lists a row once per matching word). */
function once(rows: ProspectRow[]): ProspectRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id) !== undefined);
}

function indexed(collection: () => Collection<ProspectRow, string, Prospect>, test: (row: ProspectRow) => boolean, multiEntry = false): Clause {
  return {
    count: () => collection().count(),
    size: async () => (multiEntry ? new Set(await collection().primaryKeys()).size : collection().count()),
    keys: () => collection().primaryKeys(),
    probe: async (cap) => {
      const keys = await collection().limit(cap).primaryKeys();
      // A multiEntry range (search words) can list a row once per matching word.
      return keys.length < cap ? [...new Set(keys)] : null;
    },
    rows: async () => {
      const rows = await collection().toArray();
      return multiEntry ? once(rows) : rows;
    },
    test,
  };
}

/**
 * `anyOf` walks a cursor; one native count and key read per value is much faster, and the values
 * of one field are disjoint, so the union needs no dedupe.
 */
function anyOfClause<K extends 'status' | 'opportunityType'>(db: LinkscoutDb, field: K, values: readonly ProspectRow[K][]): Clause {
  const each = () => values.map((value) => db.prospects.where(field).equals(value));
  return {
    count: async () => (await Promise.all(each().map((c) => c.count()))).reduce((a, b) => a + b, 0),
    size: async () => (await Promise.all(each().map((c) => c.count()))).reduce((a, b) => a + b, 0),
    keys: async () => (await Promise.all(each().map((c) => c.primaryKeys()))).flat(),
    probe: async (cap) => {
      // One value after another, each reading only what the cap has left: a common value ends it.
      const keys: string[] = [];
      for (const collection of each()) {
        keys.push(...(await collection.limit(cap - keys.length).primaryKeys()));
        if (keys.length >= cap) return null;
      }
      return keys;
    },
    rows: async () => (await Promise.all(each().map((c) => c.toArray()))).flat(),
    test: (row) => values.includes(row[field]),
  };
}

function inRange(value: number | null, range: DateRange): boolean {
  return value !== null && value >= (range.from ?? -Infinity) && value <= (range.to ?? Infinity);
}

function rangeClause(db: LinkscoutDb, field: 'createdAt' | 'updatedAt' | 'followUpAt', range: DateRange): Clause {
  return indexed(
    () => db.prospects.where(field).between(range.from ?? -Infinity, range.to ?? Infinity, true, true),
    (row) => inRange(row[field], range),
  );
}

/** Null is not an IndexedDB key, so "no campaign" is every key minus those in the campaign index. */
function noCampaignClause(db: LinkscoutDb): Clause {
  const withCampaign = () => db.prospects.orderBy('campaignId');
  return {
    count: async () => (await db.prospects.count()) - (await withCampaign().count()),
    size: async () => (await db.prospects.count()) - (await withCampaign().count()),
    keys: async () => {
      const [all, assigned] = await Promise.all([db.prospects.toCollection().primaryKeys(), withCampaign().primaryKeys()]);
      const taken = new Set(assigned);
      return all.filter((id) => !taken.has(id));
    },
    // Prospects outside every campaign are usually many; never worth a probe.
    probe: async () => null,
    rows: () => db.prospects.filter((row) => row.campaignId === null).toArray(),
    test: (row) => row.campaignId === null,
  };
}

export function buildClauses(db: LinkscoutDb, filter: ProspectFilter): Clause[] {
  const clauses: Clause[] = [];
  const { status, opportunityType, campaignId, tag, domain, hasEmail } = filter;
  if (status?.length) clauses.push(anyOfClause(db, 'status', [...new Set(status)]));
  if (opportunityType?.length) clauses.push(anyOfClause(db, 'opportunityType', [...new Set(opportunityType)]));
  if (campaignId === null) clauses.push(noCampaignClause(db));
  else if (campaignId !== undefined) clauses.push(indexed(() => db.prospects.where('campaignId').equals(campaignId), (r) => r.campaignId === campaignId));
  if (tag) clauses.push(indexed(() => db.prospects.where('tags').equals(tag), (r) => r.tags.includes(tag)));
  if (domain) {
    const rev = reverseHost(domain.trim());
    clauses.push(indexed(
      () => db.prospects.where('hostRev').inAnyRange([[rev, rev], [`${rev}.`, `${rev}.\uffff`]], { includeUppers: true }),
      (r) => r.hostRev === rev || r.hostRev.startsWith(`${rev}.`),
    ));
  }
  if (filter.toxic !== undefined) {
    const flag = filter.toxic ? 1 : 0;
    clauses.push(indexed(() => db.prospects.where('toxicFlag').equals(flag), (r) => r.toxicFlag === flag));
  }
  if (hasEmail !== undefined) {
    const flag = hasEmail ? 1 : 0;
    clauses.push(indexed(() => db.prospects.where('hasEmail').equals(flag), (r) => r.hasEmail === flag));
  }
  if (filter.createdAt) clauses.push(rangeClause(db, 'createdAt', filter.createdAt));
  if (filter.updatedAt) clauses.push(rangeClause(db, 'updatedAt', filter.updatedAt));
  if (filter.followUpAt) clauses.push(rangeClause(db, 'followUpAt', filter.followUpAt));
  for (const word of queryWords(filter.search ?? '')) {
    // A multiEntry prefix range can list a row once per matching word; callers dedupe keys.
    clauses.push(indexed(() => db.prospects.where('words').startsWith(word), (r) => r.words.some((w) => w.startsWith(word)), true));
  }
  return clauses;
}
