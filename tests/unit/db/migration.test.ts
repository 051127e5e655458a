import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/lib/db/schema-versions';
import { queryProspects } from '@/lib/db/query';
import { latestJobFor } from '@/lib/db/check-jobs';
import { makeProspect } from './fixtures';

/**
 * Each case writes records the way version `from` stored them, through a raw Dexie that declares
 * only the versions up to `from`, then opens the database with the real class. To cover a new
 * version, add a case whose `from` is the previous version.
 */
interface MigrationCase {
  from: number;
  write: (old: Dexie) => Promise<void>;
  check: (db: LinkscoutDb) => Promise<void>;
}

/** A prospect as version 1 stored it: no derived index fields. */
const v1Prospects = [
  makeProspect('https://a.example/links', {
    id: 'v1-a',
    title: 'Gardening links',
    contacts: [
      { kind: 'email', value: 'ann@a.example', source: 'mailto link' },
      { kind: 'social', value: 'https://twitter.com/ann', source: 'JSON-LD' },
    ],
    status: 'contacted',
    tags: ['q1'],
    notes: 'Loves compost',
    followUpAt: 5000,
    history: [{ kind: 'status', at: 10, from: 'new', to: 'contacted' }],
  }),
  makeProspect('https://b.example/resources', { id: 'v1-b', campaignId: 'c1', contacts: [{ kind: 'phone', value: '+1 555 0100', source: 'tel link' }] }),
  makeProspect('https://c.example/', { id: 'v1-c' }),
];

