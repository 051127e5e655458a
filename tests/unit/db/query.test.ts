import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect, type ProspectRow } from '@/lib/db/derived';
import { countMatching, queryProspectIds, queryProspectPage, queryProspects, type ProspectFilter, type ProspectSort, type QueryTuning } from '@/lib/db/query';
import { foldText, queryWords } from '@/lib/db/search-words';
import { freshDb } from './fixtures';
import { seedProspects, syntheticProspect } from './seed';

// Both query paths run: the default in-memory finish and, with a threshold of 0, the index walk.
const N = 1200;
const BASE = 1_700_000_000_000;
let db: LinkscoutDb;
let all: ProspectRow[];

beforeAll(async () => {
  db = freshDb();
  await seedProspects(db, N);
  all = await db.prospects.toArray();
}, 20_000);
afterAll(async () => {
  await db.delete();
});

/** The reference answer: a plain filter over every row, written independently of the indexes. */
function reference(filter: ProspectFilter): ProspectRow[] {
  const within = (v: number | null, r?: { from?: number; to?: number }) =>
    !r || (v !== null && (r.from === undefined || v >= r.from) && (r.to === undefined || v <= r.to));
  const words = queryWords(filter.search ?? '');
  return all.filter((p) =>
    (!filter.status?.length || filter.status.includes(p.status)) &&
    (!filter.opportunityType?.length || filter.opportunityType.includes(p.opportunityType)) &&
    (filter.campaignId === undefined || p.campaignId === filter.campaignId) &&
    (!filter.tag || p.tags.includes(filter.tag)) &&
    (!filter.domain || p.domain === filter.domain) &&
    (filter.hasEmail === undefined || p.contacts.some((c) => c.kind === 'email') === filter.hasEmail) &&
    within(p.createdAt, filter.createdAt) && within(p.updatedAt, filter.updatedAt) && within(p.followUpAt, filter.followUpAt) &&
    (words.length === 0 || words.every((w) => foldText([p.url, p.title, p.notes, ...p.contacts.map((c) => c.value)].join(' ')).split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(w)))),
  );
}

function sortRef(rows: ProspectRow[], sort: ProspectSort): string[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.field];
    const y = b[sort.field];
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) return (x < y ? -1 : 1) * sign;
    return a.id.localeCompare(b.id) * sign;
  }).map((p) => p.id);
}

const filters: Array<[string, ProspectFilter]> = [
  ['no filter', {}],
  ['one status', { status: ['contacted'] }],
  ['two statuses', { status: ['new', 'won'] }],
  ['type', { opportunityType: ['guest-post'] }],
  ['campaign', { campaignId: 'c-2' }],
  ['no campaign', { campaignId: null }],
  ['tag', { tag: 'priority' }],
  ['domain', { domain: 'site7.example' }],
  ['has email', { hasEmail: true }],
  ['no email, new', { hasEmail: false, status: ['new'] }],
  ['created range', { createdAt: { from: BASE + 100 * 60_000, to: BASE + 900 * 60_000 } }],
  ['updated from', { updatedAt: { from: BASE + 800 * 60_000 } }],
  ['follow-up range', { followUpAt: { to: BASE + 600 * 60_000 } }],
  ['search word prefix', { search: 'compo' }],
  ['search two words', { search: 'Garden 11' }],
  ['search contact', { search: 'editor15@site15' }],
  ['search notes', { search: 'meetup' }],
  ['search with accents and case', { search: 'MÉET' }],
  ['everything', { status: ['new', 'qualified', 'contacted'], hasEmail: true, campaignId: 'c-1', search: 'site' }],
  ['nothing matches', { domain: 'absent.example' }],
];

const sorts: ProspectSort[] = [
  { field: 'updatedAt', direction: 'desc' },
  { field: 'createdAt', direction: 'asc' },
  { field: 'followUpAt', direction: 'asc' },
  { field: 'relevance', direction: 'desc' },
  { field: 'domain', direction: 'asc' },
];

