import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { deleteProspects, restoreProspects, saveProspectFromScan, updateProspect } from '@/lib/db/prospects';
import { closedProspectIds, domainSummary, dueFollowUpDates, getProspect, prospectsByIds } from '@/lib/db/prospect-lookups';
import { StorageError } from '@/lib/db/errors';
import { freshDb, makeProspect, makeScan } from './fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});

describe('saveProspectFromScan', () => {
  it('creates a prospect from a scan with suggested type, contacts, own-site links and scores', async () => {
    db = freshDb();
    const scan = makeScan('https://www.garden.example.co.uk/resources/?utm_source=x', {
      contacts: [{ kind: 'email', value: 'ann@garden.example.co.uk', source: 'mailto link' }],
      links: [
        { url: 'https://my.site/guide', key: 'https://my.site/guide', host: 'my.site', outbound: true, toOwnSite: true, rel: ['nofollow'], follow: false, target: '', text: 'guide', position: 'main', count: 1, context: '' },
        { url: 'https://other.example/', key: 'https://other.example/', host: 'other.example', outbound: true, toOwnSite: false, rel: [], follow: true, target: '', text: 'other', position: 'main', count: 1, context: '' },
      ],
    });
    const { prospect, created } = await saveProspectFromScan(db, scan, { now: 1000, tags: ['q1', ' q1 ', ''] });
    expect(created).toBe(true);
    expect(prospect).toMatchObject({
      url: scan.url,
      normalizedUrl: 'https://garden.example.co.uk/resources',
      domain: 'example.co.uk',
      opportunityType: 'resource-page',
      status: 'new',
      tags: ['q1'],
      relevance: 40,
      spamScore: 10,
      spamSignals: ['Many sponsored links'],
      linksToMySite: [{ url: 'https://my.site/guide', anchorText: 'guide', rel: ['nofollow'] }],
      createdAt: 1000,
    });
    const row = await db.prospects.get(prospect.id);
    expect(row?.hasEmail).toBe(1);
    expect(row?.contactCount).toBe(1);
    expect(row?.words).toContain('ann');
  });

  it('dedupes by normalised URL, keeping user edits and merging contacts', async () => {
    db = freshDb();
    const first = await saveProspectFromScan(db, makeScan('https://example.com/links', {
      contacts: [{ kind: 'email', value: 'ann@example.com', source: 'mailto link' }],
    }), { now: 1000, tags: ['a'] });
    await updateProspect(db, first.prospect.id, { status: 'contacted', notes: 'Pitched on Monday' }, 2000);
    const again = await saveProspectFromScan(db, makeScan('http://www.example.com/links/#top', {
      title: 'Updated title',
      contacts: [
        { kind: 'email', value: 'ANN@example.com', source: 'page text' },
        { kind: 'email', value: 'bob@example.com', source: 'page text' },
      ],
      relevance: { score: 90, hits: [] },
    }), { now: 3000, tags: ['b'], notes: 'ignored because notes exist' });
    expect(again.created).toBe(false);
    expect(await db.prospects.count()).toBe(1);
    const saved = await getProspect(db, first.prospect.id);
    expect(saved).toMatchObject({
      status: 'contacted',
      notes: 'Pitched on Monday',
      title: 'Updated title',
      relevance: 90,
      tags: ['a', 'b'],
      updatedAt: 3000,
      url: 'https://example.com/links',
    });
    expect(saved?.contacts.map((c) => c.value)).toEqual(['ann@example.com', 'bob@example.com']);
    expect(saved?.history).toEqual([
      { kind: 'status', at: 2000, from: 'new', to: 'contacted' },
      { kind: 'note', at: 3000, field: 'scan', note: 'Updated from a new scan: 1 new contact' },
    ]);
  });

  it('an update from a new scan adds dead links and links to my site, drops none, and says so in the history', async () => {
    db = freshDb();
    const gone = (url: string) => ({ url, anchorText: 'old', httpStatus: 404, statusClass: 'broken' as const });
    const first = await saveProspectFromScan(db, makeScan('https://example.com/links'), { now: 1000, brokenLinks: [gone('https://a.test/')] });
    await saveProspectFromScan(db, makeScan('https://example.com/links', {
      links: [{
        url: 'https://my.site/new', key: 'https://my.site/new', host: 'my.site', outbound: true, toOwnSite: true, rel: [], follow: true,
        target: '', text: 'new guide', position: 'main', count: 1, context: '',
      }],
    }), { now: 2000, brokenLinks: [gone('https://b.test/'), gone('https://a.test/')] });
    const saved = await getProspect(db, first.prospect.id);
    expect(saved?.brokenLinks.map((b) => b.url)).toEqual(['https://a.test/', 'https://b.test/']);
    expect(saved?.history.at(-1)).toEqual({ kind: 'note', at: 2000, field: 'scan', note: 'Updated from a new scan: 1 new dead link, 1 new link to my site' });
  });

  it('refuses non-http pages with a clear message', async () => {
    db = freshDb();
    await expect(saveProspectFromScan(db, makeScan('file:///home/me/page.html'))).rejects.toThrow(/Only http\(s\) pages/);
  });
});