const cases: MigrationCase[] = [
  {
    from: 1,
    write: async (old) => {
      await old.table('campaigns').add({ id: 'c1', name: 'Spring', createdAt: 1 });
      await old.table('prospects').bulkAdd(v1Prospects);
      await old.table('verdicts').add({ url: 'https://x.example/', class: 'ok', httpStatus: 200, finalUrl: null, hops: [], requests: [], reason: '200', checkedAt: 7, durationMs: 1 });
    },
    check: async (db) => {
      for (const original of v1Prospects) {
        const row = await db.prospects.get(original.id);
        expect(row).toMatchObject(original);
      }
      expect(await db.prospects.get('v1-a')).toMatchObject({ hasEmail: 1, contactCount: 2 });
      expect(await db.prospects.get('v1-b')).toMatchObject({ hasEmail: 0, contactCount: 1 });
      // The new indexes answer queries over migrated rows.
      expect(await db.prospects.where('hasEmail').equals(1).primaryKeys()).toEqual(['v1-a']);
      const found = await queryProspects(db, { search: 'compost' }, { field: 'updatedAt', direction: 'desc' }, { offset: 0, limit: 10 });
      expect(found.rows.map((r) => r.id)).toEqual(['v1-a']);
      expect(await db.campaigns.get('c1')).toEqual({ id: 'c1', name: 'Spring', createdAt: 1 });
      expect((await db.verdicts.get('https://x.example/'))?.class).toBe('ok');
    },
  },
  {
    from: 3,
    write: async (old) => {
      await old.table('prospects').bulkAdd(v1Prospects);
      await old.table('quarantine').add({ id: 'q1', table: 'prospects', at: 5, problem: 'no id', record: { title: 'x' } });
    },
    check: async (db) => {
      for (const original of v1Prospects) expect(await db.prospects.get(original.id)).toMatchObject(original);
      expect(await db.quarantine.get('q1')).toEqual({ id: 'q1', table: 'prospects', at: 5, problem: 'no id', record: { title: 'x' } });
    },
  },
  {
    from: 2,
    write: async (old) => {
      const job = (id: string, pageUrl: string, createdAt: number) => ({ id, pageUrl, tabId: 1, createdAt, state: 'done', total: 1, done: 1 });
      await old.table('checkJobs').bulkAdd([job('j1', 'https://p.example/', 10), job('j2', 'https://q.example/', 20), job('j3', 'https://p.example/', 30)]);
      await old.table('checkItems').add({ id: 'j3:0', jobId: 'j3', url: 'https://x.example/', state: 'done', attempts: 1 });
      await old.table('prospects').bulkAdd(v1Prospects.slice(0, 1));
    },
    check: async (db) => {
      expect(await db.checkJobs.count()).toBe(3);
      expect((await latestJobFor(db, 'https://p.example/'))?.id).toBe('j3');
      expect((await latestJobFor(db, 'https://q.example/'))?.id).toBe('j2');
      expect(await latestJobFor(db, 'https://none.example/')).toBeUndefined();
      expect(await db.checkItems.get('j3:0')).toMatchObject({ url: 'https://x.example/', attempts: 1 });
      expect(await db.prospects.get('v1-a')).toMatchObject({ id: 'v1-a' });
    },
  },
  {
    from: 4,
    write: async (old) => {
      await old.table('prospects').bulkAdd([
        { ...makeProspect('https://www.Blog.Example.org/post', { id: 'v2-blog', toxic: true }), hasEmail: 0, contactCount: 0, words: ['blog'] },
        { ...makeProspect('https://example.org/', { id: 'v2-root' }), hasEmail: 0, contactCount: 0, words: [] },
      ]);
    },
    check: async (db) => {
      expect(await db.prospects.get('v2-blog')).toMatchObject({ hostRev: 'org.example.blog', toxicFlag: 1 });
      expect(await db.prospects.get('v2-root')).toMatchObject({ hostRev: 'org.example', toxicFlag: 0 });
      const sort = { field: 'updatedAt' as const, direction: 'desc' as const };
      const page = { offset: 0, limit: 10 };
      expect((await queryProspects(db, { domain: 'example.org' }, sort, page)).rows.map((r) => r.id).sort()).toEqual(['v2-blog', 'v2-root']);
      expect((await queryProspects(db, { domain: 'blog.example.org' }, sort, page)).rows.map((r) => r.id)).toEqual(['v2-blog']);
      expect((await queryProspects(db, { toxic: true }, sort, page)).rows.map((r) => r.id)).toEqual(['v2-blog']);
    },
  },
  {
    from: 5,
    write: async (old) => {
      await old.table('campaigns').add({ id: 'c1', name: 'Spring', createdAt: 1 });
      await old.table('prospects').bulkAdd(v1Prospects);
    },
    check: async (db) => {
      for (const original of v1Prospects) expect(await db.prospects.get(original.id)).toMatchObject(original);
      expect(await db.campaigns.get('c1')).toEqual({ id: 'c1', name: 'Spring', createdAt: 1 });
      // Version 6 adds the outreach tables, with the starter templates in place.
      expect((await db.templates.toArray()).map((t) => t.id)).toContain('starter-broken-link');
      expect(await db.doNotContact.count()).toBe(0);
      expect(await db.sendLog.count()).toBe(0);
    },
  },
  {
    // Version 7 adds the page reader's jobs, monitored links and backlinks.
    from: 6,
    write: async (old) => {
      await old.table('prospects').bulkAdd(v1Prospects.map((p) => ({ ...p, hasEmail: 0, contactCount: 0, words: [] })));
      await old.table('sendLog').add({ id: 's1', prospectId: 'v1-a', templateId: 't', sentAt: 4 });
      await old.table('checkJobs').add({ id: 'j1', pageUrl: 'https://a.example/', createdAt: 3, state: 'done', total: 0, done: 0 });
    },
    check: async (db) => {
      for (const original of v1Prospects) expect(await db.prospects.get(original.id)).toMatchObject(original);
      expect((await db.checkJobs.get('j1'))?.state).toBe('done');
      expect((await db.sendLog.get('s1'))?.prospectId).toBe('v1-a');
      // The new stores exist, are empty and answer their indexes.
      expect(await db.readJobs.where('[state+dueAt]').between(['queued', 0], ['queued', Infinity]).count()).toBe(0);
      expect(await db.monitoredLinks.where('nextCheckAt').below(Infinity).count()).toBe(0);
      expect(await db.backlinks.where('sourceDomain').equals('a.example').count()).toBe(0);
    },
  },
  {
    // v8 adds the qualification tables; everything written before is untouched.
    from: 7,
    write: async (old) => {
      await old.table('prospects').bulkAdd(v1Prospects);
      await old.table('checkJobs').add({ id: 'j1', pageUrl: 'https://a.example/', createdAt: 1, state: 'done', total: 1, done: 1 });
    },
    check: async (db) => {
      for (const original of v1Prospects) expect(await db.prospects.get(original.id)).toMatchObject(original);
      expect(await db.checkJobs.get('j1')).toMatchObject({ state: 'done' });
      await db.qualifyJobs.add({ id: 'q1', createdAt: 2, state: 'queued', source: 'Pasted list', deeper: false, total: 1, done: 0 });
      await db.qualifyRows.add({ id: 'q1:0', jobId: 'q1', order: 0, url: 'https://a.example/', state: 'queued', updatedAt: 2 });
      expect(await db.qualifyRows.where('[jobId+state]').equals(['q1', 'queued']).count()).toBe(1);
    },
  },
  {
    // v9 hands qualification reads that failed outright, and were closed untold, back to the reader.
    from: 8,
    write: async (old) => {
      const read = (id: string, purpose: string, extra: Record<string, unknown>) =>
        ({ id, url: `https://${id}.example/`, purpose, ref: `row-${id}`, state: 'done', dueAt: 1, createdAt: 1, finishedAt: 2, attempts: 1, ...extra });
      await old.table('readJobs').bulkAdd([
        read('lost', 'qualify', { error: 'Failed to fetch' }),
        read('answered', 'qualify', { result: { url: 'https://answered.example/' } }),
        read('monitor', 'monitor', { error: 'Failed to fetch' }),
        read('queued', 'qualify', { state: 'queued', finishedAt: null }),
      ]);
    },
    check: async (db) => {
      const states = Object.fromEntries((await db.readJobs.toArray()).map((j) => [j.id, j.state]));
      expect(states).toEqual({ lost: 'read', answered: 'done', monitor: 'done', queued: 'queued' });
      expect(await db.readJobs.get('lost')).toMatchObject({ error: 'Failed to fetch' });
    },
  },
];

let names: string[] = [];
afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

describe('schema migrations', () => {
  it('every version but the first has an upgrade case here, from the version before it', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // Version numbers may have gaps: each case upgrades from one version to the next one declared.
    const next = (from: number) => versions[versions.indexOf(from) + 1];
    expect(cases.map((c) => next(c.from)).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(versions.slice(1));
  });

  it.each(cases)('opens a database written by version $from', async ({ from, write, check }) => {
    const name = `migration-from-${from}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const old = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((v) => v.version <= from)) {
      const declared = old.version(schema.version).stores(schema.stores);
      if (schema.upgrade) declared.upgrade(schema.upgrade);
    }
    await write(old);
    old.close();

    const db = createLinkscoutDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    await check(db);
    db.close();
  });
});