describe('queryProspects against a plain filter over every row', () => {
  it.each(filters.map(([name, filter], i) => [name, filter, i] as const))('%s', async (name, filter, i) => {
    const expectedRows = reference(filter);
    // Guards against a vacuous case: every filter but the last must match something in the seed.
    expect(expectedRows.length > 0).toBe(name !== 'nothing matches');
    // Two sorts per filter keep the run short while every sort is covered across the table.
    for (const sort of [sorts[i % sorts.length]!, sorts[(i + 2) % sorts.length]!]) {
      const expected = sortRef(expectedRows, sort);
      const page = await queryProspects(db, filter, sort, { offset: 20, limit: 25 });
      expect(page.total).toBe(expected.length);
      expect(page.rows.map((r) => r.id)).toEqual(expected.slice(20, 45));
      // With no in-memory shortcut every clause is intersected and the sort index is walked.
      expect(await queryProspectIds(db, filter, sort, { smallSet: 0 })).toEqual(expected);
      // Small walk chunks make the page come from several index reads that stop early.
      const walked = await queryProspects(db, filter, sort, { offset: 20, limit: 25 }, { smallSet: 0, walkChunk: 16 });
      expect(walked.total).toBe(expected.length);
      expect(walked.rows.map((r) => r.id)).toEqual(expected.slice(20, 45));
      expect(await countMatching(db, filter)).toBe(expected.length);
    }
  }, 20_000);

  // Each way the rows-first page can be found: a rare condition's rows loaded, the sort order
  // walked with every row tested, rows loaded after a short walk, a long walk, and (past both
  // walks' budgets) the index intersection.
  const paths: Array<[string, QueryTuning]> = [
    ['every condition rare', { probeCap: 100_000 }],
    ['sort order walked', { probeCap: 0 }],
    ['short walk spent, rows loaded', { probeCap: 0, quickScan: 10 }],
    ['short walk spent, long walk', { probeCap: 0, quickScan: 10, loadCap: 0 }],
    ['both walks spent, indexes intersected', { probeCap: 0, quickScan: 10, scanBudget: 10, loadCap: 0, smallSet: 0, walkChunk: 16 }],
  ];
  it.each(filters.map(([name, filter], i) => [name, filter, i] as const))('rows first, by every path: %s', async (_name, filter, i) => {
    const expectedRows = reference(filter);
    for (const sort of [sorts[(i + 1) % sorts.length]!, sorts[(i + 3) % sorts.length]!]) {
      const expected = sortRef(expectedRows, sort);
      for (const [path, tuning] of paths) {
        for (const offset of [0, 20]) {
          const page = await queryProspectPage(db, filter, sort, { offset, limit: 25 }, tuning);
          expect(page.rows.map((r) => r.id), path).toEqual(expected.slice(offset, offset + 25));
          expect(page.more, path).toBe(expected.length > offset + 25);
          // A total given with the rows is exact; otherwise it is counted apart.
          if (page.total !== null) expect(page.total, path).toBe(expected.length);
        }
      }
    }
  }, 20_000);

  it.each(['contacted', 'won'] as const)('pages a one-status filter off [status+updatedAt] in both directions: %s', async (status) => {
    const expectedRows = reference({ status: [status] });
    for (const direction of ['desc', 'asc'] as const) {
      const sort = { field: 'updatedAt' as const, direction };
      const expected = sortRef(expectedRows, sort);
      const page = await queryProspects(db, { status: [status] }, sort, { offset: 5, limit: 25 });
      expect(page.total).toBe(expected.length);
      expect(page.rows.map((r) => r.id)).toEqual(expected.slice(5, 30));
    }
  });

  it.each(sorts)('pages straight off the index without filters: %o', async (sort) => {
    const expected = sortRef(all, sort);
    const page = await queryProspects(db, {}, sort, { offset: N - 10, limit: 25 });
    expect(page).toMatchObject({ total: N });
    expect(page.rows.map((r) => r.id)).toEqual(expected.slice(N - 10));
    // Rows first: no count is taken (but for the follow-up order, which no index holds whole),
    // and the page knows whether another follows.
    const total = sort.field === 'followUpAt' ? N : null;
    expect(await queryProspectPage(db, {}, sort, { offset: N - 26, limit: 25 })).toMatchObject({ total, more: true });
    expect(await queryProspectPage(db, {}, sort, { offset: N - 25, limit: 25 })).toMatchObject({ total, more: false });
  });

  it('lists a row once when several of its words begin with the searched one, on every path', async () => {
    const small = freshDb();
    try {
      const rand = () => 0.5;
      const base = syntheticProspect(0, rand, []);
      await small.prospects.bulkAdd([
        { ...base, id: 'p-a', url: 'https://a.example/gardens', normalizedUrl: 'https://a.example/gardens', title: 'Garden gardening', notes: 'gardener' },
        { ...base, id: 'p-b', url: 'https://b.example/x', normalizedUrl: 'https://b.example/x', title: 'Gardens', notes: '', createdAt: base.createdAt + 1, updatedAt: base.updatedAt + 1 },
      ]);
      for (const [path, tuning] of paths) {
        const page = await queryProspectPage(small, { search: 'garden' }, sorts[0]!, { offset: 0, limit: 25 }, tuning);
        expect(page.rows.map((r) => r.id).sort(), path).toEqual(['p-a', 'p-b']);
        if (page.total !== null) expect(page.total, path).toBe(2);
      }
    } finally {
      await small.delete();
    }
  });

  it('stops reading rows for a search typed over (its signal aborted)', async () => {
    const stale = new AbortController();
    stale.abort();
    await expect(queryProspectPage(db, { search: 'garden' }, sorts[0]!, { offset: 0, limit: 25 }, { probeCap: 0 }, stale.signal)).rejects.toThrow(/abort/i);
  });

  it('a page holds plain prospects without the derived index fields', async () => {
    const page = await queryProspects(db, { hasEmail: true }, sorts[0]!, { offset: 0, limit: 3 });
    expect(page.rows).toHaveLength(3);
    for (const row of page.rows) {
      expect(row).not.toHaveProperty('words');
      expect(row).toEqual(toProspect(all.find((p) => p.id === row.id)!));
    }
  });
});