describe('updateProspect', () => {
  it('records every status change with its time, and recomputes derived fields', async () => {
    db = freshDb();
    const p = makeProspect('https://example.com/a');
    await db.prospects.add(p);
    await updateProspect(db, p.id, { status: 'qualified' }, 10);
    await updateProspect(db, p.id, { notes: 'no status change' }, 20);
    await updateProspect(db, p.id, { status: 'contacted', contacts: [{ kind: 'email', value: 'x@example.com', source: 'typed' }] }, 30);
    const row = await db.prospects.get(p.id);
    expect(row?.history).toEqual([
      { kind: 'status', at: 10, from: 'new', to: 'qualified' },
      { kind: 'status', at: 30, from: 'qualified', to: 'contacted' },
    ]);
    expect(row?.updatedAt).toBe(30);
    expect(row?.hasEmail).toBe(1);
  });

  it('changing the URL to one already saved is a constraint StorageError', async () => {
    db = freshDb();
    const a = makeProspect('https://example.com/a');
    await db.prospects.bulkAdd([a, makeProspect('https://example.com/b')]);
    const failure = await updateProspect(db, a.id, { url: 'https://www.example.com/b/' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('constraint');
    expect((await db.prospects.get(a.id))?.url).toBe('https://example.com/a');
  });

  it('updating a missing prospect says so', async () => {
    db = freshDb();
    await expect(updateProspect(db, 'nope', { status: 'won' })).rejects.toThrow(/no longer exists/);
  });
});

describe('deleteProspects / restoreProspects', () => {
  it('returns the deleted records, and restoring them brings back identical rows', async () => {
    db = freshDb();
    const records = [makeProspect('https://a.example/', { notes: 'x', tags: ['t'] }), makeProspect('https://b.example/')];
    await db.prospects.bulkAdd(records);
    const removed = await deleteProspects(db, [records[0]!.id, records[1]!.id, 'missing']);
    expect(removed).toEqual(records);
    expect(await db.prospects.count()).toBe(0);
    await restoreProspects(db, removed);
    expect(await getProspect(db, records[0]!.id)).toEqual(records[0]);
    expect(await db.prospects.where('tags').equals('t').count()).toBe(1);
  });
});

describe('domainSummary and due follow-ups', () => {
  it('summarises a domain by its most recently updated prospect', async () => {
    db = freshDb();
    await db.prospects.bulkAdd([
      makeProspect('https://a.example/1', { status: 'won', updatedAt: 5 }),
      makeProspect('https://blog.a.example/2', { status: 'contacted', updatedAt: 9 }),
      makeProspect('https://b.example/', { status: 'lost', updatedAt: 99 }),
    ]);
    expect(await domainSummary(db, 'a.example')).toEqual({ count: 2, lastStatus: 'contacted', lastUpdatedAt: 9 });
    expect(await domainSummary(db, 'none.example')).toEqual({ count: 0, lastStatus: null, lastUpdatedAt: null });
  });

  it('lists due follow-up dates by id from the index, oldest first, and reads records by id', async () => {
    db = freshDb();
    const [late, early, future, closed] = [
      makeProspect('https://a.example/late', { followUpAt: 50 }),
      makeProspect('https://a.example/early', { followUpAt: 10 }),
      makeProspect('https://a.example/future', { followUpAt: 500 }),
      makeProspect('https://a.example/won', { followUpAt: 5, status: 'won' }),
    ];
    await db.prospects.bulkAdd([late!, early!, future!, closed!, makeProspect('https://a.example/none')]);
    expect([...(await dueFollowUpDates(db, 100))]).toEqual([[closed!.id, 5], [early!.id, 10], [late!.id, 50]]);
    expect((await prospectsByIds(db, [late!.id, 'missing', early!.id])).map((p) => p.url)).toEqual([late!.url, early!.url]);
    expect(await prospectsByIds(db, [])).toEqual([]);
    expect([...(await closedProspectIds(db))]).toEqual([closed!.id]);
  });
});
